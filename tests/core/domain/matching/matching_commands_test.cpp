#include "core/domain/matching/bulk_match.h"
#include "core/domain/matching/recommendations.h"
#include "core/domain/matching/matching_fixture.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

const Date START = *parse_iso_date("2027-02-01");
const Date END = *parse_iso_date("2028-01-31");

matching::CreateMatches create(std::vector<std::pair<PersonId, PersonId>> pairs)
{
    matching::CreateMatches c{program::FIRST_MATCH_TYPE, {}, START, END};
    int n = 0;
    for (const auto& [mentor, mentee] : pairs)
        c.matches.push_back({matching::MatchId{"x-" + std::to_string(++n)}, mentor, mentee});
    return c;
}

struct Small {
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    PersonId ana = add_person(state, "ana", {.role = people::Role::Mentor, .manager = "", .offered = {"Data"}});
    PersonId bo = add_person(state, "bo", {.role = people::Role::Mentor, .offered = {"Sales"}});
    PersonId cy = add_person(state, "cy", {.role = people::Role::Mentee, .wanted = {"Data"}});
    PersonId di = add_person(state, "di", {.role = people::Role::Mentee, .manager = "bo", .wanted = {"Data", "Sales"}});
};

}

TEST(MatchingCommands, OnlyTheAdminCreatesMatchesChangesSettingsExcludesAndPushes)
{
    Small s;
    EXPECT_EQ(refusal(s.state, people::actor_of(s.cy), create({{s.ana, s.cy}})).code, "not_admin");
    EXPECT_EQ(refusal(s.state, people::actor_of(s.ana), matching::ChangeMatchingSettings{matching::MatchingSettings{{}, 1, 1, true, false, {}}}).code, "not_admin");
    EXPECT_EQ(refusal(s.state, STRANGER, matching::ExcludePair{{s.ana, s.cy}, true}).code, "not_admin");
    EXPECT_EQ(refusal(s.state, people::actor_of(s.cy), matching::PushRecommendations{program::FIRST_MATCH_TYPE, {{s.cy, {s.ana}}}}).code, "not_admin");
}

TEST(MatchingCommands, AMatchThatBreaksARuleIsRefusedWithTheRule)
{
    Small s;
    auto e = refusal(s.state, ADMIN, create({{s.bo, s.di}}));
    EXPECT_EQ(e.code, "reporting_line");
    EXPECT_NE(e.message.find("bo and di are in one reporting line"), std::string::npos) << e.message;
    EXPECT_EQ(refusal(s.state, ADMIN, create({{s.cy, s.di}})).code, "not_a_mentor");
}

TEST(MatchingCommands, NobodyExceedsACapacityEvenWithinOnePublication)
{
    Small s;
    auto e = refusal(s.state, ADMIN, create({{s.ana, s.cy}, {s.ana, s.di}}));
    EXPECT_EQ(e.code, "mentor_full");
    EXPECT_NE(e.message.find("ana became full"), std::string::npos) << e.message;
    EXPECT_TRUE(s.state.matching.matches.empty());
}

TEST(MatchingCommands, PublishedMatchesStartWithTheTermAndReachBothInboxes)
{
    Small s;
    run(s.state, ADMIN, create({{s.ana, s.cy}}));
    ASSERT_EQ(s.state.matching.matches.size(), 1u);
    const auto& m = s.state.matching.matches.begin()->second;
    EXPECT_EQ(m.mentor, s.ana);
    EXPECT_EQ(m.mentee, s.cy);
    EXPECT_EQ(m.start, START);
    EXPECT_EQ(m.end, END);
    EXPECT_EQ(m.state, matching::MatchState::Active);
    ASSERT_EQ(s.state.inbox[s.ana].size(), 1u);
    EXPECT_EQ(s.state.inbox[s.cy].back().kind, InboxKind::MatchStarted);
    EXPECT_EQ(s.state.inbox[s.cy].back().detail, m.id.value);
    // The same ids cannot be used again.
    EXPECT_EQ(refusal(s.state, ADMIN, create({{s.bo, s.cy}})).code, "match_id_taken");
}

TEST(MatchingCommands, ReplayRefusesAPublicationThatAMergeMadeOverfull)
{
    Small s;
    ProgramState other = s.state;
    // Two admin devices publish for Ana's only place; in replay order the second loses.
    auto first = decide(s.state, Actor{ADMIN}, create({{s.ana, s.cy}}));
    matching::CreateMatches second_command = create({{s.ana, s.di}});
    second_command.matches[0].id = matching::MatchId{"y-1"};
    auto second = decide(other, Actor{ADMIN}, second_command);
    ASSERT_TRUE(first.ok() && second.ok());
    ProgramState merged = s.state;
    apply(merged, EventContext{EventId{DeviceId{"d-1"}, 1}, ADMIN, Timestamp{1}}, first->front());
    apply(merged, EventContext{EventId{DeviceId{"d-2"}, 1}, ADMIN, Timestamp{2}}, second->front());
    EXPECT_EQ(merged.matching.matches.size(), 1u);
    ASSERT_EQ(merged.skipped.size(), 1u);
    EXPECT_NE(merged.skipped[0].reason.find("ana became full"), std::string::npos) << merged.skipped[0].reason;
}

