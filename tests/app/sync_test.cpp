// Sharing a signed program by files: any part of an export opens, pieces that make up
// the whole give exactly the whole, the order files arrive in does not matter, "send
// my changes" carries only what the others have not shown back, and the sync status
// says what was exchanged and what is still missing.
#include "io/signing.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// The shared program after some back and forth: Ana asked Mo (whom only the admin's
// browser speaks for) and Cy; Cy accepted on his own browser; Ana read her inbox.
struct BusyProgram : SharedProgram {
    BusyProgram()
    {
        EXPECT_TRUE(ana_device.store.execute_as(people::actor_of(ana), program, ask_for_mentor(ana, mo, "r-mo")).ok());
        EXPECT_TRUE(ana_device.store.execute_as(people::actor_of(ana), program, ask_for_mentor(ana, cy, "r-cy")).ok());
        send_changes(ana_device, admin);
        share(admin, cy_device);
        EXPECT_TRUE(cy_device.store.execute_as(people::actor_of(cy), program, answer(requests::RequestId{"r-cy"}, true, "x-1")).ok());
        send_changes(cy_device, admin);
        EXPECT_TRUE(admin.store.execute_as(people::actor_of(mo), program, answer(requests::RequestId{"r-mo"}, false, "")).ok());
        share(admin, ana_device);
        EXPECT_TRUE(ana_device.store.execute_as(people::actor_of(ana), program, inbox::MarkInboxRead{ana, ana_device.clock.now()}).ok());
        send_changes(ana_device, admin);
        whole = *admin.store.export_program_file(program);
    }

    std::string whole;
};

std::vector<Envelope> shuffled(std::vector<Envelope> events, SeededRandom& random)
{
    for (std::size_t i = events.size(); i > 1; --i)
        std::swap(events[i - 1], events[random.next_u64() % i]);
    return events;
}

}

TEST(Sync, TheBusyProgramHasEventsFromEveryBrowser)
{
    // What the tests below cut apart holds the events they are about.
    BusyProgram world;
    const ProgramState& state = *world.admin.store.program(world.program);
    EXPECT_EQ(state.requests.requests.at(requests::RequestId{"r-cy"}).status, requests::RequestStatus::Accepted);
    EXPECT_EQ(state.requests.requests.at(requests::RequestId{"r-mo"}).status, requests::RequestStatus::Declined);
    EXPECT_EQ(state.matching.matches.size(), 1u);
    EXPECT_TRUE(state.skipped.empty());
    std::set<DeviceId> devices;
    for (const Envelope& envelope : read_file(world.whole).events)
        devices.insert(envelope.id.device);
    EXPECT_EQ(devices.size(), 3u);
}

TEST(Sync, AnyPartOfASignedExportOpens)
{
    BusyProgram world;
    const std::vector<Envelope> events = read_file(world.whole).events;
    SeededRandom random(5);
    std::size_t held = 0;
    for (int round = 0; round < 40; ++round) {
        std::vector<Envelope> part;
        for (const Envelope& envelope : events) {
            if (random.next_u64() % 2 == 0)
                part.push_back(envelope);
        }
        if (part.empty())
            continue;
        StoreDevice fresh(100 + round);
        auto report = fresh.store.import_program_file(file_of(world.program, part));
        ASSERT_TRUE(report.ok()) << "round " << round << ": " << report.error().message;
        EXPECT_EQ(report->added + report->pending, part.size());
        held += report->pending;
    }
    // Parts with gaps: some events were held until their device's earlier ones arrive.
    EXPECT_GT(held, 0u);
}

