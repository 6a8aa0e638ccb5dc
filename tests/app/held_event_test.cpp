// Held events attacked by a browser with its own real key: events whose past has not
// arrived are judged as far as that missing past allows, refuse their file when they
// fail then, are not passed on to anyone until accepted, are set aside alone when they
// fail once their past arrives, and a flood of them holds up no other browser's files.
// Each attack runs in both merge orders and leaves honest browsers where they would be
// without it.
#include "io/signing.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

#include <functional>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

class HeldEvents : public ::testing::Test {
protected:
    HeldEvents()
    {
        // The admin adds Dee and shares the program with Ana's browser, not yet with
        // Cy's: Ana's next events, which had seen Dee added, wait on Cy's browser.
        EXPECT_TRUE(world.admin.store.add_person(world.program, person("Dee", "dee@example.org", people::Role::Mentor)).ok());
        world.share(world.admin, world.ana_device);
    }

    // An event Ana's browser signs after everything it holds, as altered code could
    // write it; `change` alters it before it is signed.
    Envelope signed_by_ana(const ActorId& author, EventBody body, const std::function<void(Envelope&)>& change = {})
    {
        EventLog log = *world.ana_device.store.log(world.program);
        Envelope event = log.append_local(anas_key.device(), author, Timestamp{1800000500000}, std::move(body), &anas_key);
        if (change) {
            change(event);
            event.signature.clear();
            event.signature = anas_key.sign(world.program, event);
        }
        EXPECT_TRUE(io::verify_event(world.program, event).ok());
        return event;
    }

    std::string admins_share() { return *world.admin.store.export_program_file(world.program); }

    SharedProgram world;
    io::KeySigner anas_key{world.ana_device.key()};
};

// A browser's program and the bytes it would share: what its people rely on.
struct Held {
    ProgramState state;
    std::string bytes;
};

Held held_by(StoreDevice& device, const ProgramId& program)
{
    return Held{*device.store.recorded(program), *device.store.export_program_file(program)};
}

}

TEST_F(HeldEvents, AHeldEventThatFailsWhenItsPastArrivesIsSetAsideAndTheHonestFileOpens)
{
    // Ana's browser approves her own registration: only the admin may, but Cy's browser
    // cannot tell until it has the admin's change it had seen, so it holds it.
    const Envelope act = signed_by_ana(people::actor_of(world.ana), people::RegistrationApproved{world.ana});
    const std::string hostile = file_of(world.program, {act});
    const std::string honest = admins_share();

    // The hostile file first: held, and nothing of it takes effect or is shared.
    auto held = world.cy_device.store.import_program_file(hostile);
    ASSERT_TRUE(held.ok()) << held.error().message;
    EXPECT_EQ(held->pending, 1u);
    EXPECT_EQ(read_file(*world.cy_device.store.export_program_file(world.program)).events.size(), world.cy_device.store.log(world.program)->size());

    // The admin's honest file completes its past: the act fails and is set aside, with
    // its reason; the file that completed it opens.
    auto completed = world.cy_device.store.import_program_file(honest);
    ASSERT_TRUE(completed.ok()) << completed.error().message;
    ASSERT_EQ(completed->conflicts.size(), 1u);
    EXPECT_EQ(completed->conflicts[0].event, act.id);
    EXPECT_NE(completed->conflicts[0].reason.find("only the program's admin may do this"), std::string::npos) << completed->conflicts[0].reason;
    EXPECT_NE(completed->conflicts[0].reason.find("set aside when the changes before it arrived"), std::string::npos) << completed->conflicts[0].reason;
    EXPECT_EQ(completed->pending, 0u);
    const Held cy_after = held_by(world.cy_device, world.program);
    EXPECT_TRUE(cy_after.state == *world.admin.store.recorded(world.program)) << "Cy's browser differs from the admin's";
    EXPECT_EQ(cy_after.bytes, admins_share());

    // The other order, on a fresh browser: the honest file opens, then the act is
    // refused whole as it arrives with its past. The same program either way.
    StoreDevice other(90);
    ASSERT_TRUE(other.store.import_program_file(honest).ok());
    auto refused = other.store.import_program_file(hostile);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "not_allowed");
    EXPECT_TRUE(*other.store.recorded(world.program) == cy_after.state);
    EXPECT_EQ(*other.store.export_program_file(world.program), cy_after.bytes);

    // Cy's browser, opened again from its storage, sets the act aside again.
    Store reopened(world.cy_device.storage, world.cy_device.clock, world.cy_device.random);
    ASSERT_TRUE(reopened.open(true).ok());
    EXPECT_TRUE(*reopened.recorded(world.program) == cy_after.state);
    EXPECT_EQ(*reopened.export_program_file(world.program), cy_after.bytes);
}