TEST(MatchingCommands, SettingsOutOfRangeAreRefusedWithTheirLimits)
{
    Small s;
    matching::MatchingSettings bad = s.state.matching.settings;
    bad.criteria = {{{matching::CriterionKind::Skills, {}}, 11, 0, false}};
    EXPECT_EQ(refusal(s.state, ADMIN, matching::ChangeMatchingSettings{bad}).code, "weight_out_of_range");
    bad.criteria = {{{matching::CriterionKind::Skills, {}}, 3, 101, false}};
    EXPECT_EQ(refusal(s.state, ADMIN, matching::ChangeMatchingSettings{bad}).code, "threshold_out_of_range");
    bad.criteria = {{{matching::CriterionKind::Skills, {}}, 3, 0, false}, {{matching::CriterionKind::Skills, {}}, 2, 0, false}};
    EXPECT_EQ(refusal(s.state, ADMIN, matching::ChangeMatchingSettings{bad}).code, "criterion_twice");
    bad.criteria = {};
    bad.reporting_depth = 11;
    EXPECT_EQ(refusal(s.state, ADMIN, matching::ChangeMatchingSettings{bad}).code, "depth_out_of_range");
}

TEST(MatchingCommands, FavoritesAreEachPersonsOwn)
{
    Small s;
    EXPECT_EQ(refusal(s.state, people::actor_of(s.di), matching::SetFavorite{s.cy, s.ana, true}).code, "not_self");
    EXPECT_EQ(refusal(s.state, ADMIN, matching::SetFavorite{s.cy, s.ana, true}).code, "not_self");
    EXPECT_EQ(refusal(s.state, people::actor_of(s.cy), matching::SetFavorite{s.cy, s.cy, true}).code, "same_person");
    run(s.state, people::actor_of(s.cy), matching::SetFavorite{s.cy, s.ana, true});
    EXPECT_TRUE(s.state.matching.favorites.at(s.cy).contains(s.ana));
    auto candidates = matching::candidates_for(s.state, program::FIRST_MATCH_TYPE, s.cy, matching::Side::AsMentee);
    ASSERT_FALSE(candidates.empty());
    EXPECT_TRUE(candidates.front().favorite);
    run(s.state, people::actor_of(s.cy), matching::SetFavorite{s.cy, s.ana, false});
    EXPECT_FALSE(s.state.matching.favorites.contains(s.cy));
}

TEST(Recommendations, BestFirstWithoutExcludedPeopleOrExactlyWhatTheAdminPushed)
{
    Small s;
    // Di wants Data and Sales; Bo (Sales) is her manager's line, so only Ana appears.
    auto for_di = matching::recommendations_for(s.state, program::FIRST_MATCH_TYPE, s.di, matching::Side::AsMentee, 3);
    ASSERT_EQ(for_di.size(), 1u);
    EXPECT_EQ(for_di[0].person, s.ana);
    // Cy wants Data: Ana offers it; Bo scores 0, so he is on the browse page only.
    auto for_cy = matching::recommendations_for(s.state, program::FIRST_MATCH_TYPE, s.cy, matching::Side::AsMentee, 3);
    ASSERT_EQ(for_cy.size(), 1u);
    EXPECT_EQ(for_cy[0].person, s.ana);
    EXPECT_GT(for_cy[0].score, 0);
    auto browse = matching::candidates_for(s.state, program::FIRST_MATCH_TYPE, s.cy, matching::Side::AsMentee);
    ASSERT_EQ(browse.size(), 2u);
    EXPECT_EQ(browse[1].person, s.bo);
    EXPECT_EQ(browse[1].score, 0);
    EXPECT_EQ(refusal(s.state, ADMIN, matching::PushRecommendations{program::FIRST_MATCH_TYPE, {{s.di, {s.bo}}}}).code, "reporting_line");
    run(s.state, ADMIN, matching::PushRecommendations{program::FIRST_MATCH_TYPE, {{s.cy, {s.bo}}}});
    for_cy = matching::recommendations_for(s.state, program::FIRST_MATCH_TYPE, s.cy, matching::Side::AsMentee, 3);
    ASSERT_EQ(for_cy.size(), 1u);
    EXPECT_EQ(for_cy[0].person, s.bo);
    EXPECT_TRUE(for_cy[0].pushed);
    // A mentor sees the mentees they could take.
    auto for_ana = matching::candidates_for(s.state, program::FIRST_MATCH_TYPE, s.ana, matching::Side::AsMentor);
    EXPECT_EQ(for_ana.size(), 2u);
}

