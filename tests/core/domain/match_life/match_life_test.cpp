#include "core/domain/decide.h"
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

TEST(MatchLife, AskingToBeReassignedIsANoteToTheAdminAndTheMatchGoesOn)
{
    Matched p;
    EXPECT_EQ(refused(p.state, ADMIN, match_life::AskReassignment{p.match, p.cy, "", day(10)}).code, "not_self");
    EXPECT_EQ(refused(p.state, people::actor_of(p.di), match_life::AskReassignment{p.match, p.di, "", day(10)}).code, "not_party");
    const auto mentor_items = p.state.inbox[p.ana].size();
    auto events = decide(p.state, Actor{people::actor_of(p.cy)}, match_life::AskReassignment{p.match, p.cy, "We never find a time.", day(10)});
    ASSERT_TRUE(events.ok()) << events.error().message;
    ASSERT_EQ(events->size(), 1u);
    // Decided, the note is plain and says what it is about; the recording browser
    // encodes and seals it into the content, which is all a file carries.
    const auto& note = std::get<match_life::AdminNoteSent>(events->front());
    EXPECT_EQ(note.note.match, p.match);
    EXPECT_EQ(note.note.text, "We never find a time.");
    EXPECT_TRUE(note.content.empty());
    run(p.state, people::actor_of(p.cy), match_life::AskReassignment{p.match, p.cy, "We never find a time.", day(10)});
    EXPECT_EQ(p.m().state, MatchState::Active) << "the match goes on until the admin ends it";
    ASSERT_EQ(p.state.matching.notes_to_admin.size(), 1u);
    EXPECT_EQ(p.state.matching.notes_to_admin[0].from, p.cy);
    EXPECT_TRUE(p.state.matching.reassignments.empty());
    EXPECT_EQ(p.state.inbox[p.ana].size(), mentor_items) << "the other person is told nothing";
}

TEST(MatchLife, ANoteToTheAdminComesFromAPersonOfTheProgramAndIsBounded)
{
    Matched p;
    const match_life::AdminNoteSent sealed{{}, privacy::PrivateText::sealed("sealed:v1:" + std::string(100, 'A')), day(10)};
    EXPECT_TRUE(check_event(p.state, people::actor_of(p.cy), sealed).ok()) << "sealed, only its size is judged";
    auto from_admin = check_event(p.state, ADMIN, sealed);
    ASSERT_FALSE(from_admin.ok());
    EXPECT_EQ(from_admin.error().code, "not_a_participant");
    EXPECT_EQ(from_admin.error().refusal, Refusal::Authority);
    auto huge = check_event(p.state, people::actor_of(p.cy), match_life::AdminNoteSent{{}, privacy::PrivateText::sealed("sealed:v1:" + std::string(20000, 'A')), day(10)});
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().code, "text_too_long");
    auto empty = check_event(p.state, people::actor_of(p.cy), match_life::AdminNoteSent{{}, {}, day(10)});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, "note_empty");
}

TEST(MatchLife, OnlyTheAdminEndsAMatchOnARequestAndBothReadOnlyThatItEnded)
{
    Matched p;
    run(p.state, people::actor_of(p.cy), match_life::AskReassignment{p.match, p.cy, "We never find a time.", day(10)});
    auto by_cy = refused(p.state, people::actor_of(p.cy), match_life::ReassignMatch{p.match, day(11)});
    EXPECT_EQ(by_cy.code, "not_admin");
    EXPECT_EQ(by_cy.refusal, Refusal::Authority);
    const auto mentee_items = p.state.inbox[p.ana].size();
    const auto mentor_items = p.state.inbox[p.cy].size();
    run(p.state, ADMIN, match_life::ReassignMatch{p.match, day(11)});
    EXPECT_EQ(p.m().state, MatchState::Reassigned);
    EXPECT_EQ(p.m().ended, day(11));
    EXPECT_EQ(p.m().ended_by, ADMIN) << "the admin ended it, not the one who asked";
    ASSERT_EQ(p.state.inbox[p.ana].size(), mentee_items + 1);
    ASSERT_EQ(p.state.inbox[p.cy].size(), mentor_items + 1);
    EXPECT_EQ(p.state.inbox[p.ana].back().kind, InboxKind::MatchEnded);
    EXPECT_EQ(p.state.inbox[p.cy].back().kind, InboxKind::MatchEnded);
    EXPECT_EQ(match_life::match_state_label(p.m(), false, day(11)), "Ended");
    EXPECT_EQ(match_life::match_state_label(p.m(), true, day(11)), "Reassigned");
    EXPECT_EQ(refused(p.state, ADMIN, match_life::ReassignMatch{p.match, day(12)}).code, "match_not_active");
    // Both are free to be matched again, but not with each other (previous partners).
    auto e = refused(p.state, people::actor_of(p.cy), p.ask(p.cy, p.ana, day(12)));
    EXPECT_EQ(e.code, "previous_partners");
    p.send(p.cy, p.bo, day(12));
}

