#include "core/domain/program/program_rules.h"
#include "support/builders.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

program::Setup reverse_setup()
{
    return program::reverse_mentoring_template(*parse_iso_date("2027-01-04"), program::FIRST_MATCH_TYPE);
}

ProgramState set_up(const program::Setup& setup)
{
    ProgramState state;
    run(state, ADMIN, program::SetUpProgram{PROGRAM, setup, questionnaire::default_questionnaire()});
    return state;
}

}

TEST(ProgramSetup, TheWizardCreatesAReverseMentoringProgramWithItsSettingsAndQuestionnaire)
{
    ProgramState state = set_up(reverse_setup());
    ASSERT_TRUE(state.program);
    const auto& p = *state.program;
    EXPECT_EQ(p.type, program::ProgramType::ReverseMentorship);
    EXPECT_EQ(format_iso_date(p.start), "2027-01-04");
    EXPECT_EQ(format_iso_date(p.end), "2028-01-04");
    EXPECT_EQ(p.goals.size(), 4u);
    ASSERT_EQ(p.match_types.size(), 1u);
    EXPECT_TRUE(p.match_types[0].mentors_can_request_mentees);
    EXPECT_EQ(state.questions.size(), questionnaire::default_questionnaire().size());
    EXPECT_TRUE(state.skipped.empty());
}

TEST(ProgramSetup, AProgramCreatedWithoutSettingsRunsOneYearWithOneMatchType)
{
    ProgramState state;
    apply(state, EventContext{EventId{DeviceId{"d"}, 1}, ADMIN, Timestamp{1798761600000}}, program::ProgramCreated{PROGRAM, "P", ""}); // 2027-01-01
    EXPECT_EQ(format_iso_date(state.program->start), "2027-01-01");
    EXPECT_EQ(format_iso_date(state.program->end), "2028-01-01");
    ASSERT_EQ(state.program->match_types.size(), 1u);
    EXPECT_EQ(state.program->match_types[0].process, program::MatchingProcess::UserLedWithApproval);
}

TEST(ProgramSetup, MentorsCanRequestMenteesIsRefusedForGroupAndColleagueConnectWithTheReason)
{
    for (auto type : {program::ProgramType::Group, program::ProgramType::ColleagueConnect}) {
        auto setup = reverse_setup();
        setup.type = type;
        setup.match_types[0].mentors_can_request_mentees = true;
        Error error = refusal(ProgramState{}, ADMIN, program::SetUpProgram{PROGRAM, setup, {}});
        EXPECT_EQ(error.code, "reverse_requests_unavailable");
        EXPECT_NE(error.message.find("not available in " + std::string(program::program_type_label(type))), std::string::npos) << error.message;
        EXPECT_NE(error.message.find(std::string(program::reverse_requests_unavailable_reason(type))), std::string::npos);
    }
    auto mentorship = reverse_setup();
    mentorship.type = program::ProgramType::Mentorship;
    EXPECT_TRUE(decide(ProgramState{}, Actor{ADMIN}, program::SetUpProgram{PROGRAM, mentorship, {}}).ok());
}

TEST(ProgramSetup, RefusesAnEndBeforeTheStart)
{
    auto setup = reverse_setup();
    setup.basics.end = setup.basics.start;
    EXPECT_EQ(refusal(ProgramState{}, ADMIN, program::SetUpProgram{PROGRAM, setup, {}}).code, "invalid_date_range");
}

TEST(ProgramSetup, RefusesLimitsOutOfRange)
{
    auto setup = reverse_setup();
    setup.match_types[0].limits.mentees_per_mentor = 0;
    EXPECT_EQ(refusal(ProgramState{}, ADMIN, program::SetUpProgram{PROGRAM, setup, {}}).code, "limit_out_of_range");
    setup = reverse_setup();
    setup.match_types[0].limits.pending_requests_per_person = program::MAX_PENDING_REQUESTS + 1;
    EXPECT_EQ(refusal(ProgramState{}, ADMIN, program::SetUpProgram{PROGRAM, setup, {}}).code, "limit_out_of_range");
}

