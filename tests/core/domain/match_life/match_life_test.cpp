#include "core/domain/match_life/match_life_rules.h"
#include "core/domain/requests/requests_fixture.h"
#include "core/domain/requests/time_rules.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;
using matching::MatchState;

namespace {

struct Matched : RequestsProgram {
    matching::MatchId match;

    Matched()
    {
        auto id = send(cy, ana);
        run(state, people::actor_of(ana), accept(id));
        match = request(id).match;
    }
    const matching::Match& m() const { return state.matching.matches.at(match); }
};

}

TEST(MatchLife, EitherPersonOrTheAdminEndsAMatchEarlyWithAReason)
{
    Matched p;
    EXPECT_EQ(refused(p.state, people::actor_of(p.di), match_life::EndMatch{p.match, false, "No time", day(5)}).code, "not_party");
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), match_life::EndMatch{p.match, false, "", day(5)}).code, "reason_required");
    run(p.state, people::actor_of(p.cy), match_life::EndMatch{p.match, false, "I changed teams.", day(5)});
    EXPECT_EQ(p.m().state, MatchState::EndedEarly);
    EXPECT_EQ(p.m().ended, day(5));
    EXPECT_EQ(p.m().end_reason, "I changed teams.");
    EXPECT_EQ(p.state.inbox[p.ana].back().kind, InboxKind::MatchEnded);
    EXPECT_EQ(refused(p.state, ADMIN, match_life::EndMatch{p.match, true, "", day(6)}).code, "match_not_active");
    // The mentor's place is free again.
    auto again = p.send(p.di, p.ana, day(6));
    run(p.state, people::actor_of(p.ana), p.accept(again, day(6)));
}

TEST(MatchLife, CompletingNeedsNoReason)
{
    Matched p;
    run(p.state, ADMIN, match_life::EndMatch{p.match, true, "", day(300)});
    EXPECT_EQ(p.m().state, MatchState::Completed);
    EXPECT_EQ(match_life::match_state_label(p.m(), false, day(300)), "Completed");
}

TEST(MatchLife, AnExtensionTakesEffectOnceBothHaveAgreed)
{
    Matched p;
    const Date end = p.m().end;
    const Date later = requests::add_days(end, 90);
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), match_life::ProposeExtension{p.match, end, "", day(200)}).code, "extension_not_later");
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), match_life::ProposeExtension{p.match, add_years(later, 1), "", day(200)}).code, "extension_too_long");
    run(p.state, people::actor_of(p.cy), match_life::ProposeExtension{p.match, later, "Three more months?", day(200)});
    EXPECT_EQ(p.state.inbox[p.ana].back().kind, InboxKind::ExtensionProposed);
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), match_life::ProposeExtension{p.match, later, "", day(201)}).code, "extension_pending");
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), match_life::AnswerExtension{p.match, p.cy, true, day(201)}).code, "already_agreed");
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), match_life::AnswerExtension{p.match, p.ana, true, day(201)}).code, "not_self");
    EXPECT_EQ(p.m().end, end);
    run(p.state, people::actor_of(p.ana), match_life::AnswerExtension{p.match, p.ana, true, day(201)});
    EXPECT_EQ(p.m().end, later);
    EXPECT_FALSE(p.m().extension);
    EXPECT_EQ(p.state.inbox[p.cy].back().kind, InboxKind::ExtensionAgreed);
}

TEST(MatchLife, AnAdminsExtensionNeedsBothPeopleAndOneDeclineEndsIt)
{
    Matched p;
    const Date end = p.m().end;
    run(p.state, ADMIN, match_life::ProposeExtension{p.match, requests::add_days(end, 30), "", day(200)});
    run(p.state, people::actor_of(p.ana), match_life::AnswerExtension{p.match, p.ana, true, day(201)});
    EXPECT_EQ(p.m().end, end);
    run(p.state, people::actor_of(p.cy), match_life::AnswerExtension{p.match, p.cy, false, day(202)});
    EXPECT_EQ(p.m().end, end);
    EXPECT_FALSE(p.m().extension);
    EXPECT_EQ(p.state.inbox[p.ana].back().kind, InboxKind::ExtensionDeclined);
}

TEST(MatchLife, AReassignmentIsConfidentialAndEndsTheMatchWithoutBlame)
{
    Matched p;
    EXPECT_EQ(refused(p.state, ADMIN, match_life::AskReassignment{p.match, p.cy, "", day(10)}).code, "not_self");
    EXPECT_EQ(refused(p.state, people::actor_of(p.di), match_life::AskReassignment{p.match, p.di, "", day(10)}).code, "not_party");
    const auto mentor_items = p.state.inbox[p.ana].size();
    run(p.state, people::actor_of(p.cy), match_life::AskReassignment{p.match, p.cy, "We never find a time.", day(10)});
    EXPECT_EQ(p.m().state, MatchState::Reassigned);
    EXPECT_TRUE(p.m().ended_by.empty());
    const auto& asked = p.state.matching.reassignments.at(p.match);
    EXPECT_EQ(asked.asked_by, p.cy);
    EXPECT_EQ(asked.note, "We never find a time.");
    // The other person hears only that it ended.
    ASSERT_EQ(p.state.inbox[p.ana].size(), mentor_items + 1);
    EXPECT_EQ(p.state.inbox[p.ana].back().kind, InboxKind::MatchEnded);
    EXPECT_EQ(match_life::match_state_label(p.m(), false, day(10)), "Ended");
    EXPECT_EQ(match_life::match_state_label(p.m(), true, day(10)), "Reassigned");
    // Both are free to be matched again, but not with each other (previous partners).
    auto e = refused(p.state, people::actor_of(p.cy), p.ask(p.cy, p.ana, day(11)));
    EXPECT_EQ(e.code, "previous_partners");
    p.send(p.cy, p.bo, day(11));
}

TEST(MatchLife, PastItsEndAnActiveMatchReadsTermEnded)
{
    Matched p;
    EXPECT_EQ(match_life::match_state_label(p.m(), false, p.m().end), "Active");
    EXPECT_EQ(match_life::match_state_label(p.m(), false, requests::add_days(p.m().end, 1)), "Term ended");
}