TEST(Sync, PiecesWhoseUnionIsTheWholeGiveExactlyTheWhole)
{
    BusyProgram world;
    StoreDevice reference(50);
    ASSERT_TRUE(reference.store.import_program_file(world.whole).ok());
    const std::vector<Envelope> events = read_file(world.whole).events;
    SeededRandom random(9);
    for (int round = 0; round < 12; ++round) {
        // Every event goes into one random piece, and now and then into a second one too.
        std::vector<std::vector<Envelope>> pieces(2 + random.next_u64() % 4);
        for (const Envelope& envelope : shuffled(events, random)) {
            pieces[random.next_u64() % pieces.size()].push_back(envelope);
            if (random.next_u64() % 4 == 0)
                pieces[random.next_u64() % pieces.size()].push_back(envelope);
        }
        StoreDevice device(200 + round);
        for (const auto& piece : pieces) {
            if (piece.empty())
                continue;
            auto report = device.store.import_program_file(file_of(world.program, piece));
            ASSERT_TRUE(report.ok()) << "round " << round << ": " << report.error().message;
        }
        EXPECT_TRUE(device.store.log(world.program)->pending().empty());
        EXPECT_TRUE(*device.store.recorded(world.program) == *reference.store.recorded(world.program)) << "round " << round;
        EXPECT_EQ(*device.store.export_program_file(world.program), world.whole) << "round " << round;
    }
}

TEST(Sync, TheOrderFilesArriveInDoesNotChangeTheExport)
{
    BusyProgram world;
    // One more change on each browser, so each file holds something the others lack.
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, inbox::MarkInboxRead{world.ana, Timestamp{1800000800000}}).ok());
    ASSERT_TRUE(world.admin.store.add_person(world.program, person("Di", "di@example.org", people::Role::Mentor)).ok());
    ASSERT_TRUE(world.cy_device.store.execute_as(people::actor_of(world.cy), world.program, inbox::MarkInboxRead{world.cy, Timestamp{1800000700000}}).ok());
    std::vector<std::string> files{
        *world.admin.store.export_program_file(world.program),
        *world.ana_device.store.changes_file(world.program),
        *world.cy_device.store.export_program_file(world.program),
    };
    std::vector<std::size_t> order{0, 1, 2};
    std::string first;
    int orders = 0;
    do {
        StoreDevice device(300 + orders);
        for (std::size_t i : order)
            ASSERT_TRUE(device.store.import_program_file(files[i]).ok()) << "order " << orders;
        const std::string exported = *device.store.export_program_file(world.program);
        if (first.empty())
            first = exported;
        EXPECT_EQ(exported, first) << "order " << orders;
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    EXPECT_EQ(orders, 6);

    // Grouped differently: the three merged into one file first, then opened.
    std::vector<Envelope> together;
    for (const std::string& file : files) {
        auto events = read_file(file).events;
        together.insert(together.end(), events.begin(), events.end());
    }
    StoreDevice grouped(400);
    ASSERT_TRUE(grouped.store.import_program_file(file_of(world.program, together)).ok());
    EXPECT_EQ(*grouped.store.export_program_file(world.program), first);
    // And the browsers themselves agree once each has opened the others' files.
    for (StoreDevice* device : {&world.admin, &world.ana_device, &world.cy_device}) {
        for (const std::string& file : files)
            ASSERT_TRUE(device->store.import_program_file(file).ok());
        EXPECT_EQ(*device->store.export_program_file(world.program), first);
    }
}

TEST(Sync, SendMyChangesCarriesOnlyThisBrowsersEventsNotYetShownBack)
{
    SharedProgram world;
    const DeviceId anas = world.ana_device.store.identity().device;
    // Ana's registration came back in the admin's shared file: nothing is unsent.
    EXPECT_EQ(world.ana_device.store.changes_file(world.program).error().code, "nothing_to_send");

    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, ask_for_mentor(world.ana, world.mo, "r-1")).ok());
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, ask_for_mentor(world.ana, world.cy, "r-2")).ok());
    const auto first = read_file(*world.ana_device.store.changes_file(world.program)).events;
    ASSERT_EQ(first.size(), 2u);
    for (const Envelope& envelope : first)
        EXPECT_EQ(envelope.id.device, anas);
    EXPECT_EQ(first[0].id.seq, 2u);
    EXPECT_EQ(first[1].id.seq, 3u);
    const std::string before_the_admin_had_them = *world.admin.store.export_program_file(world.program);
    ASSERT_TRUE(world.admin.store.import_program_file(file_of(world.program, first)).ok());
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, inbox::MarkInboxRead{world.ana, Timestamp{1800000600000}}).ok());

    // A file the admin made before having them shows nothing back: all three stay.
    ASSERT_TRUE(world.ana_device.store.import_program_file(before_the_admin_had_them).ok());
    EXPECT_EQ(read_file(*world.ana_device.store.changes_file(world.program)).events.size(), 3u);

    // The admin's re-shared file holds the two requests: only the newer event is left.
    world.share(world.admin, world.ana_device);
    const auto after = read_file(*world.ana_device.store.changes_file(world.program)).events;
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].id, (EventId{anas, 4}));
    EXPECT_TRUE(std::holds_alternative<inbox::InboxRead>(after[0].body));
}