TEST_F(HeldEvents, AHeldEventWhoseClockFallsBehindItsPastStillWaitsWhenThatPastArrives)
{
    // Ana's next change claims a lamport below the admin's change it had seen. It may
    // be damaged, or the admin's browser two-faced, with another version of that change
    // whose clock was lower: no browser can tell which while it holds one version. So
    // the change waits, in either order, held and passed on to nobody, and the program
    // is the admin's.
    const std::uint64_t anas_last = world.ana_device.store.log(world.program)->events().at(EventId{anas_key.device(), world.ana_device.store.log(world.program)->last_seq(anas_key.device())}).lamport;
    const Envelope act = signed_by_ana(people::actor_of(world.ana), inbox::InboxRead{world.ana, Timestamp{1800000500000}}, [&](Envelope& e) { e.lamport = anas_last + 1; });
    ASSERT_LT(act.lamport, world.admin.store.log(world.program)->max_lamport());
    const std::string hostile = file_of(world.program, {act});
    const std::string honest = admins_share();

    ASSERT_TRUE(world.cy_device.store.import_program_file(hostile).ok());
    auto completed = world.cy_device.store.import_program_file(honest);
    ASSERT_TRUE(completed.ok()) << completed.error().message;
    EXPECT_TRUE(completed->conflicts.empty());
    EXPECT_EQ(completed->pending, 1u);
    EXPECT_TRUE(world.cy_device.store.log(world.program)->pending().contains(act.id));
    EXPECT_TRUE(*world.cy_device.store.recorded(world.program) == *world.admin.store.recorded(world.program));
    EXPECT_EQ(*world.cy_device.store.export_program_file(world.program), admins_share());

    // The other order holds it too, and ends in the same program.
    StoreDevice other(91);
    ASSERT_TRUE(other.store.import_program_file(honest).ok());
    auto held = other.store.import_program_file(hostile);
    ASSERT_TRUE(held.ok()) << held.error().message;
    EXPECT_EQ(held->pending, 1u);
    EXPECT_TRUE(*other.store.recorded(world.program) == *world.admin.store.recorded(world.program));
    EXPECT_EQ(*other.store.export_program_file(world.program), admins_share());
}

TEST_F(HeldEvents, AHeldEventFromABrowserThatIsNotItsAuthorsIsRefusedAsItArrives)
{
    // Ben has no browser of his own: only the admin's speaks for him. No change that
    // may still arrive could make Ana's browser his, so the file is refused at once.
    const Envelope act = signed_by_ana(people::actor_of(world.ben), inbox::InboxRead{world.ben, Timestamp{1800000500000}});
    const auto files = world.cy_device.storage.files();
    const ProgramState before = *world.cy_device.store.recorded(world.program);
    auto refused = world.cy_device.store.import_program_file(file_of(world.program, {act}));
    ASSERT_FALSE(refused.ok()) << "the file was opened";
    EXPECT_EQ(refused.error().code, "not_allowed");
    EXPECT_NE(refused.error().message.find("held until the changes before it arrive, is not allowed: Ben's changes must come from the admin's browser"), std::string::npos)
        << refused.error().message;
    EXPECT_TRUE(world.cy_device.storage.files() == files) << "storage changed";
    EXPECT_TRUE(*world.cy_device.store.recorded(world.program) == before);
    EXPECT_TRUE(world.cy_device.store.log(world.program)->pending().empty());
}

