// A browser that signs two different versions of one change with its own real key, and
// gives one to each of two browsers: whoever sees both sets aside that browser's
// changes from the disputed one on, says so in plain words, and opens the file that
// showed it; after the two browsers exchange files they hold the same program and
// share the same bytes, whichever file went first.
#include "io/signing.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// Two versions of Ana's change number `seq`, each validly signed with her browser's
// key: her browser's next change if `seq` is its next number, or one after a change
// `before` that is withheld.
struct TwoFaced {
    Envelope before;
    Envelope first;
    Envelope second;
};

TwoFaced two_faced(SharedProgram& world, bool after_a_withheld_change)
{
    io::KeySigner key(world.ana_device.key());
    EventLog log = *world.ana_device.store.log(world.program);
    TwoFaced out;
    auto next = [&](std::int64_t at) {
        return log.append_local(key.device(), people::actor_of(world.ana), Timestamp{at}, inbox::InboxRead{world.ana, Timestamp{at}}, &key);
    };
    if (after_a_withheld_change)
        out.before = next(1800000400000);
    out.first = next(1800000500000);
    out.second = out.first;
    out.second.body = inbox::InboxRead{world.ana, Timestamp{1800000900000}};
    out.second.signature.clear();
    out.second.signature = key.sign(world.program, out.second);
    EXPECT_TRUE(io::verify_event(world.program, out.second).ok());
    return out;
}

std::string exclusion_line(std::uint64_t seq)
{
    const std::string n = "#" + std::to_string(seq);
    return "Changes from Ana's browser from " + n + " on were set aside: it sent two different versions of change " + n;
}

// Both versions reach one browser each, then the two browsers exchange their shared
// files, `admin_first` deciding whose file is opened first. Checks what each browser's
// people rely on at every step.
void two_browsers_exchange(bool admin_first, bool after_a_withheld_change)
{
    SCOPED_TRACE(std::string(admin_first ? "the admin's file first" : "Cy's file first") + (after_a_withheld_change ? ", versions held at first" : ""));
    SharedProgram world(admin_first ? 5 : 6);
    const ProgramState honest = *world.admin.store.recorded(world.program);
    const std::string honest_bytes = *world.admin.store.export_program_file(world.program);
    const TwoFaced ana = two_faced(world, after_a_withheld_change);
    const DeviceId anas = ana.first.id.device;

    ASSERT_TRUE(world.admin.store.import_program_file(file_of(world.program, {ana.first})).ok());
    ASSERT_TRUE(world.cy_device.store.import_program_file(file_of(world.program, {ana.second})).ok());
    if (after_a_withheld_change) {
        // Held, each version stays where it arrived: nothing two-faced goes out yet.
        EXPECT_EQ(*world.admin.store.export_program_file(world.program), honest_bytes);
        const std::string before = file_of(world.program, {ana.before});
        ASSERT_TRUE(world.admin.store.import_program_file(before).ok());
        ASSERT_TRUE(world.cy_device.store.import_program_file(before).ok());
    }
    ASSERT_TRUE(world.admin.store.log(world.program)->contains(ana.first.id));

    StoreDevice& first = admin_first ? world.admin : world.cy_device;
    StoreDevice& second = admin_first ? world.cy_device : world.admin;
    const std::string first_file = *first.store.share_program_file(world.program);
    auto shown = second.store.import_program_file(first_file);
    ASSERT_TRUE(shown.ok()) << "the file that showed two versions was refused: " << shown.error().message;
    EXPECT_EQ(shown->exclusions, std::vector<std::string>{exclusion_line(ana.first.id.seq)});
    auto back = first.store.import_program_file(*second.store.share_program_file(world.program));
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->exclusions, std::vector<std::string>{exclusion_line(ana.first.id.seq)});

    // The same program and the same bytes on both; Ana's changes below the disputed one
    // stay, the disputed one and later are gone; the Sharing screen says why.
    for (StoreDevice* device : {&world.admin, &world.cy_device}) {
        const EventLog& log = *device->store.log(world.program);
        EXPECT_FALSE(log.contains(ana.first.id));
        EXPECT_EQ(log.last_seq(anas), ana.first.id.seq - 1);
        ASSERT_TRUE(log.exclusions().contains(anas));
        EXPECT_EQ(log.exclusions().at(anas).from_seq, ana.first.id.seq);
        EXPECT_EQ(device->store.sync_status(world.program).exclusions, std::vector<std::string>{exclusion_line(ana.first.id.seq)});
    }
    EXPECT_TRUE(*world.admin.store.recorded(world.program) == *world.cy_device.store.recorded(world.program));
    const std::string bytes = *world.admin.store.export_program_file(world.program);
    EXPECT_EQ(*world.cy_device.store.export_program_file(world.program), bytes);
    if (after_a_withheld_change)
        EXPECT_TRUE(world.admin.store.log(world.program)->contains(ana.before.id));
    else
        EXPECT_TRUE(*world.admin.store.recorded(world.program) == honest) << "the honest program changed";

    // A browser that opens either file afterwards reaches the same exclusion from the
    // evidence it carries; one opened again from storage keeps it.
    StoreDevice third(admin_first ? 95 : 96);
    auto opened = third.store.import_program_file(bytes);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_EQ(opened->exclusions, std::vector<std::string>{exclusion_line(ana.first.id.seq)});
    EXPECT_EQ(*third.store.export_program_file(world.program), bytes);
    Store reopened(world.admin.storage, world.admin.clock, world.admin.random);
    ASSERT_TRUE(reopened.open(true).ok());
    EXPECT_EQ(*reopened.export_program_file(world.program), bytes);

    if (after_a_withheld_change)
        return;
    // Ana's browser itself records its next change under the disputed number: a third
    // version, left out like every later change of that browser; the file still opens,
    // and the two browsers still agree once they exchange files again.
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, inbox::MarkInboxRead{world.ana, Timestamp{1800001000000}}).ok());
    const ProgramState before = *world.admin.store.recorded(world.program);
    auto later = world.admin.store.import_program_file(*world.ana_device.store.changes_file(world.program));
    ASSERT_TRUE(later.ok()) << later.error().message;
    EXPECT_EQ(later->added, 0u);
    EXPECT_TRUE(*world.admin.store.recorded(world.program) == before);
    EXPECT_EQ(world.admin.store.log(world.program)->exclusions().at(anas).from_seq, ana.first.id.seq);
    world.share(world.admin, world.cy_device);
    world.share(world.cy_device, world.admin);
    EXPECT_EQ(*world.cy_device.store.export_program_file(world.program), *world.admin.store.export_program_file(world.program));
}

}

