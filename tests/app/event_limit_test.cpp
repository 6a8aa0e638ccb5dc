// Files a hostile participant could write with their own browser's key, numbered to
// make other browsers count: a seq, lamport or seen seq past the limit is refused with
// the whole file and changes nothing; a seq at the limit is held and its gap described
// in one line; and a clock that jumps ahead of what its event had seen is refused, so
// no file can leave the program's clock no room.
#include "io/signing.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

class NumberingAttack : public ::testing::Test {
protected:
    // Ana's browser's next event, renumbered by `change` and signed anew with her key:
    // a valid signature over numbers her browser would never write.
    Envelope renumbered(void (*change)(Envelope&))
    {
        EventLog log = *world.ana_device.store.log(world.program);
        Envelope event = log.append_local(anas_key.device(), people::actor_of(world.ana), Timestamp{1800000500000}, inbox::InboxRead{world.ana, Timestamp{1800000500000}}, &anas_key);
        change(event);
        event.signature = anas_key.sign(world.program, event);
        EXPECT_TRUE(io::verify_event(world.program, event).ok());
        return event;
    }

    // Opens `file` on the admin's browser, which must refuse it and change nothing.
    Error refused_by_admin(const std::string& file)
    {
        const auto files = world.admin.storage.files();
        const ProgramState state = *world.admin.store.recorded(world.program);
        const std::size_t events = world.admin.store.log(world.program)->size();
        auto report = world.admin.store.import_program_file(file);
        EXPECT_FALSE(report.ok()) << "the file was opened";
        EXPECT_TRUE(world.admin.storage.files() == files) << "storage changed";
        EXPECT_TRUE(*world.admin.store.recorded(world.program) == state) << "the program changed";
        EXPECT_EQ(world.admin.store.log(world.program)->size(), events);
        EXPECT_TRUE(world.admin.store.log(world.program)->pending().empty());
        return report.ok() ? Error{} : report.error();
    }

    SharedProgram world;
    io::KeySigner anas_key{world.ana_device.key()};
};

}

TEST_F(NumberingAttack, ASeqPastTheLimitIsRefusedWithTheWholeFile)
{
    Envelope far = renumbered([](Envelope& e) { e.id.seq = MAX_SEQ_OR_LAMPORT + 1; });
    Error error = refused_by_admin(file_of(world.program, {far}));
    EXPECT_EQ(error.code, "seq_beyond_limit");
    EXPECT_NE(error.message.find(":1099511627777: its seq is beyond 1099511627776"), std::string::npos) << error.message;
}

TEST_F(NumberingAttack, ALamportPastTheLimitIsRefusedWithTheHonestEventsBesideIt)
{
    // Her request, honest, and after it an event whose clock jumps past the limit.
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, ask_for_mentor(world.ana, world.mo, "r-ana")).ok());
    std::vector<Envelope> events = read_file(*world.ana_device.store.changes_file(world.program)).events;
    events.push_back(renumbered([](Envelope& e) { e.lamport = MAX_SEQ_OR_LAMPORT + 1; }));
    Error error = refused_by_admin(file_of(world.program, events));
    EXPECT_EQ(error.code, "lamport_beyond_limit");
    EXPECT_NE(error.message.find("its lamport 1099511627777 is beyond 1099511627776"), std::string::npos) << error.message;
    EXPECT_FALSE(world.admin.store.program(world.program)->requests.requests.contains(requests::RequestId{"r-ana"}));
}

TEST_F(NumberingAttack, ASeenSeqPastTheLimitIsRefused)
{
    Envelope far = renumbered([](Envelope& e) { e.seen[DeviceId{"k-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}] = MAX_SEQ_OR_LAMPORT + 1; });
    Error error = refused_by_admin(file_of(world.program, {far}));
    EXPECT_EQ(error.code, "seq_beyond_limit");
    EXPECT_NE(error.message.find("it says it had seen change 1099511627777"), std::string::npos) << error.message;
}

TEST_F(NumberingAttack, ASeqAtTheLimitWaitsAndItsGapIsDescribedInOneLine)
{
    // Within the limit, a jump is only a change whose predecessors have not arrived:
    // held, and described by the gap, not by walking every number in it.
    const std::uint64_t next = world.ana_device.store.log(world.program)->last_seq(anas_key.device()) + 1;
    Envelope far = renumbered([](Envelope& e) { e.id.seq = MAX_SEQ_OR_LAMPORT; });
    auto report = world.admin.store.import_program_file(file_of(world.program, {far}));
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->added, 0u);
    EXPECT_EQ(report->pending, 1u);
    const std::string line = "1 change waits for changes " + std::to_string(next) + " to 1099511627775 from device " + io::fingerprint(anas_key.device());
    ASSERT_EQ(report->missing, std::vector<std::string>{line});
    EXPECT_EQ(world.admin.store.sync_status(world.program).missing, std::vector<std::string>{line});
}

TEST_F(NumberingAttack, AClockThatJumpsAheadIsRefusedSoNoEventLeavesTheProgramNoRoom)
{
    // A lamport within the limit but far above what Ana's browser had seen: accepted,
    // it would leave every browser's next event past the limit. A clock is exactly one
    // above the newest change its event had seen (EVENT_SCHEMA 2), so it is refused.
    const std::uint64_t honest = world.admin.store.log(world.program)->max_lamport() + 1;
    Envelope far = renumbered([](Envelope& e) { e.lamport = MAX_SEQ_OR_LAMPORT; });
    Error error = refused_by_admin(file_of(world.program, {far}));
    EXPECT_EQ(error.code, "lamport_not_rising");
    EXPECT_NE(error.message.find("its lamport 1099511627776 is not one above " + std::to_string(honest - 1) + ", the newest change it had seen"), std::string::npos) << error.message;
    // One step ahead may be the clock of another version of a change it had seen, from
    // a two-faced browser: it waits, held and passed on to nobody, and changes nothing.
    Envelope ahead = renumbered([](Envelope& e) { e.lamport += 1; });
    const ProgramState before = *world.admin.store.recorded(world.program);
    auto held = world.admin.store.import_program_file(file_of(world.program, {ahead}));
    ASSERT_TRUE(held.ok()) << held.error().message;
    EXPECT_EQ(held->pending, 1u);
    EXPECT_FALSE(world.admin.store.log(world.program)->contains(ahead.id));
    EXPECT_TRUE(*world.admin.store.recorded(world.program) == before);
    // And the admin's browser records on, one above.
    auto dee = world.admin.store.add_person(world.program, person("Dee", "dee@example.org"));
    ASSERT_TRUE(dee.ok()) << dee.error().message;
    EXPECT_EQ(world.admin.store.log(world.program)->max_lamport(), honest);
}
