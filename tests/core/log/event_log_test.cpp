#include "core/log/projection.h"
#include "support/builders.h"

#include <gtest/gtest.h>

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