TEST(Equivocation, TwoVersionsGivenToTwoBrowsersConvergeWhicheverFileIsOpenedFirst)
{
    two_browsers_exchange(true, false);
    two_browsers_exchange(false, false);
}

TEST(Equivocation, TwoVersionsOfAHeldChangeConvergeOnceTheirPastArrives)
{
    two_browsers_exchange(true, true);
    two_browsers_exchange(false, true);
}

TEST(Equivocation, BothVersionsInOneFileOpenWithTheBrowserExcluded)
{
    SharedProgram world(7);
    const TwoFaced ana = two_faced(world, false);
    StoreDevice fresh(97);
    std::vector<Envelope> everything = read_file(*world.admin.store.export_program_file(world.program)).events;
    everything.push_back(ana.first);
    everything.push_back(ana.second);
    auto opened = fresh.store.import_program_file(file_of(world.program, everything));
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_EQ(opened->exclusions, std::vector<std::string>{exclusion_line(ana.first.id.seq)});
    EXPECT_TRUE(*fresh.store.recorded(world.program) == *world.admin.store.recorded(world.program));
    // Opened in the other order, the versions swapped, the bytes are the same.
    StoreDevice other(98);
    std::swap(everything[everything.size() - 1], everything[everything.size() - 2]);
    ASSERT_TRUE(other.store.import_program_file(file_of(world.program, everything)).ok());
    EXPECT_EQ(*other.store.export_program_file(world.program), *fresh.store.export_program_file(world.program));
}

TEST(Equivocation, AForgedVersionBesideAnHonestOneExcludesTheBrowserEverywhere)
{
    // Ana's browser signs a change as an author the program does not know, which it
    // says came after the admin added Dee, and then records its honest change under the
    // same number. Cy's browser, which has not seen Dee added, holds the forgery; the
    // admin's accepts the honest version. Once Cy's browser has both, it excludes Ana's
    // browser from that change on: the admin's must come to the same, though one of the
    // two versions is a forgery that no browser accepts.
    for (bool forgery_first : {true, false}) {
        SCOPED_TRACE(forgery_first ? "the forgery held first" : "the honest version first");
        SharedProgram world(forgery_first ? 8 : 9);
        ASSERT_TRUE(world.admin.store.add_person(world.program, person("Dee", "dee@example.org", people::Role::Mentor)).ok());
        world.share(world.admin, world.ana_device);
        io::KeySigner key(world.ana_device.key());
        EventLog log = *world.ana_device.store.log(world.program);
        const Envelope forged = log.append_local(key.device(), ActorId{"a-nobody"}, Timestamp{1800000500000}, inbox::InboxRead{world.ana, Timestamp{1800000500000}}, &key);
        ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, inbox::MarkInboxRead{world.ana, Timestamp{1800000600000}}).ok());
        const std::string honest = *world.ana_device.store.changes_file(world.program);
        ASSERT_EQ(read_file(honest).events.back().id, forged.id);

        auto hold = [&] {
            auto held = world.cy_device.store.import_program_file(file_of(world.program, {forged}));
            ASSERT_TRUE(held.ok()) << held.error().message;
        };
        if (forgery_first)
            hold();
        ASSERT_TRUE(world.admin.store.import_program_file(honest).ok());
        world.share(world.admin, world.cy_device);
        if (!forgery_first)
            hold();
        ASSERT_TRUE(world.cy_device.store.log(world.program)->exclusions().contains(key.device()));

        world.share(world.cy_device, world.admin);
        world.share(world.admin, world.cy_device);
        EXPECT_TRUE(world.admin.store.log(world.program)->exclusions().contains(key.device()));
        EXPECT_FALSE(world.admin.store.log(world.program)->contains(forged.id));
        EXPECT_TRUE(*world.admin.store.recorded(world.program) == *world.cy_device.store.recorded(world.program));
        EXPECT_TRUE(*world.admin.store.export_program_file(world.program) == *world.cy_device.store.export_program_file(world.program));
    }
}

