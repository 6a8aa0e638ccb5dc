#include "core/domain/requests/requests_fixture.h"
#include "core/domain/requests/request_rules.h"
#include "core/domain/requests/time_rules.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;
using requests::DeclineReason;
using requests::RequestKind;
using requests::RequestStatus;

namespace {

requests::AnswerRequest decline(const requests::RequestId& id, DeclineReason reason, std::string note = {}, Date on = DAY0)
{
    requests::AnswerRequest c;
    c.id = id;
    c.accept = false;
    c.reason = reason;
    c.note = std::move(note);
    c.on = on;
    return c;
}

}

TEST(Requests, AMenteesRequestWaitsForTheMentorAndReachesTheirInbox)
{
    RequestsProgram p;
    auto id = p.send(p.cy, p.ana);
    const auto& r = p.request(id);
    EXPECT_EQ(r.status, RequestStatus::Pending);
    EXPECT_EQ(r.message, "I would like to learn how you plan your week.");
    EXPECT_EQ(r.sent, DAY0);
    EXPECT_EQ(r.mentor(), p.ana);
    EXPECT_EQ(r.mentee(), p.cy);
    EXPECT_TRUE(p.state.matching.matches.empty());
    ASSERT_EQ(p.state.inbox[p.ana].size(), 1u);
    EXPECT_EQ(p.state.inbox[p.ana][0].kind, InboxKind::RequestReceived);
    EXPECT_EQ(p.state.inbox[p.ana][0].detail, id.value);
}

TEST(Requests, AcceptingStartsTheMatchForTheProgramsTerm)
{
    RequestsProgram p;
    auto id = p.send(p.cy, p.ana);
    run(p.state, people::actor_of(p.ana), p.accept(id, day(3)));
    const auto& r = p.request(id);
    EXPECT_EQ(r.status, RequestStatus::Accepted);
    EXPECT_EQ(r.decided, day(3));
    ASSERT_EQ(p.state.matching.matches.size(), 1u);
    const auto& m = p.state.matching.matches.at(r.match);
    EXPECT_EQ(m.mentor, p.ana);
    EXPECT_EQ(m.mentee, p.cy);
    EXPECT_EQ(m.start, day(3));
    EXPECT_EQ(m.end, p.state.program->end);
    EXPECT_EQ(p.state.inbox[p.cy].back().kind, InboxKind::RequestAccepted);
    EXPECT_EQ(p.state.inbox[p.ana].back().kind, InboxKind::MatchStarted);
}

TEST(Requests, ADeclineKeepsItsReasonAndTheMenteeMayAskAgainLater)
{
    RequestsProgram p;
    auto id = p.send(p.cy, p.ana);
    run(p.state, people::actor_of(p.ana), decline(id, DeclineReason::TooBusy, "Back in March."));
    const auto& r = p.request(id);
    EXPECT_EQ(r.status, RequestStatus::Declined);
    EXPECT_EQ(r.decline_reason, DeclineReason::TooBusy);
    EXPECT_EQ(r.decline_note, "Back in March.");
    EXPECT_EQ(p.state.inbox[p.cy].back().kind, InboxKind::RequestDeclined);
    EXPECT_EQ(requests::decline_reason_label(r.decline_reason), "Too busy right now");
    p.send(p.cy, p.ana, day(30));
    EXPECT_EQ(p.state.requests.requests.size(), 2u);
}

TEST(Requests, OtherAsADeclineReasonNeedsANote)
{
    RequestsProgram p;
    auto id = p.send(p.cy, p.ana);
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), decline(id, DeclineReason::Other)).code, "note_required");
    EXPECT_EQ(p.request(id).status, RequestStatus::Pending);
}

TEST(Requests, OnlyTheOneAskedAnswersAndOnlyTheOneWhoAskedWithdraws)
{
    RequestsProgram p;
    auto id = p.send(p.cy, p.ana);
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), p.accept(id)).code, "not_recipient");
    EXPECT_EQ(refused(p.state, ADMIN, p.accept(id)).code, "not_recipient");
    EXPECT_EQ(refused(p.state, people::actor_of(p.bo), decline(id, DeclineReason::NotAGoodMatch)).code, "not_recipient");
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), requests::WithdrawRequest{id, DAY0}).code, "not_requester");
    run(p.state, people::actor_of(p.cy), requests::WithdrawRequest{id, day(1)});
    EXPECT_EQ(p.request(id).status, RequestStatus::Withdrawn);
    EXPECT_EQ(p.state.inbox[p.ana].back().kind, InboxKind::RequestWithdrawn);
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), p.accept(id, day(1))).code, "not_pending");
}