TEST(MatchLife, AReadingThatOpensANoteListsTheRequestThenWhoAskedOnceTheAdminEndedIt)
{
    Matched p;
    const matching::NoteToAdmin sent{EventId{DeviceId{"k-cy"}, 3}, p.cy, privacy::PrivateText::sealed("sealed:v1:AAAA"), day(10)};
    const match_life::AdminNote opened{match_life::AdminNote::Kind::Reassignment, p.match, "We never find a time."};
    ProgramState reading = p.state;
    match_life::read_admin_note(reading, sent, opened);
    ASSERT_TRUE(reading.matching.reassignment_requests.contains(p.match));
    EXPECT_EQ(reading.matching.reassignment_requests.at(p.match).asked_by, p.cy);
    EXPECT_EQ(reading.matching.reassignment_requests.at(p.match).note, "We never find a time.");
    EXPECT_EQ(reading.matching.reassignment_requests.at(p.match).on, day(10));
    // A note about a match its author is not in says nothing.
    ProgramState other = p.state;
    match_life::read_admin_note(other, matching::NoteToAdmin{sent.event, p.di, sent.content, day(10)}, opened);
    EXPECT_TRUE(other.matching.reassignment_requests.empty());

    run(p.state, ADMIN, match_life::ReassignMatch{p.match, day(11)});
    ProgramState after = p.state;
    match_life::read_admin_note(after, sent, opened);
    EXPECT_TRUE(after.matching.reassignment_requests.empty());
    ASSERT_TRUE(after.matching.reassignments.contains(p.match));
    EXPECT_EQ(after.matching.reassignments.at(p.match).asked_by, p.cy);
}

TEST(MatchLife, AnOlderProgramsReassignmentStillEndsTheMatchAtOnce)
{
    Matched p;
    const match_life::ReassignmentAsked older{p.match, p.cy, "We never find a time.", day(10)};
    auto by_admin = check_event(p.state, ADMIN, older);
    ASSERT_FALSE(by_admin.ok());
    EXPECT_EQ(by_admin.error().code, "not_self");
    const auto mentor_items = p.state.inbox[p.ana].size();
    apply(p.state, unrecorded_context(people::actor_of(p.cy)), older);
    EXPECT_TRUE(p.state.skipped.empty());
    EXPECT_EQ(p.m().state, MatchState::Reassigned);
    EXPECT_TRUE(p.m().ended_by.empty());
    const auto& asked = p.state.matching.reassignments.at(p.match);
    EXPECT_EQ(asked.asked_by, p.cy);
    EXPECT_EQ(asked.note, "We never find a time.");
    ASSERT_EQ(p.state.inbox[p.ana].size(), mentor_items + 1);
    EXPECT_EQ(p.state.inbox[p.ana].back().kind, InboxKind::MatchEnded);
}

TEST(MatchLife, PastItsEndAnActiveMatchReadsTermEnded)
{
    Matched p;
    EXPECT_EQ(match_life::match_state_label(p.m(), false, p.m().end), "Active");
    EXPECT_EQ(match_life::match_state_label(p.m(), false, requests::add_days(p.m().end, 1)), "Term ended");
}