TEST(ProgramSettings, OnlyTheAdminChangesAnySetting)
{
    ProgramState state = set_up(reverse_setup());
    auto match_type = state.program->match_types[0];
    std::vector<Command> commands = {
        program::ChangeProgramBasics{program::Basics{"X", "", "", {}, state.program->start, state.program->end, ""}},
        program::ChangeProgramType{program::ProgramType::Mentorship},
        program::SaveMatchType{match_type},
        program::RemoveMatchType{match_type.id},
        program::ChangeRegistrationSettings{program::RegistrationSettings{}},
        program::ChangeTerminology{program::Terminology{}},
        questionnaire::AddQuestion{questionnaire::default_questionnaire()[0]},
        questionnaire::RemoveQuestion{state.questions[0].id},
        questionnaire::MoveQuestion{state.questions[0].id, 2},
        people::ApproveRegistration{PersonId{"u-1"}},
    };
    for (const Command& command : commands)
        EXPECT_EQ(refusal(state, STRANGER, command).code, "not_admin") << command.index();
}

TEST(ProgramSettings, ChangingTheTypeToGroupIsRefusedWhileReverseRequestsAreOn)
{
    ProgramState state = set_up(reverse_setup());
    Error error = refusal(state, ADMIN, program::ChangeProgramType{program::ProgramType::Group});
    EXPECT_EQ(error.code, "reverse_requests_unavailable");
    auto match_type = state.program->match_types[0];
    match_type.mentors_can_request_mentees = false;
    run(state, ADMIN, program::SaveMatchType{match_type});
    run(state, ADMIN, program::ChangeProgramType{program::ProgramType::Group});
    EXPECT_EQ(state.program->type, program::ProgramType::Group);
}

TEST(ProgramSettings, MatchTypesHaveUniqueNamesAndAtLeastOneRemains)
{
    ProgramState state = set_up(reverse_setup());
    auto second = program::default_match_type(program::ProgramType::Mentorship, program::MatchTypeId{"m-2"});
    run(state, ADMIN, program::SaveMatchType{second});
    EXPECT_EQ(state.program->match_types.size(), 2u);
    auto clash = second;
    clash.id = program::MatchTypeId{"m-3"};
    clash.name = " REVERSE mentorship ";
    EXPECT_EQ(refusal(state, ADMIN, program::SaveMatchType{clash}).code, "match_type_name_taken");
    run(state, ADMIN, program::RemoveMatchType{program::FIRST_MATCH_TYPE});
    EXPECT_EQ(refusal(state, ADMIN, program::RemoveMatchType{program::MatchTypeId{"m-2"}}).code, "last_match_type");
}

TEST(ProgramSettings, TerminologyIsRenamedAndChecked)
{
    ProgramState state = set_up(reverse_setup());
    run(state, ADMIN, program::ChangeTerminology{program::Terminology{" guide ", "guides", "learner", "learners", "pairing", "pairings"}});
    EXPECT_EQ(state.program->terminology.mentor, "guide");
    EXPECT_EQ(refusal(state, ADMIN, program::ChangeTerminology{program::Terminology{"", "guides", "learner", "learners", "pairing", "pairings"}}).code, "required");
    EXPECT_EQ(refusal(state, ADMIN, program::ChangeTerminology{program::Terminology{"buddy", "buddies", "Buddy", "buddies", "pair", "pairs"}}).code, "terms_clash");
}

TEST(ProgramSettings, RegistrationMustLeaveSomeRoleOpen)
{
    ProgramState state = set_up(reverse_setup());
    EXPECT_EQ(refusal(state, ADMIN, program::ChangeRegistrationSettings{program::RegistrationSettings{true, false, false, false}}).code, "no_role_open");
}