TEST_F(HeldEvents, AHeldEventIsNotPassedOnUntilItIsAccepted)
{
    // Ana's honest request, which had seen Dee added, waits on Cy's browser.
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, ask_for_mentor(world.ana, world.mo, "r-ana")).ok());
    auto held = world.cy_device.store.import_program_file(*world.ana_device.store.changes_file(world.program));
    ASSERT_TRUE(held.ok()) << held.error().message;
    ASSERT_EQ(held->pending, 1u);
    const Envelope request = world.cy_device.store.log(world.program)->pending().begin()->second;

    // Neither Cy's shared file nor Cy's changes carry it: nobody is handed what Cy's
    // browser could not judge yet.
    auto carries = [&](const std::string& bytes) {
        for (const Envelope& envelope : read_file(bytes).events) {
            if (envelope.id == request.id)
                return true;
        }
        return false;
    };
    EXPECT_FALSE(carries(*world.cy_device.store.share_program_file(world.program)));
    ASSERT_TRUE(world.cy_device.store.execute_as(people::actor_of(world.cy), world.program, inbox::MarkInboxRead{world.cy, Timestamp{1800000600000}}).ok());
    EXPECT_FALSE(carries(*world.cy_device.store.changes_file(world.program)));

    // Once its past arrives it is accepted, and goes out like any other change.
    ASSERT_TRUE(world.cy_device.store.import_program_file(admins_share()).ok());
    EXPECT_TRUE(world.cy_device.store.log(world.program)->contains(request.id));
    EXPECT_TRUE(carries(*world.cy_device.store.share_program_file(world.program)));
}

TEST_F(HeldEvents, AFloodOfHeldEventsFromOneBrowserHoldsUpNoOtherBrowsersFiles)
{
    // A stranger's browser with its own key writes as many changes as one browser may
    // have held, all waiting for its first change, which it never sends.
    StoreDevice strangers_browser(92);
    world.share(world.admin, strangers_browser);
    io::KeySigner strangers_key(strangers_browser.key());
    const PersonId stranger{"u-flood"};
    EventLog log = *strangers_browser.store.log(world.program);
    std::vector<Envelope> flood;
    for (std::size_t i = 0; i <= MAX_PENDING_PER_DEVICE; ++i) {
        const Envelope& event = log.append_local(strangers_key.device(), people::actor_of(stranger), Timestamp{1800000500000}, inbox::InboxRead{stranger, Timestamp{1800000500000}}, &strangers_key);
        if (i > 0)
            flood.push_back(event);
    }
    const std::string flood_file = file_of(world.program, flood);
    const Envelope one_more = log.append_local(strangers_key.device(), people::actor_of(stranger), Timestamp{1800000500000}, inbox::InboxRead{stranger, Timestamp{1800000500000}}, &strangers_key);
    const std::string more_file = file_of(world.program, {one_more});

    // Ana's honest gap file: her second change without her first.
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, ask_for_mentor(world.ana, world.mo, "r-ana")).ok());
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, requests::WithdrawRequest{requests::RequestId{"r-ana"}, SYNC_DAY}).ok());
    std::vector<Envelope> anas = read_file(*world.ana_device.store.changes_file(world.program)).events;
    ASSERT_EQ(anas.size(), 2u);
    const std::string gap_file = file_of(world.program, {anas[1]});
    const std::string rest_file = file_of(world.program, {anas[0]});

    for (bool flood_first : {true, false}) {
        SCOPED_TRACE(flood_first ? "the flood first" : "the gap file first");
        StoreDevice cy(flood_first ? 93 : 94);
        ASSERT_TRUE(cy.store.import_program_file(*world.admin.store.export_program_file(world.program)).ok());
        const Held before = held_by(cy, world.program);
        auto open_flood = [&] {
            auto flooded = cy.store.import_program_file(flood_file);
            ASSERT_TRUE(flooded.ok()) << flooded.error().message;
            // The flood is held: it changes nothing and goes nowhere.
            EXPECT_TRUE(held_by(cy, world.program).state == before.state);
        };
        if (flood_first)
            open_flood();
        auto gap = cy.store.import_program_file(gap_file);
        ASSERT_TRUE(gap.ok()) << gap.error().message;
        if (!flood_first)
            open_flood();
        // The stranger's browser may add no more held changes: its own file is refused.
        auto more = cy.store.import_program_file(more_file);
        ASSERT_FALSE(more.ok());
        EXPECT_EQ(more.error().code, "too_many_pending");
        EXPECT_EQ(cy.store.log(world.program)->pending().size(), MAX_PENDING_PER_DEVICE + 1);
        // Ana's first change arrives: hers are accepted; the flood still waits, unshared.
        ASSERT_TRUE(cy.store.import_program_file(rest_file).ok());
        EXPECT_TRUE(cy.store.program(world.program)->requests.requests.contains(requests::RequestId{"r-ana"}));
        EXPECT_EQ(cy.store.log(world.program)->pending().size(), MAX_PENDING_PER_DEVICE);
        EXPECT_EQ(read_file(*cy.store.export_program_file(world.program)).events.size(), cy.store.log(world.program)->size());
    }
}
