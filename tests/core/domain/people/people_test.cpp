#include "support/builders.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

}

TEST(PeopleDecide, AddsAPersonWithTrimmedDetails)
{
    ProgramState state = program_state();
    auto details = person("  Ana Lima ", " ana@example.org ", people::Role::Mentor);
    run(state, ADMIN, people::AddPerson{PersonId{"u-1"}, details});
    ASSERT_EQ(state.people.size(), 1u);
    const auto& added = state.people.at(PersonId{"u-1"});
    EXPECT_EQ(added.details.name, "Ana Lima");
    EXPECT_EQ(added.details.email, "ana@example.org");
    EXPECT_EQ(added.details.role, people::Role::Mentor);
}

TEST(PeopleDecide, RefusesWhatAPersonRecordCannotHold)
{
    ProgramState state = program_state();
    EXPECT_EQ(refusal(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("", "a@example.org")}).code, "name_required");
    EXPECT_EQ(refusal(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana", "")}).code, "email_required");
    EXPECT_EQ(refusal(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana", "ana.example.org")}).code, "email_invalid");
    EXPECT_EQ(refusal(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example")}).code, "email_invalid");
    EXPECT_EQ(refusal(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person(std::string(121, 'a'), "a@example.org")}).code, "too_long");
    EXPECT_EQ(refusal(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana\x01", "a@example.org")}).code, "invalid_text");
    auto high = person("Ana", "a@example.org");
    high.level = 10;
    EXPECT_EQ(refusal(state, ADMIN, people::AddPerson{PersonId{"u-1"}, high}).code, "level_out_of_range");
    EXPECT_TRUE(state.people.empty());
}

TEST(PeopleDecide, RefusesAnEmailAlreadyUsedInTheProgramWhateverItsCase)
{
    ProgramState state = program_state();
    run(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana Lima", "ana@example.org")});
    Error error = refusal(state, ADMIN, people::AddPerson{PersonId{"u-2"}, person("Ana Other", "ANA@Example.org")});
    EXPECT_EQ(error.code, "email_taken");
    EXPECT_NE(error.message.find("Ana Lima"), std::string::npos);
}

TEST(PeopleDecide, OnlyTheAdminAddsEditsAndRemovesPeople)
{
    ProgramState state = program_state();
    EXPECT_EQ(refusal(state, STRANGER, people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")}).code, "not_admin");
    run(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")});
    EXPECT_EQ(refusal(state, STRANGER, people::UpdatePerson{PersonId{"u-1"}, person("Ana B", "ana@example.org")}).code, "not_admin");
    EXPECT_EQ(refusal(state, STRANGER, people::RemovePerson{PersonId{"u-1"}}).code, "not_admin");
    EXPECT_EQ(state.people.size(), 1u);
}

TEST(PeopleDecide, EditsAPersonAndKeepsTheirIdentity)
{
    ProgramState state = program_state();
    run(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")});
    auto edited = person("Ana Lima", "ana.lima@example.org", people::Role::Both);
    edited.department = "Engineering";
    run(state, ADMIN, people::UpdatePerson{PersonId{"u-1"}, edited});
    EXPECT_EQ(state.people.at(PersonId{"u-1"}).details, edited);
    EXPECT_EQ(refusal(state, ADMIN, people::UpdatePerson{PersonId{"u-1"}, edited}).code, "unchanged");
}

TEST(PeopleDecide, AnEditMayKeepItsOwnEmailButNotTakeAnothers)
{
    ProgramState state = program_state();
    run(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")});
    run(state, ADMIN, people::AddPerson{PersonId{"u-2"}, person("Ben", "ben@example.org")});
    auto renamed = person("Ana Lima", "ana@example.org");
    run(state, ADMIN, people::UpdatePerson{PersonId{"u-1"}, renamed});
    EXPECT_EQ(refusal(state, ADMIN, people::UpdatePerson{PersonId{"u-2"}, person("Ben", "ana@example.org")}).code, "email_taken");
}

TEST(PeopleDecide, RemovingSomeoneUnknownIsRefused)
{
    ProgramState state = program_state();
    EXPECT_EQ(refusal(state, ADMIN, people::RemovePerson{PersonId{"u-9"}}).code, "person_unknown");
    run(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")});
    run(state, ADMIN, people::RemovePerson{PersonId{"u-1"}});
    EXPECT_TRUE(state.people.empty());
    EXPECT_EQ(refusal(state, ADMIN, people::UpdatePerson{PersonId{"u-1"}, person("Ana", "ana@example.org")}).code, "person_unknown");
}

TEST(PeopleApply, AnEditOfSomeoneRemovedMeanwhileIsSkippedWithItsReason)
{
    ProgramState state = program_state();
    run(state, ADMIN, people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")});
    run(state, ADMIN, people::RemovePerson{PersonId{"u-1"}});
    apply(state, EventContext{EventId{DeviceId{"d-2"}, 1}, ADMIN, Timestamp{9}}, people::PersonUpdated{PersonId{"u-1"}, person("Ana L", "ana@example.org")});
    EXPECT_TRUE(state.people.empty());
    ASSERT_EQ(state.skipped.size(), 1u);
    EXPECT_NE(state.skipped[0].reason.find("removed meanwhile"), std::string::npos);
}

TEST(PeopleNames, RolesRoundTripThroughTheirNames)
{
    for (auto role : {people::Role::Mentor, people::Role::Mentee, people::Role::Both})
        EXPECT_EQ(people::role_from_name(people::role_name(role)), role);
    EXPECT_FALSE(people::role_from_name("boss").has_value());
    EXPECT_EQ(people::level_name(9), "Executive");
}
