#include "core/log/projection.h"
#include "support/builders.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

using namespace turnabout;
using namespace turnabout::testing;

TEST(EventLog, LocalEventsGetContiguousSeqsAndRisingLamports)
{
    EventLog log(PROGRAM);
    const auto& first = log.append_local(DeviceId{"d-a"}, ADMIN, Timestamp{10}, program::ProgramCreated{PROGRAM, "P", ""});
    EXPECT_EQ(first.id.seq, 1u);
    EXPECT_EQ(first.lamport, 1u);
    const auto& second = log.append_local(DeviceId{"d-a"}, ADMIN, Timestamp{5}, program::ProgramDetailsChanged{"Q", ""});
    EXPECT_EQ(second.id.seq, 2u);
    EXPECT_EQ(second.lamport, 2u);
    EXPECT_EQ(log.last_seq(DeviceId{"d-a"}), 2u);
}

TEST(EventLog, ALocalEventAfterAMergeSortsAfterEverythingSeen)
{
    SimulatedDevice a("d-a", ADMIN);
    ASSERT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(a.act(people::AddPerson{PersonId{"u-" + std::to_string(i)}, person("P" + std::to_string(i), "p" + std::to_string(i) + "@example.org")}, 2));
    EventLog b(PROGRAM);
    ASSERT_TRUE(b.merge(all_events(a.log)).ok());
    const auto& local = b.append_local(DeviceId{"d-b"}, ADMIN, Timestamp{3}, people::PersonRemoved{PersonId{"u-1"}});
    EXPECT_EQ(local.lamport, 7u);
    EXPECT_EQ(b.in_replay_order().back()->id, local.id);
}

TEST(EventLog, MergingTheSameEventsTwiceChangesNothing)
{
    SimulatedDevice a("d-a", ADMIN);
    ASSERT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    EventLog b(PROGRAM);
    auto first = b.merge(all_events(a.log));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->added.size(), 1u);
    auto second = b.merge(all_events(a.log));
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->added.empty());
    EXPECT_EQ(second->already_present, 1u);
    EXPECT_EQ(b.size(), 1u);
}

TEST(EventLog, RefusesEquivocationAndStaysUntouched)
{
    SimulatedDevice a("d-a", ADMIN);
    ASSERT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    EventLog b(PROGRAM);
    ASSERT_TRUE(b.merge(all_events(a.log)).ok());
    auto forged = all_events(a.log);
    std::get<program::ProgramCreated>(forged[0].body).name = "Forged";
    auto refused = b.merge(forged);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "equivocation");
    EXPECT_EQ(std::get<program::ProgramCreated>(b.events().begin()->second.body).name, "P");
}

TEST(EventLog, RefusesTwoDifferentEventsWithOneIdInTheSameBatch)
{
    SimulatedDevice a("d-a", ADMIN);
    ASSERT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    auto events = all_events(a.log);
    auto twin = events[0];
    twin.recorded_at = Timestamp{99};
    events.push_back(twin);
    EventLog b(PROGRAM);
    EXPECT_EQ(b.merge(events).error().code, "equivocation");
    EXPECT_EQ(b.size(), 0u);
}