TEST(Requests, NobodySendsARequestInSomeoneElsesName)
{
    RequestsProgram p;
    EXPECT_EQ(refused(p.state, people::actor_of(p.di), p.ask(p.cy, p.ana)).code, "not_self");
    EXPECT_EQ(refused(p.state, ADMIN, p.ask(p.cy, p.ana)).code, "not_self");
}

TEST(Requests, RolesAndPeopleAreChecked)
{
    RequestsProgram p;
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), p.ask(p.cy, p.di)).code, "wrong_role");
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), p.ask(p.ana, p.bo)).code, "wrong_role");
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), p.ask(p.cy, PersonId{"u-nobody"})).code, "person_unknown");
    auto long_message = p.ask(p.cy, p.ana);
    long_message.message = std::string(requests::MAX_MESSAGE_LENGTH + 1, 'a');
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), long_message).code, "too_long");
}

TEST(Requests, TheSameRequestTwiceIsRefusedWhileTheFirstWaits)
{
    RequestsProgram p;
    p.send(p.cy, p.ana);
    auto e = refused(p.state, people::actor_of(p.cy), p.ask(p.cy, p.ana, day(1)));
    EXPECT_EQ(e.code, "request_twice");
    EXPECT_NE(e.message.find("you already asked ana"), std::string::npos) << e.message;
}

TEST(Requests, ThePendingLimitStopsTheNextRequest)
{
    RequestsProgram p;
    PersonId cat = add_person(p.state, "cat", {.role = people::Role::Mentor});
    PersonId dan = add_person(p.state, "dan", {.role = people::Role::Mentor});
    p.send(p.cy, p.ana);
    p.send(p.cy, p.bo);
    p.send(p.cy, cat);
    auto e = refused(p.state, people::actor_of(p.cy), p.ask(p.cy, dan));
    EXPECT_EQ(e.code, "pending_limit");
    EXPECT_NE(e.message.find("you already have 3 pending requests"), std::string::npos) << e.message;
    EXPECT_EQ(p.state.requests.requests.size(), 3u);
}

TEST(Requests, AnExpiredRequestNoLongerCountsTowardsTheLimit)
{
    RequestsProgram p;
    p.set_process(program::MatchingProcess::UserLedWithApproval, false, 1);
    p.send(p.cy, p.ana);
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), p.ask(p.cy, p.bo, day(20))).code, "pending_limit");
    p.send(p.cy, p.bo, day(21));
}

TEST(Requests, AFullMentorStopsReceivingRequestsAndTheirPendingOnesSaySo)
{
    RequestsProgram p;
    auto first = p.send(p.cy, p.ana);
    auto second = p.send(p.di, p.ana);
    run(p.state, people::actor_of(p.ana), p.accept(first));
    auto e = refused(p.state, people::actor_of(p.ed), p.ask(p.ed, p.ana));
    EXPECT_EQ(e.code, "full");
    EXPECT_NE(e.message.find("ana is full"), std::string::npos) << e.message;
    auto blocked = requests::blocker(p.state, p.request(second));
    ASSERT_TRUE(blocked);
    EXPECT_NE(blocked->find("ana is full"), std::string::npos) << *blocked;
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), p.accept(second)).code, "full");
}

TEST(Requests, UserLedRequestsBecomeMatchesAtOnce)
{
    RequestsProgram p;
    p.set_process(program::MatchingProcess::UserLed);
    auto id = p.send(p.cy, p.ana);
    const auto& r = p.request(id);
    EXPECT_EQ(r.status, RequestStatus::Accepted);
    ASSERT_TRUE(p.state.matching.matches.contains(r.match));
    EXPECT_EQ(p.state.inbox[p.cy].back().kind, InboxKind::MatchStarted);
    EXPECT_EQ(p.state.inbox[p.ana].back().kind, InboxKind::MatchStarted);
}

