// A snapshot holds the whole projected state: requests in every status, a match with
// a pending extension, an ended one, a confidential reassignment and read marks come
// back exactly, as do the sealed lists of who a person may not be matched with, so
// that opening from a snapshot equals replaying the log.
#include "core/domain/decide.h"
#include "core/domain/matching/matching.h"
#include "core/domain/requests/requests_fixture.h"
#include "core/domain/requests/time_rules.h"
#include "io/snapshot_codec.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

TEST(Snapshot, RequestsAndAMatchsLifeComeBackExactly)
{
    RequestsProgram p;
    p.set_process(program::MatchingProcess::UserLedWithApproval, true);
    auto accepted = p.send(p.cy, p.ana);
    run(p.state, people::actor_of(p.ana), p.accept(accepted, day(1)));
    auto declined = p.send(p.di, p.bo);
    requests::AnswerRequest no;
    no.id = declined;
    no.accept = false;
    no.reason = requests::DeclineReason::Other;
    no.note = "On leave — back in June.";
    no.on = day(2);
    run(p.state, people::actor_of(p.bo), no);
    auto reminded = p.send(p.bo, p.ed, day(3), requests::RequestKind::MentorAsks);
    run(p.state, ADMIN, requests::RemindRequests{{reminded}, day(9)});
    const auto match = p.request(accepted).match;
    run(p.state, people::actor_of(p.cy), match_life::ProposeExtension{match, requests::add_days(p.state.matching.matches.at(match).end, 60), "More time?", day(100)});
    auto second = p.send(p.di, p.bo, day(4));
    run(p.state, people::actor_of(p.bo), p.accept(second, day(5)));
    run(p.state, people::actor_of(p.di), match_life::AskReassignment{p.request(second).match, p.di, "Different goals.", day(20)});
    // As a browser records it: only the sealed content.
    apply(p.state, EventContext{EventId{DeviceId{"d-di"}, 7}, people::actor_of(p.di), Timestamp{2}}, match_life::AdminNoteSent{{}, privacy::PrivateText::sealed("sealed:v1:AAAA.BBBB"), day(20)});
    run(p.state, ADMIN, match_life::ReassignMatch{p.request(second).match, day(21)});
    run(p.state, people::actor_of(p.ana), inbox::MarkInboxRead{p.ana, Timestamp{1234}});

    p.state.privacy.ruled_out_sealed[p.ana] = privacy::PrivateText::sealed("sealed:v1:AAAA");
    io::Snapshot snapshot{PROGRAM, 42, std::nullopt, p.state};
    auto decoded = io::decode_snapshot(io::encode_snapshot(snapshot));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(decoded->state.requests, p.state.requests);
    EXPECT_EQ(decoded->state.matching, p.state.matching);
    EXPECT_EQ(decoded->state.inbox, p.state.inbox);
    EXPECT_EQ(decoded->state.inbox_read, p.state.inbox_read);
    EXPECT_EQ(decoded->state.privacy, p.state.privacy);
    EXPECT_EQ(*decoded, snapshot);
}