TEST(EventLog, HoldsEventsWhosePredecessorsAreMissingUntilTheyArrive)
{
    SimulatedDevice a("d-a", ADMIN);
    ASSERT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    ASSERT_TRUE(a.act(people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")}, 2));
    ASSERT_TRUE(a.act(people::AddPerson{PersonId{"u-2"}, person("Ben", "ben@example.org")}, 3));
    auto events = all_events(a.log);

    EventLog b(PROGRAM);
    auto later = b.merge(std::vector<Envelope>{events[2]});
    ASSERT_TRUE(later.ok());
    EXPECT_TRUE(later->added.empty());
    EXPECT_EQ(later->now_pending, 1u);
    EXPECT_EQ(b.size(), 0u);

    auto rest = b.merge(std::vector<Envelope>{events[0], events[1]});
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(rest->added.size(), 3u);
    EXPECT_EQ(rest->now_pending, 0u);
    EXPECT_EQ(replay(b), a.state());
}

TEST(EventLog, RefusesAnEventWhoseLamportDoesNotRiseAboveItsPredecessor)
{
    SimulatedDevice a("d-a", ADMIN);
    ASSERT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    ASSERT_TRUE(a.act(people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")}, 2));
    auto events = all_events(a.log);
    events[1].lamport = 1;
    EventLog b(PROGRAM);
    auto refused = b.merge(events);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "lamport_not_rising");
    EXPECT_EQ(b.size(), 0u);
}

TEST(EventLog, RefusesSeqAndLamportZero)
{
    SimulatedDevice a("d-a", ADMIN);
    ASSERT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    auto events = all_events(a.log);
    events[0].id.seq = 0;
    EventLog b(PROGRAM);
    EXPECT_EQ(b.merge(events).error().code, "invalid_event_id");
    events = all_events(a.log);
    events[0].lamport = 0;
    EXPECT_EQ(b.merge(events).error().code, "invalid_lamport");
}

namespace {

// Two devices' events: d-a creates the program, d-b (having seen it) adds someone.
std::vector<Envelope> two_devices_events()
{
    SimulatedDevice a("d-a", ADMIN);
    EXPECT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    SimulatedDevice b("d-b", ADMIN);
    EXPECT_TRUE(b.log.merge(all_events(a.log)).ok());
    EXPECT_TRUE(b.act(people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")}, 2));
    std::vector<Envelope> events = all_events(a.log);
    events.push_back(all_events(b.log).back());
    EXPECT_EQ(events.back().seen.at(DeviceId{"d-a"}), 1u);
    return events;
}

}

TEST(EventLog, RefusesABatchWithASeqLamportOrSeenSeqPastTheLimitWhole)
{
    EventLog log(PROGRAM);
    auto merged_with = [&](auto change) {
        std::vector<Envelope> events = two_devices_events();
        change(events.back());
        return log.merge(events);
    };
    auto seq = merged_with([](Envelope& e) { e.id.seq = MAX_SEQ_OR_LAMPORT + 1; });
    ASSERT_FALSE(seq.ok());
    EXPECT_EQ(seq.error().code, "seq_beyond_limit");
    EXPECT_EQ(seq.error().message, "event d-b:1099511627777: its seq is beyond 1099511627776, the most changes one device records in a program; the file is damaged");
    auto lamport = merged_with([](Envelope& e) { e.lamport = MAX_SEQ_OR_LAMPORT + 1; });
    ASSERT_FALSE(lamport.ok());
    EXPECT_EQ(lamport.error().code, "lamport_beyond_limit");
    EXPECT_EQ(lamport.error().message, "event d-b:1: its lamport 1099511627777 is beyond 1099511627776, more than a program's clock ever counts; the file is damaged");
    auto seen = merged_with([](Envelope& e) { e.seen[DeviceId{"d-a"}] = MAX_SEQ_OR_LAMPORT + 1; });
    ASSERT_FALSE(seen.ok());
    EXPECT_EQ(seen.error().code, "seq_beyond_limit");
    EXPECT_NE(seen.error().message.find("it says it had seen change 1099511627777 of device d-a, beyond 1099511627776"), std::string::npos) << seen.error().message;
    // The valid event beside them was not taken either.
    EXPECT_EQ(log.size(), 0u);
    EXPECT_TRUE(log.pending().empty());
}

TEST(EventLog, HoldsAnEventNumberedAtTheLimitAndNamesTheGapBeforeIt)
{
    std::vector<Envelope> events = two_devices_events();
    events.back().id.seq = MAX_SEQ_OR_LAMPORT;
    EventLog log(PROGRAM);
    auto merged = log.merge(events);
    ASSERT_TRUE(merged.ok()) << merged.error().message;
    EXPECT_EQ(merged->now_pending, 1u);
    const std::map<DeviceId, std::uint64_t> need{{DeviceId{"d-b"}, MAX_SEQ_OR_LAMPORT - 1}};
    EXPECT_EQ(log.missing(), need);
}

TEST(EventLog, ALocalEventIsNeverNumberedPastTheLimit)
{
    // Events of schema 1, whose clock may jump: a program of an older Turnabout can
    // still hold one at the limit (schema 2 refuses the jump).
    std::vector<Envelope> events = two_devices_events();
    for (Envelope& event : events)
        event.schema = 1;
    events.back().lamport = MAX_SEQ_OR_LAMPORT - 1;
    EventLog log(PROGRAM);
    ASSERT_TRUE(log.merge(events).ok());
    const DeviceId here{"d-c"};
    EXPECT_TRUE(log.room_for_local(here, 1).ok());
    Status two = log.room_for_local(here, 2);
    ASSERT_FALSE(two.ok());
    EXPECT_EQ(two.error().code, "event_limit_reached");
    EXPECT_EQ(log.append_local(here, ADMIN, Timestamp{3}, people::PersonRemoved{PersonId{"u-1"}}).lamport, MAX_SEQ_OR_LAMPORT);
    Status none = log.room_for_local(here, 1);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().message, "no more changes can be recorded in this program: its events are numbered up to 1099511627776, and Turnabout numbers them up to 1099511627776 at most; a file opened here went that far");
}

TEST(Replay, IsDeterministicWhateverTheArrivalOrder)
{
    SimulatedDevice a("d-a", ADMIN);
    ASSERT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    SimulatedDevice b("d-b", ADMIN);
    ASSERT_TRUE(b.log.merge(all_events(a.log)).ok());
    // Concurrent: both add someone with the same email; replay order decides who keeps it.
    ASSERT_TRUE(a.act(people::AddPerson{PersonId{"u-a"}, person("Ana A", "ana@example.org")}, 2));
    ASSERT_TRUE(b.act(people::AddPerson{PersonId{"u-b"}, person("Ana B", "ana@example.org")}, 2));

    EventLog one(PROGRAM);
    ASSERT_TRUE(one.merge(all_events(a.log)).ok());
    ASSERT_TRUE(one.merge(all_events(b.log)).ok());
    EventLog two(PROGRAM);
    ASSERT_TRUE(two.merge(all_events(b.log)).ok());
    ASSERT_TRUE(two.merge(all_events(a.log)).ok());

    ProgramState left = replay(one);
    ProgramState right = replay(two);
    EXPECT_EQ(left, right);
    ASSERT_EQ(left.people.size(), 1u);
    // Equal lamports: the device id breaks the tie, so d-a's event is applied first.
    EXPECT_EQ(left.people.begin()->first, PersonId{"u-a"});
    ASSERT_EQ(left.skipped.size(), 1u);
    EXPECT_EQ(left.skipped[0].event.device, DeviceId{"d-b"});
    EXPECT_EQ(left.skipped[0].reason.find("email: ana@example.org is already used by Ana A"), 0u);
}

TEST(Projection, CatchesUpIncrementallyAndAfterAnEarlierMergeEqualsAFullReplay)
{
    SimulatedDevice a("d-a", ADMIN);
    ASSERT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
    SimulatedDevice b("d-b", ADMIN);
    ASSERT_TRUE(b.log.merge(all_events(a.log)).ok());
    ASSERT_TRUE(b.act(people::AddPerson{PersonId{"u-b"}, person("Ben", "ben@example.org")}, 2));
    ASSERT_TRUE(a.act(people::AddPerson{PersonId{"u-a"}, person("Ana", "ana@example.org")}, 2));
    ASSERT_TRUE(a.act(people::RemovePerson{PersonId{"u-a"}}, 3));

    EventLog log(PROGRAM);
    Projection projection;
    auto first = log.merge(all_events(a.log));
    ASSERT_TRUE(first.ok());
    projection.catch_up(log, first->added);
    EXPECT_EQ(projection.state(), replay(log));
    auto second = log.merge(all_events(b.log));
    ASSERT_TRUE(second.ok());
    projection.catch_up(log, second->added);
    EXPECT_EQ(projection.state(), replay(log));
    EXPECT_EQ(projection.state().people.size(), 1u);
}

namespace {

// d-a creates the program; d-b, having seen it, records four changes, "signed" with
// made-up signatures (the log leaves checking them to io); d-c records one after
// seeing all four.
struct TwoFacedDevice {
    TwoFacedDevice()
    {
        SimulatedDevice a("d-a", ADMIN);
        EXPECT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1));
        SimulatedDevice b("d-b", ADMIN);
        EXPECT_TRUE(b.log.merge(all_events(a.log)).ok());
        for (int i = 0; i < 4; ++i)
            EXPECT_TRUE(b.act(program::ChangeProgramDetails{"P" + std::to_string(i), ""}, 2 + i));
        for (Envelope envelope : all_events(b.log)) {
            if (envelope.id.device != DeviceId{"d-b"})
                continue;
            envelope.signature = "sig-b-" + std::to_string(envelope.id.seq);
            bs.push_back(envelope);
        }
        SimulatedDevice c("d-c", ADMIN);
        EXPECT_TRUE(c.log.merge(all_events(a.log)).ok());
        EXPECT_TRUE(c.log.merge(bs).ok());
        EXPECT_TRUE(c.act(program::ChangeProgramDetails{"From C", ""}, 9));
        creation = all_events(a.log);
        cs = {all_events(c.log).back()};
        EXPECT_EQ(cs[0].seen.at(DeviceId{"d-b"}), 4u);
        // Two more versions of d-b's third change, each with its own signature.
        for (const char* tag : {"x", "a"}) {
            Envelope other = bs[2];
            other.body = program::ProgramDetailsChanged{std::string("Other ") + tag, ""};
            other.signature = std::string("sig-b-3") + tag;
            versions.push_back({other});
        }
    }

    std::vector<Envelope> creation, bs, cs;
    std::vector<std::vector<Envelope>> versions;
};

}

TEST(EventLog, TwoSignedVersionsOfOneEventExcludeTheirDeviceFromThereOnWhateverTheOrder)
{
    TwoFacedDevice world;
    std::vector<std::vector<Envelope>> pieces{world.creation, world.bs, world.cs, world.versions[0], world.versions[1]};
    std::vector<std::size_t> order{0, 1, 2, 3, 4};
    std::optional<std::vector<EventId>> first_order;
    std::optional<std::vector<Envelope>> first_evidence;
    do {
        EventLog log(PROGRAM);
        for (std::size_t piece : order) {
            auto merged = log.merge(pieces[piece]);
            ASSERT_TRUE(merged.ok()) << merged.error().message;
        }
        // d-b's changes from #3 on are set aside, its first two stay, and d-c's change,
        // which had seen all four, stays too.
        ASSERT_TRUE(log.exclusions().contains(DeviceId{"d-b"}));
        const Exclusion& exclusion = log.exclusions().at(DeviceId{"d-b"});
        EXPECT_EQ(exclusion.from_seq, 3u);
        EXPECT_EQ(exclusion.first.signature, "sig-b-3");
        EXPECT_EQ(exclusion.second.signature, "sig-b-3a");
        EXPECT_EQ(log.last_seq(DeviceId{"d-b"}), 2u);
        EXPECT_TRUE(log.contains(world.cs[0].id));
        EXPECT_TRUE(log.pending().empty());
        std::vector<EventId> ids;
        for (const Envelope* envelope : log.in_replay_order())
            ids.push_back(envelope->id);
        if (!first_order) {
            first_order = ids;
            first_evidence = log.evidence();
        }
        EXPECT_EQ(ids, *first_order);
        EXPECT_EQ(log.evidence(), *first_evidence);
        // The evidence alone, opened elsewhere, excludes the same changes.
        EventLog elsewhere(PROGRAM);
        std::vector<Envelope> exported;
        for (const Envelope* envelope : log.in_replay_order())
            exported.push_back(*envelope);
        for (const Envelope& envelope : log.evidence())
            exported.push_back(envelope);
        ASSERT_TRUE(elsewhere.merge(exported).ok());
        EXPECT_EQ(elsewhere.exclusions(), log.exclusions());
        EXPECT_EQ(replay(elsewhere), replay(log));
    } while (std::next_permutation(order.begin(), order.end()));
}

TEST(EventLog, TwoUnsignedVersionsOfOneEventStillRefuseTheBatch)
{
    // Without a signature nothing binds a device to either version: a damaged file.
    TwoFacedDevice world;
    std::vector<Envelope> unsigned_twice = world.versions[0];
    unsigned_twice[0].signature.clear();
    std::vector<Envelope> original{world.bs[2]};
    original[0].signature.clear();
    EventLog log(PROGRAM);
    ASSERT_TRUE(log.merge(original).ok());
    auto refused = log.merge(unsigned_twice);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "equivocation");
}