TEST(Requests, AdminLedMatchTypesTakeNoRequests)
{
    RequestsProgram p;
    p.set_process(program::MatchingProcess::AdminLed);
    auto e = refused(p.state, people::actor_of(p.cy), p.ask(p.cy, p.ana));
    EXPECT_EQ(e.code, "admin_led");
    EXPECT_NE(e.message.find("favorites"), std::string::npos) << e.message;
}

TEST(Requests, ReverseRequestsOnlyWhereTheMatchTypeAllowsThem)
{
    RequestsProgram p;
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), p.ask(p.ana, p.cy, DAY0, RequestKind::MentorAsks)).code, "reverse_not_allowed");
    p.set_process(program::MatchingProcess::UserLedWithApproval, true);
    auto id = p.send(p.ana, p.cy, DAY0, RequestKind::MentorAsks);
    EXPECT_EQ(p.request(id).mentor(), p.ana);
    EXPECT_EQ(p.request(id).mentee(), p.cy);
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), p.accept(id)).code, "not_recipient");
    run(p.state, people::actor_of(p.cy), p.accept(id));
    const auto& m = p.state.matching.matches.at(p.request(id).match);
    EXPECT_EQ(m.mentor, p.ana);
    EXPECT_EQ(m.mentee, p.cy);
}

TEST(Requests, MentorOffersFollowTheProgramsSettingAndAlwaysWaitForTheMentee)
{
    RequestsProgram p;
    p.set_process(program::MatchingProcess::UserLed);
    auto id = p.send(p.ana, p.cy, DAY0, RequestKind::MentorOffers);
    EXPECT_EQ(p.request(id).status, RequestStatus::Pending);
    run(p.state, people::actor_of(p.cy), p.accept(id));
    EXPECT_EQ(p.request(id).status, RequestStatus::Accepted);

    auto settings = p.state.matching.settings;
    settings.requests.mentor_offers = false;
    run(p.state, ADMIN, matching::ChangeMatchingSettings{settings});
    EXPECT_EQ(refused(p.state, people::actor_of(p.bo), p.ask(p.bo, p.di, DAY0, RequestKind::MentorOffers)).code, "offers_not_allowed");
}

// The buttons a screen offers are the requests the core accepts: for every process and
// switch, request_options says yes exactly where sending that kind is accepted.
TEST(Requests, TheOptionsOfferedAreExactlyTheRequestsTheCoreAccepts)
{
    using program::MatchingProcess;
    int offered = 0;
    for (MatchingProcess process : {MatchingProcess::AdminLed, MatchingProcess::AdminRouted, MatchingProcess::UserLed, MatchingProcess::UserLedWithApproval}) {
        for (bool reverse : {false, true}) {
            for (bool offers : {false, true}) {
                RequestsProgram p;
                p.set_process(process, reverse);
                auto settings = p.state.matching.settings;
                if (settings.requests.mentor_offers != offers) {
                    settings.requests.mentor_offers = offers;
                    run(p.state, ADMIN, matching::ChangeMatchingSettings{settings});
                }
                const program::MatchType& type = p.state.program->match_types.front();
                auto accepted = [&](const PersonId& from, const Command& command) { return decide(p.state, Actor{people::actor_of(from)}, command).ok(); };
                const people::Person& cy = p.state.people.at(p.cy);
                const people::Person& ana = p.state.people.at(p.ana);
                SCOPED_TRACE(std::to_string(static_cast<int>(process)) + (reverse ? " reverse" : "") + (offers ? " offers" : ""));
                const auto mentee = requests::request_options(p.state, type, cy, matching::Side::AsMentee);
                EXPECT_EQ(mentee.request, accepted(p.cy, p.ask(p.cy, p.ana)));
                EXPECT_EQ(mentee.ranked, accepted(p.cy, requests::SendRankedList{requests::RequestId{"r-list"}, type.id, p.cy, {{p.ana, ""}}, "", DAY0}));
                const auto mentor = requests::request_options(p.state, type, ana, matching::Side::AsMentor);
                EXPECT_EQ(mentor.request, accepted(p.ana, p.ask(p.ana, p.cy, DAY0, RequestKind::MentorAsks)));
                EXPECT_EQ(mentor.offer, accepted(p.ana, p.ask(p.ana, p.cy, DAY0, RequestKind::MentorOffers)));
                // Nobody is offered the side they did not join on.
                const auto wrong_side = requests::request_options(p.state, type, cy, matching::Side::AsMentor);
                EXPECT_FALSE(wrong_side.request || wrong_side.offer || wrong_side.ranked);
                offered += mentee.request + mentee.ranked + mentor.request + mentor.offer;
            }
        }
    }
    EXPECT_GT(offered, 0);
}

