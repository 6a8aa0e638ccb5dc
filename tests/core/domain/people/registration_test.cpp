#include "core/domain/people/completeness.h"
#include "core/domain/people/people_rules.h"
#include "core/domain/program/program_rules.h"
#include "support/builders.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

const PersonId JOINER{"u-joiner"};

ProgramState reverse_program(bool approval_required)
{
    auto setup = program::reverse_mentoring_template(*parse_iso_date("2027-01-04"), program::FIRST_MATCH_TYPE);
    setup.registration.approval_required = approval_required;
    ProgramState state;
    run(state, ADMIN, program::SetUpProgram{PROGRAM, setup, questionnaire::default_questionnaire()});
    return state;
}

// Answers to every required question of the default questionnaire.
people::Answers complete_answers()
{
    people::Answers answers;
    for (const auto& q : questionnaire::default_questionnaire()) {
        if (!q.required)
            continue;
        if (q.type == questionnaire::QuestionType::SingleChoice || q.type == questionnaire::QuestionType::MultipleChoice)
            answers[q.id] = questionnaire::Answer{{q.options[0]}};
        else
            answers[q.id] = questionnaire::Answer{{"An answer"}};
    }
    return answers;
}

people::JoinProgram join(people::Role role = people::Role::Mentor)
{
    return people::JoinProgram{JOINER, person("Jo Joiner", "jo@example.org", role), complete_answers()};
}

}

TEST(Registration, APersonJoinsAndAwaitsApprovalWhenTheProgramAsksForIt)
{
    ProgramState state = reverse_program(true);
    run(state, people::actor_of(JOINER), join());
    ASSERT_TRUE(state.people.contains(JOINER));
    EXPECT_EQ(state.people.at(JOINER).membership, people::Membership::AwaitingApproval);
    EXPECT_EQ(state.people.at(JOINER).answers, complete_answers());
}

TEST(Registration, WithoutApprovalAPersonIsAMemberAtOnce)
{
    ProgramState state = reverse_program(false);
    run(state, people::actor_of(JOINER), join());
    EXPECT_EQ(state.people.at(JOINER).membership, people::Membership::Active);
}

TEST(Registration, APersonRegistersOnlyThemselves)
{
    ProgramState state = reverse_program(true);
    EXPECT_EQ(refusal(state, ActorId{"u-someone-else"}, join()).code, "not_self");
    EXPECT_EQ(refusal(state, ADMIN, join()).code, "not_self");
}

TEST(Registration, RequiredAnswersAndAnOpenRoleAreNeeded)
{
    ProgramState state = reverse_program(true);
    auto missing = join();
    missing.answers.erase(questionnaire::QuestionId{"q-strengths"});
    Error error = refusal(state, people::actor_of(JOINER), missing);
    EXPECT_EQ(error.code, "answer_required");
    EXPECT_NE(error.message.find("greatest strengths"), std::string::npos);

    run(state, ADMIN, program::ChangeRegistrationSettings{program::RegistrationSettings{true, false, true, true}});
    Error closed = refusal(state, people::actor_of(JOINER), join(people::Role::Mentor));
    EXPECT_EQ(closed.code, "role_closed");
    EXPECT_NE(closed.message.find("does not take mentors"), std::string::npos);
}

TEST(Registration, TheAdminApprovesAndThePersonIsToldInTheirInbox)
{
    ProgramState state = reverse_program(true);
    run(state, people::actor_of(JOINER), join());
    EXPECT_EQ(refusal(state, people::actor_of(JOINER), people::ApproveRegistration{JOINER}).code, "not_admin");
    run(state, ADMIN, people::ApproveRegistration{JOINER});
    EXPECT_EQ(state.people.at(JOINER).membership, people::Membership::Active);
    ASSERT_EQ(state.inbox.at(JOINER).size(), 1u);
    EXPECT_EQ(state.inbox.at(JOINER)[0].kind, InboxKind::RegistrationApproved);
    EXPECT_EQ(refusal(state, ADMIN, people::ApproveRegistration{JOINER}).code, "not_awaiting_approval");
}

TEST(Registration, DecliningNeedsAReasonThePersonSees)
{
    ProgramState state = reverse_program(true);
    run(state, people::actor_of(JOINER), join());
    EXPECT_EQ(refusal(state, ADMIN, people::DeclineRegistration{JOINER, "  "}).code, "reason_required");
    run(state, ADMIN, people::DeclineRegistration{JOINER, "This year's places are for Finance."});
    EXPECT_EQ(state.people.at(JOINER).membership, people::Membership::Declined);
    ASSERT_EQ(state.inbox.at(JOINER).size(), 1u);
    // The reason stays on the person (sealed to them and the admin where keys are).
    EXPECT_EQ(state.people.at(JOINER).decline_reason.stored(), "This year's places are for Finance.");
    EXPECT_EQ(state.inbox.at(JOINER)[0].kind, InboxKind::RegistrationDeclined);
    // A declined person may register again, and their email is free for it.
    run(state, people::actor_of(JOINER), join());
    EXPECT_EQ(state.people.at(JOINER).membership, people::Membership::AwaitingApproval);
}

