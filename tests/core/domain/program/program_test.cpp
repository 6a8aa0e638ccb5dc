#include "support/builders.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

TEST(ProgramDecide, CreatesAProgramAdministeredByItsCreator)
{
    ProgramState state = program_state();
    ASSERT_TRUE(state.program.has_value());
    EXPECT_EQ(state.program->name, "Reverse mentoring 2027");
    EXPECT_EQ(state.program->admin, ADMIN);
}

TEST(ProgramDecide, TrimsTheNameAndRefusesAnEmptyOne)
{
    ProgramState empty;
    auto events = decide(empty, Actor{ADMIN}, program::CreateProgram{PROGRAM, "   ", ""});
    ASSERT_FALSE(events.ok());
    EXPECT_EQ(events.error().code, "name_required");

    auto trimmed = decide(empty, Actor{ADMIN}, program::CreateProgram{PROGRAM, "  Pilot  ", " About "});
    ASSERT_TRUE(trimmed.ok());
    const auto& created = std::get<program::ProgramCreated>(trimmed->front());
    EXPECT_EQ(created.name, "Pilot");
    EXPECT_EQ(created.description, "About");
}

TEST(ProgramDecide, RefusesANameLongerThanTheLimit)
{
    auto events = decide(ProgramState{}, Actor{ADMIN}, program::CreateProgram{PROGRAM, std::string(121, 'x'), ""});
    ASSERT_FALSE(events.ok());
    EXPECT_EQ(events.error().code, "name_too_long");
}

TEST(ProgramDecide, RefusesCreatingTheSameProgramTwice)
{
    ProgramState state = program_state();
    auto events = decide(state, Actor{ADMIN}, program::CreateProgram{PROGRAM, "Again", ""});
    ASSERT_FALSE(events.ok());
    EXPECT_EQ(events.error().code, "program_exists");
}

TEST(ProgramDecide, OnlyTheAdminChangesDetails)
{
    ProgramState state = program_state();
    auto refused = decide(state, Actor{STRANGER}, program::ChangeProgramDetails{"Taken over", ""});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "not_admin");

    run(state, ADMIN, program::ChangeProgramDetails{"Reverse mentoring 2028", "Second year."});
    EXPECT_EQ(state.program->name, "Reverse mentoring 2028");
    EXPECT_EQ(state.program->description, "Second year.");
}

TEST(ProgramDecide, ReportsAChangeThatChangesNothing)
{
    ProgramState state = program_state();
    auto events = decide(state, Actor{ADMIN}, program::ChangeProgramDetails{"Reverse mentoring 2027", "Juniors mentor seniors."});
    ASSERT_FALSE(events.ok());
    EXPECT_EQ(events.error().code, "unchanged");
}

TEST(ProgramApply, SkipsAnEventItsAuthorWasNotAllowedToRecordAndSaysWhy)
{
    ProgramState state = program_state();
    ProgramState before = state;
    apply(state, EventContext{EventId{DeviceId{"d-x"}, 1}, STRANGER, Timestamp{5}}, program::ProgramDetailsChanged{"Hijacked", ""});
    EXPECT_EQ(state.program, before.program);
    ASSERT_EQ(state.skipped.size(), 1u);
    EXPECT_EQ(state.skipped[0].event.device.value, "d-x");
    EXPECT_NE(state.skipped[0].reason.find("admin"), std::string::npos);
}

TEST(ProgramApply, EventsBeforeTheProgramsCreationAreSkipped)
{
    ProgramState state;
    apply(state, EventContext{EventId{DeviceId{"d-x"}, 2}, ADMIN, Timestamp{5}}, people::PersonAdded{PersonId{"u-1"}, person("Ana", "ana@example.org")});
    EXPECT_TRUE(state.people.empty());
    ASSERT_EQ(state.skipped.size(), 1u);
}