TEST(Sync, TheSyncStatusSaysWhatWasExchangedAndWhatIsMissing)
{
    SharedProgram world;
    const std::vector<Envelope> events = read_file(*world.admin.store.export_program_file(world.program)).events;
    const DeviceId admins = world.admin.store.identity().device;
    // The admin's events adding Mo and Ben go missing on the way.
    std::uint64_t mo_added = 0;
    for (const Envelope& envelope : events) {
        if (const auto* added = std::get_if<people::PersonAdded>(&envelope.body); added && added->id == world.mo)
            mo_added = envelope.id.seq;
    }
    ASSERT_GT(mo_added, 1u);
    std::vector<Envelope> part;
    for (const Envelope& envelope : events) {
        if (envelope.id.device != admins || (envelope.id.seq != mo_added && envelope.id.seq != mo_added + 1))
            part.push_back(envelope);
    }
    // Held: the admin's later events, and Ana's and Cy's registrations, which were
    // recorded after their browsers had seen Mo and Ben added.
    std::size_t held = 0;
    for (const Envelope& envelope : part)
        held += envelope.id.device == admins ? envelope.id.seq > mo_added + 1 : 1;
    ASSERT_EQ(held, 4u);

    StoreDevice device(60, Timestamp{1800000100000});
    EXPECT_FALSE(device.store.sync_status(world.program).last_import.has_value());
    auto report = device.store.import_program_file(file_of(world.program, part));
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->pending, held);
    EXPECT_EQ(report->added, part.size() - held);
    EXPECT_EQ(device.store.program(world.program)->people.size(), 0u);

    SyncStatus status = device.store.sync_status(world.program);
    EXPECT_EQ(status.last_import, Timestamp{1800000100000});
    EXPECT_FALSE(status.last_export.has_value());
    EXPECT_EQ(status.unsent, 0u);
    EXPECT_EQ(status.pending, held);
    ASSERT_EQ(status.missing.size(), 1u);
    EXPECT_EQ(status.missing[0], "4 changes wait for changes " + std::to_string(mo_added) + " to " + std::to_string(mo_added + 1) + " from device " + io::fingerprint(admins));
    EXPECT_EQ(report->missing, status.missing);

    // Someone registers on this browser: one change unsent, until it leaves in a file.
    device.clock.set(Timestamp{1800000200000});
    ASSERT_TRUE(device.store.join_program(world.program, person("Eve", "eve@example.org", people::Role::Mentee), required_answers(*device.store.program(world.program), people::Role::Mentee)).ok());
    EXPECT_EQ(device.store.sync_status(world.program).unsent, 1u);
    device.clock.set(Timestamp{1800000300000});
    ASSERT_TRUE(device.store.changes_file(world.program).ok());
    status = device.store.sync_status(world.program);
    EXPECT_EQ(status.unsent, 0u);
    EXPECT_EQ(status.last_export, Timestamp{1800000300000});
    EXPECT_EQ(status.last_import, Timestamp{1800000100000});

    // The missing events arrive: nothing is held any more.
    device.clock.set(Timestamp{1800000400000});
    ASSERT_TRUE(device.store.import_program_file(*world.admin.store.export_program_file(world.program)).ok());
    status = device.store.sync_status(world.program);
    EXPECT_EQ(status.pending, 0u);
    EXPECT_TRUE(status.missing.empty());
    EXPECT_EQ(status.last_import, Timestamp{1800000400000});
    EXPECT_TRUE(*device.store.recorded(world.program) != *world.admin.store.recorded(world.program)) << "Eve's registration is only here";
}