TEST(Profile, APersonEditsTheirOwnProfileAndNobodyElsesExceptTheAdmin)
{
    ProgramState state = reverse_program(false);
    run(state, people::actor_of(JOINER), join());
    run(state, ADMIN, people::AddPerson{PersonId{"u-boss"}, person("Bo Boss", "bo@example.org", people::Role::Mentee)});
    people::Profile profile;
    profile.manager = PersonId{"u-boss"};
    profile.skills_offered = {" TikTok ", "tiktok", "Figma"};
    profile.capacity = 2;
    auto details = person("Jo Joiner", "jo@example.org", people::Role::Mentor);
    run(state, people::actor_of(JOINER), people::UpdateProfile{JOINER, details, profile});
    EXPECT_EQ(state.people.at(JOINER).profile.skills_offered, (std::vector<std::string>{"TikTok", "Figma"}));
    EXPECT_EQ(state.people.at(JOINER).profile.manager, PersonId{"u-boss"});
    EXPECT_EQ(refusal(state, people::actor_of(PersonId{"u-boss"}), people::UpdateProfile{JOINER, details, people::Profile{}}).code, "not_allowed");
    run(state, ADMIN, people::SetPaused{JOINER, true});
    EXPECT_TRUE(state.people.at(JOINER).profile.paused);
    run(state, people::actor_of(JOINER), people::SetPaused{JOINER, false});
    EXPECT_FALSE(state.people.at(JOINER).profile.paused);
}

TEST(Profile, TheReportingLineHasNoLoops)
{
    ProgramState state = reverse_program(false);
    run(state, ADMIN, people::AddPerson{PersonId{"u-a"}, person("A", "a@example.org")});
    run(state, ADMIN, people::AddPerson{PersonId{"u-b"}, person("B", "b@example.org")});
    people::Profile reports_to_b;
    reports_to_b.manager = PersonId{"u-b"};
    run(state, ADMIN, people::UpdateProfile{PersonId{"u-a"}, person("A", "a@example.org"), reports_to_b});
    people::Profile reports_to_a;
    reports_to_a.manager = PersonId{"u-a"};
    EXPECT_EQ(refusal(state, ADMIN, people::UpdateProfile{PersonId{"u-b"}, person("B", "b@example.org"), reports_to_a}).code, "manager_cycle");
    people::Profile self;
    self.manager = PersonId{"u-b"};
    EXPECT_EQ(refusal(state, ADMIN, people::UpdateProfile{PersonId{"u-b"}, person("B", "b@example.org"), self}).code, "manager_invalid");
    // Removing the manager clears the line rather than leaving it pointing nowhere.
    run(state, ADMIN, people::RemovePerson{PersonId{"u-b"}});
    EXPECT_TRUE(state.people.at(PersonId{"u-a"}).profile.manager.empty());
}

TEST(Profile, AParticipantCannotSwitchToARoleTheProgramDoesNotTake)
{
    ProgramState state = reverse_program(false);
    run(state, people::actor_of(JOINER), join(people::Role::Mentor));
    run(state, ADMIN, program::ChangeRegistrationSettings{program::RegistrationSettings{false, true, true, false}});
    Error error = refusal(state, people::actor_of(JOINER), people::UpdateProfile{JOINER, person("Jo Joiner", "jo@example.org", people::Role::Both), people::Profile{}});
    EXPECT_EQ(error.code, "role_closed");
    run(state, ADMIN, people::UpdateProfile{JOINER, person("Jo Joiner", "jo@example.org", people::Role::Both), people::Profile{}});
    EXPECT_EQ(state.people.at(JOINER).details.role, people::Role::Both);
}

TEST(Profile, CompletenessSaysWhatIsMissing)
{
    ProgramState state = reverse_program(false);
    run(state, people::actor_of(JOINER), join(people::Role::Mentor));
    auto before = people::profile_completeness(state, state.people.at(JOINER));
    EXPECT_LT(before.percent, 100);
    EXPECT_NE(std::find(before.missing.begin(), before.missing.end(), "skills you offer"), before.missing.end());
    EXPECT_EQ(std::find(before.missing.begin(), before.missing.end(), "skills you want to develop"), before.missing.end());

    people::Profile profile;
    profile.location = "Lisbon";
    profile.skills_offered = {"TikTok"};
    run(state, people::actor_of(JOINER), people::UpdateProfile{JOINER, person("Jo Joiner", "jo@example.org", people::Role::Mentor), profile});
    auto after = people::profile_completeness(state, state.people.at(JOINER));
    EXPECT_GT(after.percent, before.percent);
    EXPECT_EQ(std::find(after.missing.begin(), after.missing.end(), "skills you offer"), after.missing.end());
}