TEST(BulkMatch, TheDraftIsTheOptimumNotTheGreedyChoice)
{
    // Greedy gives Ana to Cy (100) and leaves Di with Bo (0 -> unmatched); the optimum
    // gives Ana to Di and Bo to Cy.
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    auto ana = add_person(state, "ana", {.role = people::Role::Mentor, .offered = {"Data", "Sales"}});
    auto bo = add_person(state, "bo", {.role = people::Role::Mentor, .offered = {"Data"}});
    auto cy = add_person(state, "cy", {.role = people::Role::Mentee, .wanted = {"Data"}});
    auto di = add_person(state, "di", {.role = people::Role::Mentee, .wanted = {"Sales"}});
    run(state, ADMIN, matching::ChangeMatchingSettings{only_criteria(state, {{{matching::CriterionKind::Skills, {}}, 1, 0, false}})});
    auto draft = matching::bulk_match(state, program::FIRST_MATCH_TYPE);
    ASSERT_EQ(draft.pairs.size(), 2u);
    EXPECT_EQ(draft.total_score, 200);
    EXPECT_EQ(draft.pairs[0].pair, (matching::PairKey{bo, cy}));
    EXPECT_EQ(draft.pairs[1].pair, (matching::PairKey{ana, di}));
    EXPECT_TRUE(draft.unmatched_mentees.empty());
    // Lock the greedy pair: the draft keeps it and says who is left.
    matching::DraftOptions options;
    options.locked = {{ana, cy}};
    draft = matching::bulk_match(state, program::FIRST_MATCH_TYPE, options);
    ASSERT_EQ(draft.pairs.size(), 1u);
    EXPECT_TRUE(draft.pairs[0].locked);
    EXPECT_EQ(draft.total_score, 100);
    ASSERT_EQ(draft.unmatched_mentees.size(), 1u);
    EXPECT_EQ(draft.unmatched_mentees[0].person, di);
    ASSERT_EQ(draft.unmatched_mentors.size(), 1u);
    EXPECT_EQ(draft.unmatched_mentors[0].person, bo);
    // Maximum pairs first: Bo and Di score 0 together but make a pair.
    options.objective = matching::Objective::MaxPairsThenScore;
    draft = matching::bulk_match(state, program::FIRST_MATCH_TYPE, options);
    EXPECT_EQ(draft.pairs.size(), 2u);
    EXPECT_EQ(draft.total_score, 100);
    // Excluding a pair from the draft leaves it out.
    matching::DraftOptions without;
    without.excluded = {{ana, di}};
    draft = matching::bulk_match(state, program::FIRST_MATCH_TYPE, without);
    for (const auto& p : draft.pairs)
        EXPECT_NE(p.pair, (matching::PairKey{ana, di}));
}

TEST(BulkMatch, UnmatchedPeopleAreToldWhyAndAPublishedDraftIsAccepted)
{
    Small s;
    // Ana suits Cy fully and Di by half; Bo is in Di's reporting line and scores 0 with Cy.
    auto draft = matching::bulk_match(s.state, program::FIRST_MATCH_TYPE);
    ASSERT_EQ(draft.pairs.size(), 1u);
    EXPECT_EQ(draft.pairs[0].pair, (matching::PairKey{s.ana, s.cy}));
    ASSERT_EQ(draft.unmatched_mentees.size(), 1u);
    EXPECT_EQ(draft.unmatched_mentees[0].person, s.di);
    EXPECT_EQ(draft.unmatched_mentees[0].reason, "every eligible mentor (1) was worth more to others");
    matching::CreateMatches publish{program::FIRST_MATCH_TYPE, {}, START, END};
    int n = 0;
    for (const auto& p : draft.pairs)
        publish.matches.push_back({matching::MatchId{"x-" + std::to_string(++n)}, p.pair.mentor, p.pair.mentee});
    run(s.state, ADMIN, publish);
    EXPECT_EQ(s.state.matching.matches.size(), 1u);
    // Now Ana is full: Di has no eligible mentor left, and a new mentee only Bo at 0.
    auto eve = add_person(s.state, "eve", {.role = people::Role::Mentee, .wanted = {"Data"}});
    draft = matching::bulk_match(s.state, program::FIRST_MATCH_TYPE);
    EXPECT_TRUE(draft.pairs.empty());
    ASSERT_EQ(draft.unmatched_mentees.size(), 2u);
    EXPECT_EQ(draft.unmatched_mentees[0].person, s.di);
    EXPECT_EQ(draft.unmatched_mentees[0].reason, "no eligible mentor: 1 full, 1 in the reporting line");
    EXPECT_EQ(draft.unmatched_mentees[1].person, eve);
    EXPECT_EQ(draft.unmatched_mentees[1].reason, "the eligible mentors (1) share nothing with them (score 0)");
}
