#include "core/domain/matching/eligibility.h"
#include "core/domain/matching/explain.h"
#include "core/domain/matching/matching_fixture.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;
using matching::ExclusionRule;

namespace {

std::optional<ExclusionRule> rule_for(const ProgramState& state, const PersonId& mentor, const PersonId& mentee)
{
    auto e = matching::explain_pair(state, first_match_type(state), who(state, mentor), who(state, mentee)).exclusion;
    return e ? std::optional(e->rule) : std::nullopt;
}

// Chief <- Director <- Manager <- Lead: a reporting line four deep, plus an outsider.
struct Line {
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    PersonId chief = add_person(state, "chief", {.department = "Exec", .level = 9, .role = people::Role::Both});
    PersonId director = add_person(state, "director", {.department = "Ops", .level = 7, .role = people::Role::Both, .manager = "chief"});
    PersonId manager = add_person(state, "manager", {.department = "Ops", .level = 5, .role = people::Role::Both, .manager = "director"});
    PersonId lead = add_person(state, "lead", {.department = "Ops", .level = 3, .role = people::Role::Both, .manager = "manager"});
    PersonId outsider = add_person(state, "outsider", {.department = "Sales", .level = 4, .role = people::Role::Both});
};

}

TEST(MatchingRules, TheDirectManagerIsExcludedInBothDirections)
{
    Line l;
    EXPECT_EQ(rule_for(l.state, l.manager, l.lead), ExclusionRule::ReportingLine);
    EXPECT_EQ(rule_for(l.state, l.lead, l.manager), ExclusionRule::ReportingLine);
}

TEST(MatchingRules, TheManagersManagerIsExcludedByDefaultButNotThreeStepsUp)
{
    Line l;
    EXPECT_EQ(rule_for(l.state, l.director, l.lead), ExclusionRule::ReportingLine);
    EXPECT_EQ(rule_for(l.state, l.lead, l.director), ExclusionRule::ReportingLine);
    EXPECT_EQ(rule_for(l.state, l.chief, l.lead), std::nullopt);
    EXPECT_EQ(rule_for(l.state, l.outsider, l.lead), std::nullopt);
}

TEST(MatchingRules, TheAdminSetsHowFarUpTheLineTheRuleReaches)
{
    Line l;
    auto settings = l.state.matching.settings;
    settings.reporting_depth = 3;
    run(l.state, ADMIN, matching::ChangeMatchingSettings{settings});
    EXPECT_EQ(rule_for(l.state, l.chief, l.lead), ExclusionRule::ReportingLine);
    EXPECT_EQ(rule_for(l.state, l.lead, l.chief), ExclusionRule::ReportingLine);
    settings.reporting_depth = 1;
    run(l.state, ADMIN, matching::ChangeMatchingSettings{settings});
    EXPECT_EQ(rule_for(l.state, l.director, l.lead), std::nullopt);
    EXPECT_EQ(rule_for(l.state, l.manager, l.lead), ExclusionRule::ReportingLine);
}

TEST(MatchingRules, TheReasonNamesBothPeopleAndTheDistance)
{
    Line l;
    auto e = matching::explain_pair(l.state, first_match_type(l.state), who(l.state, l.director), who(l.state, l.lead)).exclusion;
    ASSERT_TRUE(e);
    EXPECT_NE(e->reason.find("director and lead"), std::string::npos) << e->reason;
    EXPECT_NE(e->reason.find("2 steps"), std::string::npos) << e->reason;
}

TEST(MatchingRules, InReverseMentoringTheMentorIsBelowTheMenteeByTheGap)
{
    ProgramState state = matching_program(program::ProgramType::ReverseMentorship);
    auto junior = add_person(state, "junior", {.level = 2, .role = people::Role::Mentor});
    auto peer = add_person(state, "peer", {.level = 3, .role = people::Role::Mentor});
    auto unknown = add_person(state, "unknown", {.level = 0, .role = people::Role::Mentor});
    auto senior = add_person(state, "senior", {.level = 3, .role = people::Role::Mentee});
    EXPECT_EQ(rule_for(state, junior, senior), std::nullopt);
    EXPECT_EQ(rule_for(state, peer, senior), ExclusionRule::LevelGap);
    EXPECT_EQ(rule_for(state, unknown, senior), ExclusionRule::LevelUnknown);
    auto settings = state.matching.settings;
    settings.level_gap = 2;
    run(state, ADMIN, matching::ChangeMatchingSettings{settings});
    EXPECT_EQ(rule_for(state, junior, senior), ExclusionRule::LevelGap);
}

TEST(MatchingRules, ClassicMentoringHasNoLevelRule)
{
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    auto a = add_person(state, "a", {.level = 2, .role = people::Role::Mentor});
    auto b = add_person(state, "b", {.level = 2, .role = people::Role::Mentee});
    EXPECT_EQ(rule_for(state, a, b), std::nullopt);
}