TEST(Equivocation, AnHonestVersionBesideTwoForgedOnesWithLowerSignaturesStillTravels)
{
    // Cy's browser holds two forged versions of Ana's next change (as authors nobody
    // knows, after the admin added Dee, which Cy has not seen), both signed lower than
    // the version Ana's browser records and the admin accepts. Evidence is kept by its
    // lowest signatures, and forged versions alone never go out: the honest version
    // must stay with them, or the admin keeps Ana's change that Cy set aside.
    SharedProgram world(11);
    ASSERT_TRUE(world.admin.store.add_person(world.program, person("Dee", "dee@example.org", people::Role::Mentor)).ok());
    world.share(world.admin, world.ana_device);
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, inbox::MarkInboxRead{world.ana, Timestamp{1800000600000}}).ok());
    const std::string honest = *world.ana_device.store.changes_file(world.program);
    const Envelope version = read_file(honest).events.back();
    io::KeySigner key(world.ana_device.key());
    std::vector<Envelope> forged;
    for (std::int64_t at = 1800000500000; forged.size() < 2; ++at) {
        Envelope event = version;
        event.author = ActorId{"a-nobody"};
        event.recorded_at = Timestamp{at};
        event.signature.clear();
        event.signature = key.sign(world.program, event);
        if (event.signature < version.signature)
            forged.push_back(event);
    }
    ASSERT_TRUE(world.cy_device.store.import_program_file(file_of(world.program, forged)).ok());
    ASSERT_TRUE(world.admin.store.import_program_file(honest).ok());
    world.share(world.admin, world.cy_device);
    ASSERT_TRUE(world.cy_device.store.log(world.program)->exclusions().contains(key.device()));

    world.share(world.cy_device, world.admin);
    world.share(world.admin, world.cy_device);
    EXPECT_FALSE(world.admin.store.log(world.program)->contains(version.id));
    EXPECT_TRUE(*world.admin.store.recorded(world.program) == *world.cy_device.store.recorded(world.program));
    EXPECT_TRUE(*world.admin.store.export_program_file(world.program) == *world.cy_device.store.export_program_file(world.program));
}

TEST(Equivocation, AChangeThatFollowedOneVersionOpensWhereTheOtherVersionIsHeld)
{
    // Found by the hostile simulation (hostile_simulation_test.cpp, seed 44 of its
    // first version), where a changes file of an honest browser was refused as damaged.
    // Ana's browser signs two versions of its next change with different clocks: one
    // says it had seen the admin add Dee, the other not. The admin's browser takes the
    // later one, Cy's the earlier, and Cy records a change after it. Cy's changes file
    // is honest: it must open on the admin's browser, though its clock is not above
    // the version of Ana's change held there.
    SharedProgram world(10);
    io::KeySigner key(world.ana_device.key());
    const EventLog before_dee = *world.ana_device.store.log(world.program);
    ASSERT_TRUE(world.admin.store.add_person(world.program, person("Dee", "dee@example.org", people::Role::Mentor)).ok());
    world.share(world.admin, world.ana_device);
    EventLog early = before_dee;
    EventLog late = *world.ana_device.store.log(world.program);
    const Envelope first = early.append_local(key.device(), people::actor_of(world.ana), Timestamp{1800000500000}, inbox::InboxRead{world.ana, Timestamp{1800000500000}}, &key);
    const Envelope second = late.append_local(key.device(), people::actor_of(world.ana), Timestamp{1800000500000}, inbox::InboxRead{world.ana, Timestamp{1800000500000}}, &key);
    ASSERT_EQ(first.id, second.id);
    ASSERT_LT(first.lamport, second.lamport);

    ASSERT_TRUE(world.cy_device.store.import_program_file(file_of(world.program, {first})).ok());
    ASSERT_TRUE(world.admin.store.import_program_file(file_of(world.program, {second})).ok());
    ASSERT_TRUE(world.cy_device.store.execute_as(people::actor_of(world.cy), world.program, inbox::MarkInboxRead{world.cy, Timestamp{1800000600000}}).ok());
    auto opened = world.admin.store.import_program_file(*world.cy_device.store.changes_file(world.program));
    EXPECT_TRUE(opened.ok()) << opened.error().message;
}