// Found by these tests: Store::join_program was refused on every browser but the
// admin's ("device_not_enrolled"), because the store asked whether the browser may act
// for a person who does not exist until the registration itself is recorded.
TEST(SyncRegression, AParticipantJoinsFromTheirOwnBrowser)
{
    StoreDevice admin(71);
    StoreDevice own(72);
    auto program = admin.store.set_up_program(requesting_setup(true), questionnaire::default_questionnaire());
    ASSERT_TRUE(program.ok());
    ASSERT_TRUE(own.store.import_program_file(*admin.store.share_program_file(*program)).ok());
    auto joined = own.store.join_program(*program, person("Ana", "ana@example.org", people::Role::Mentee), required_answers(*own.store.program(*program), people::Role::Mentee));
    ASSERT_TRUE(joined.ok()) << joined.error().code << ": " << joined.error().message;
    EXPECT_EQ(own.store.joined_on_this_device(*program), std::vector<PersonId>{*joined});
    auto report = admin.store.import_program_file(*own.store.changes_file(*program));
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(admin.store.program(*program)->people.at(*joined).membership, people::Membership::AwaitingApproval);
    // Once approved and back on the own browser, Ana acts from there.
    ASSERT_TRUE(admin.store.execute(*program, people::ApproveRegistration{*joined}).ok());
    ASSERT_TRUE(own.store.import_program_file(*admin.store.share_program_file(*program)).ok());
    EXPECT_TRUE(own.store.can_act_as(*program, people::actor_of(*joined)));
}

// Found by the simulation (seed 39): two browsers register one address without knowing
// of each other. Replay keeps the earlier registration and skips the later one
// ("email_taken", a conflict); the later person's own events then fail as "not a member
// of this program", which counts as an authority refusal, so the file carrying them is
// refused whole, on every browser and for good.
TEST(SyncRegression, TwoBrowsersRegisteringOneAddressStillExchangeTheirFiles)
{
    StoreDevice admin(81);
    StoreDevice first(82);
    StoreDevice second(83);
    auto program = admin.store.set_up_program(requesting_setup(false), questionnaire::default_questionnaire());
    ASSERT_TRUE(program.ok());
    const std::string shared = *admin.store.share_program_file(*program);
    ASSERT_TRUE(first.store.import_program_file(shared).ok());
    ASSERT_TRUE(second.store.import_program_file(shared).ok());
    const people::Answers answers = required_answers(*first.store.program(*program), people::Role::Mentee);
    for (StoreDevice* device : {&first, &second}) {
        auto joined = device->store.join_program(*program, person("Sam", "sam@example.org"), answers);
        ASSERT_TRUE(joined.ok()) << joined.error().message;
        // Each reads their inbox afterwards: an event of their own after the registration.
        ASSERT_TRUE(device->store.execute_as(people::actor_of(*joined), *program, inbox::MarkInboxRead{*joined, device->clock.now()}).ok());
    }
    const std::string from_first = *first.store.export_program_file(*program);
    const std::string from_second = *second.store.export_program_file(*program);
    for (StoreDevice* device : {&admin, &first, &second}) {
        for (const std::string* file : {&from_first, &from_second}) {
            auto report = device->store.import_program_file(*file);
            EXPECT_TRUE(report.ok()) << report.error().message;
        }
    }
    const std::string everything = *admin.store.export_program_file(*program);
    EXPECT_EQ(*first.store.export_program_file(*program), everything);
    EXPECT_EQ(*second.store.export_program_file(*program), everything);
    // One Sam joined; the other registration is a conflict the rule resolved.
    const ProgramState& state = *admin.store.program(*program);
    EXPECT_EQ(std::count_if(state.people.begin(), state.people.end(), [](const auto& entry) { return entry.second.details.email == "sam@example.org"; }), 1);
}