TEST(MatchingRules, PausedPeopleAndFullMentorsAreExcluded)
{
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    auto mentor = add_person(state, "mentor", {.role = people::Role::Mentor});
    auto zero = add_person(state, "zero", {.role = people::Role::Mentor, .capacity = 0});
    auto mentee = add_person(state, "mentee", {.role = people::Role::Mentee});
    auto other = add_person(state, "other", {.role = people::Role::Mentee});
    EXPECT_EQ(rule_for(state, zero, mentee), ExclusionRule::MentorFull);
    run(state, people::actor_of(mentor), people::SetPaused{mentor, true});
    EXPECT_EQ(rule_for(state, mentor, mentee), ExclusionRule::Paused);
    run(state, people::actor_of(mentor), people::SetPaused{mentor, false});
    run(state, ADMIN, matching::CreateMatches{program::FIRST_MATCH_TYPE, {{matching::MatchId{"x-1"}, mentor, mentee}}, *parse_iso_date("2027-02-01"), *parse_iso_date("2028-01-31")});
    EXPECT_EQ(rule_for(state, mentor, other), ExclusionRule::MentorFull);
    EXPECT_EQ(rule_for(state, mentor, mentee), ExclusionRule::MentorFull);
    // The mentee now has the one mentor the match type allows.
    auto second = add_person(state, "second", {.role = people::Role::Mentor});
    EXPECT_EQ(rule_for(state, second, mentee), ExclusionRule::MenteeFull);
}

TEST(MatchingRules, PeopleWhoCannotTakeTheSideAreExcluded)
{
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    auto a = add_person(state, "a", {.role = people::Role::Mentee});
    auto b = add_person(state, "b", {.role = people::Role::Mentee});
    EXPECT_EQ(rule_for(state, a, b), ExclusionRule::NotMentor);
    auto both = add_person(state, "both", {.role = people::Role::Both});
    EXPECT_EQ(rule_for(state, both, both), ExclusionRule::SamePerson);
}

TEST(MatchingRules, ThePairsTheAdminExcludedAndPreviousPartnersAreExcluded)
{
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    auto mentor = add_person(state, "mentor", {.role = people::Role::Mentor, .capacity = 2});
    auto mentee = add_person(state, "mentee", {.role = people::Role::Mentee});
    run(state, ADMIN, matching::ExcludePair{{mentor, mentee}, true});
    EXPECT_EQ(rule_for(state, mentor, mentee), ExclusionRule::ExcludedByAdmin);
    run(state, ADMIN, matching::ExcludePair{{mentor, mentee}, false});
    EXPECT_EQ(rule_for(state, mentor, mentee), std::nullopt);
    // A match that has ended (ending matches arrives with the requests feature).
    ProgramState after = state;
    after.matching.matches[matching::MatchId{"old"}] = matching::Match{matching::MatchId{"old"}, program::FIRST_MATCH_TYPE, mentor, mentee, {}, {}, matching::MatchState::Completed, {}, {}, {}, {}};
    EXPECT_EQ(rule_for(after, mentor, mentee), ExclusionRule::PreviousPartners);
    after.matching.settings.exclude_previous_partners = false;
    EXPECT_EQ(rule_for(after, mentor, mentee), std::nullopt);
}

TEST(MatchingRules, AThresholdMakesACriterionMustMatch)
{
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    auto mentor = add_person(state, "mentor", {.role = people::Role::Mentor, .interests = {"Chess", "Jazz"}});
    auto mentee = add_person(state, "mentee", {.role = people::Role::Mentee, .interests = {"Jazz", "Running"}});
    run(state, ADMIN, matching::ChangeMatchingSettings{only_criteria(state, {{{matching::CriterionKind::Interests, {}}, 1, 60, false}})});
    auto explained = matching::explain_pair(state, first_match_type(state), who(state, mentor), who(state, mentee));
    ASSERT_TRUE(explained.exclusion);
    EXPECT_EQ(explained.exclusion->rule, ExclusionRule::BelowThreshold);
    EXPECT_EQ(explained.score, 0);
    EXPECT_NE(explained.exclusion->reason.find("Interests must match at least 60% (this pair: 50%)"), std::string::npos) << explained.exclusion->reason;
    run(state, ADMIN, matching::ChangeMatchingSettings{only_criteria(state, {{{matching::CriterionKind::Interests, {}}, 1, 50, false}})});
    explained = matching::explain_pair(state, first_match_type(state), who(state, mentor), who(state, mentee));
    EXPECT_FALSE(explained.exclusion);
    EXPECT_EQ(explained.score, 50);
}