TEST(Requests, AdminRoutedRankedListsAreAssignedByTheAdmin)
{
    RequestsProgram p;
    p.set_process(program::MatchingProcess::AdminRouted);
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), p.ask(p.cy, p.ana)).code, "admin_routed");
    requests::SendRankedList list{requests::RequestId{"r-list"}, program::FIRST_MATCH_TYPE, p.cy, {{p.ana, "Great at data"}, {p.bo, "Knows sales"}}, "Either is fine.", DAY0};
    EXPECT_EQ(refused(p.state, people::actor_of(p.di), list).code, "not_self");
    run(p.state, people::actor_of(p.cy), list);
    auto dup = list;
    dup.id = requests::RequestId{"r-list-2"};
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), dup).code, "ranked_list_pending");

    requests::AssignRankedList assign{list.id, p.bo, matching::MatchId{"x-routed"}, day(2)};
    EXPECT_EQ(refused(p.state, people::actor_of(p.bo), assign).code, "not_admin");
    requests::AnswerRequest answer;
    answer.id = list.id;
    answer.match = matching::MatchId{"x-other"};
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), answer).code, "ranked_list_answer");
    run(p.state, ADMIN, assign);
    const auto& r = p.request(list.id);
    EXPECT_EQ(r.status, RequestStatus::Accepted);
    EXPECT_EQ(r.assigned, p.bo);
    EXPECT_EQ(p.state.matching.matches.at(matching::MatchId{"x-routed"}).mentor, p.bo);
    EXPECT_EQ(p.state.inbox[p.cy].back().kind, InboxKind::RequestAccepted);
    EXPECT_EQ(p.state.inbox[p.bo].back().kind, InboxKind::MatchStarted);
}

TEST(Requests, ARankedListNamesOneToFiveDistinctMentors)
{
    RequestsProgram p;
    p.set_process(program::MatchingProcess::AdminRouted);
    requests::SendRankedList list{requests::RequestId{"r-list"}, program::FIRST_MATCH_TYPE, p.cy, {}, "", DAY0};
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), list).code, "ranked_list_size");
    list.ranked = {{p.ana, ""}, {p.ana, ""}};
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), list).code, "mentor_twice");
    list.ranked = {{p.di, ""}};
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), list).code, "not_a_mentor");
}

TEST(Requests, OnlyTheAdminRemindsAndClosesAndOnlyPendingRequests)
{
    RequestsProgram p;
    auto a = p.send(p.cy, p.ana);
    auto b = p.send(p.di, p.bo);
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), requests::RemindRequests{{a}, day(2)}).code, "not_admin");
    run(p.state, ADMIN, requests::RemindRequests{{a, b}, day(2)});
    EXPECT_EQ(p.request(a).reminders, std::vector<Date>{day(2)});
    EXPECT_EQ(p.state.inbox[p.bo].back().kind, InboxKind::RequestReminded);
    run(p.state, ADMIN, requests::CloseRequests{{b}, "The program is pausing for the summer.", day(3)});
    EXPECT_EQ(p.request(b).status, RequestStatus::Closed);
    EXPECT_EQ(p.request(b).closing_note.stored(), "The program is pausing for the summer.");
    EXPECT_EQ(p.state.inbox[p.di].back().kind, InboxKind::RequestClosed);
    EXPECT_EQ(refused(p.state, ADMIN, requests::CloseRequests{{b}, "", day(3)}).code, "not_pending");
    EXPECT_EQ(refused(p.state, ADMIN, requests::RemindRequests{{a, a}, day(3)}).code, "request_twice");
}

TEST(Requests, TheAdminCreatesMatchesWhateverTheProcess)
{
    RequestsProgram p;
    p.set_process(program::MatchingProcess::AdminLed);
    run(p.state, ADMIN, matching::CreateMatches{program::FIRST_MATCH_TYPE, {{matching::MatchId{"x-admin"}, p.ana, p.cy}}, DAY0, day(365)});
    EXPECT_TRUE(p.state.matching.matches.contains(matching::MatchId{"x-admin"}));
}