// Found by the simulation (and by AnyPartOfASignedExportOpens): a participant's "send
// my changes" file reaches a browser that has the registration but not yet the admin's
// approval. The request in it fails "must come from the browser they registered on,
// once approved", an authority refusal, and the honest file is refused; it opens only
// after the admin's file has been opened there first.
TEST(SyncRegression, AChangesFileArrivingBeforeTheApprovalItFollowsOpens)
{
    StoreDevice admin(91);
    StoreDevice anas(92);
    StoreDevice other(93);
    auto program = admin.store.set_up_program(requesting_setup(true), questionnaire::default_questionnaire());
    ASSERT_TRUE(program.ok());
    auto mo = admin.store.add_person(*program, person("Mo", "mo@example.org", people::Role::Mentor));
    ASSERT_TRUE(mo.ok());
    const std::string first_share = *admin.store.share_program_file(*program);
    ASSERT_TRUE(anas.store.import_program_file(first_share).ok());
    ASSERT_TRUE(other.store.import_program_file(first_share).ok());
    auto ana = anas.store.join_program(*program, person("Ana", "ana@example.org"), required_answers(*anas.store.program(*program), people::Role::Mentee));
    ASSERT_TRUE(ana.ok()) << ana.error().message;
    // Ana sends her registration to the admin and to the other browser.
    const std::string registration = *anas.store.changes_file(*program);
    ASSERT_TRUE(admin.store.import_program_file(registration).ok());
    ASSERT_TRUE(other.store.import_program_file(registration).ok());
    ASSERT_TRUE(admin.store.execute(*program, people::ApproveRegistration{*ana}).ok());
    ASSERT_TRUE(anas.store.import_program_file(*admin.store.share_program_file(*program)).ok());
    ASSERT_TRUE(anas.store.execute_as(people::actor_of(*ana), *program, ask_for_mentor(*ana, *mo, "r-1")).ok());

    // The other browser opens Ana's request before the admin's file with the approval.
    auto early = other.store.import_program_file(*anas.store.changes_file(*program));
    EXPECT_TRUE(early.ok()) << early.error().message;
    ASSERT_TRUE(other.store.import_program_file(*admin.store.export_program_file(*program)).ok());
    ASSERT_TRUE(other.store.import_program_file(*anas.store.export_program_file(*program)).ok());
    ASSERT_TRUE(admin.store.import_program_file(*anas.store.export_program_file(*program)).ok());
    EXPECT_EQ(*other.store.export_program_file(*program), *admin.store.export_program_file(*program));
    EXPECT_EQ(other.store.program(*program)->requests.requests.at(requests::RequestId{"r-1"}).status, requests::RequestStatus::Pending);
}

// Found by the fuzzer: a participant's changes file opened in a browser that has never
// opened the program's own file. Its changes are kept, waiting for their past; nothing
// can be shared from there yet (held changes are not passed on), and the browser says
// so instead of writing a file no other browser could open. Once the program's file
// arrives, the waiting changes join it.
TEST(SyncRegression, ChangesOpenedBeforeTheProgramWaitAndCannotBeSharedYet)
{
    StoreDevice admin(94);
    StoreDevice anas(95);
    StoreDevice fresh(96);
    auto program = admin.store.set_up_program(requesting_setup(true), questionnaire::default_questionnaire());
    ASSERT_TRUE(program.ok());
    const std::string share = *admin.store.share_program_file(*program);
    ASSERT_TRUE(anas.store.import_program_file(share).ok());
    auto ana = anas.store.join_program(*program, person("Ana", "ana@example.org"), required_answers(*anas.store.program(*program), people::Role::Mentee));
    ASSERT_TRUE(ana.ok()) << ana.error().message;

    auto early = fresh.store.import_program_file(*anas.store.changes_file(*program));
    ASSERT_TRUE(early.ok()) << early.error().message;
    EXPECT_EQ(early->added, 0u);
    EXPECT_GT(early->pending, 0u);
    auto refused = fresh.store.export_program_file(*program);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("wait for the program's own file"), std::string::npos) << refused.error().message;

    ASSERT_TRUE(fresh.store.import_program_file(share).ok());
    EXPECT_EQ(*fresh.store.export_program_file(*program), *anas.store.export_program_file(*program));
}
