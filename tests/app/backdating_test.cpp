// Backdating: a browser with a real key of its own numbers its event early, so that it
// replays before honest events it was never part of. A registration's id names the
// browser it was recorded on, and a registration awaiting approval holds no email, so
// an early registration takes nothing an honest event needs: each attack runs in both
// merge orders, and every honest browser ends with the bytes it would have without it.
#include "core/domain/trust/trust_rules.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

class Backdating : public ::testing::Test {
protected:
    Backdating()
    {
        world.share(world.admin, strangers_browser);
        setup = world.admin.store.log(world.program)->events().at(EventId{world.admin.store.identity().device, world.admin.store.log(world.program)->last_seq(world.admin.store.identity().device) - 1});
    }

    // A registration signed by the stranger's key and numbered early: it says it had
    // seen the admin's changes up to the one before the last (the questionnaire it
    // answers among them), and its clock is one above them, as the rule wants. It
    // replays before everything anyone records from now on, whenever it arrives.
    Envelope early_registration(const PersonId& id, const std::string& email)
    {
        const ProgramState& state = *world.admin.store.program(world.program);
        Envelope event;
        event.id = EventId{strangers_key.device(), 1};
        event.author = people::actor_of(id);
        event.recorded_at = Timestamp{1800000500000};
        event.body = people::RegistrationSubmitted{id, person("Mallory", email, people::Role::Mentee), required_answers(state, people::Role::Mentee)};
        event.seen[setup.id.device] = setup.id.seq;
        event.lamport = setup.lamport + 1;
        event.signature = strangers_key.sign(world.program, event);
        EXPECT_TRUE(io::verify_event(world.program, event).ok());
        return event;
    }

    // Opens `file` on `device`, which must refuse it and change nothing.
    Error refused_by(StoreDevice& device, const std::string& file)
    {
        const auto files = device.storage.files();
        const ProgramState state = *device.store.recorded(world.program);
        auto report = device.store.import_program_file(file);
        EXPECT_FALSE(report.ok()) << "the file was opened";
        EXPECT_TRUE(device.storage.files() == files) << "storage changed";
        EXPECT_TRUE(*device.store.recorded(world.program) == state) << "the program changed";
        return report.ok() ? Error{} : report.error();
    }

    std::string shared_by_admin() { return *world.admin.store.export_program_file(world.program); }

    SharedProgram world;
    Envelope setup;
    StoreDevice strangers_browser{77};
    io::KeySigner strangers_key{strangers_browser.key()};
};

}

TEST_F(Backdating, AnEarlyRegistrationCannotClaimAnIdTheAdminGivesLater)
{
    // The stranger guesses nothing: it takes the id the admin's browser gives Dee, from
    // the file the admin shares, and numbers its claim before that addition.
    auto dee = world.admin.store.add_person(world.program, person("Dee", "dee@example.org", people::Role::Mentor));
    ASSERT_TRUE(dee.ok());
    const std::string attack = file_of(world.program, {early_registration(*dee, "mallory@example.org")});

    // The admin's browser, which holds the addition, refuses it.
    Error error = refused_by(world.admin, attack);
    EXPECT_EQ(error.code, "not_allowed");
    EXPECT_NE(error.message.find("does not name the browser that recorded it"), std::string::npos) << error.message;
    // So does Ana's, which opens the claim before the addition reaches her.
    refused_by(world.ana_device, attack);
    world.share(world.admin, world.ana_device);
    EXPECT_EQ(world.ana_device.store.program(world.program)->people.at(*dee).details.name, "Dee");
    EXPECT_EQ(*world.ana_device.store.export_program_file(world.program), shared_by_admin());
    // The admin's changes to Dee take effect as Dee's.
    people::PersonDetails details = world.admin.store.program(world.program)->people.at(*dee).details;
    details.job_title = "Head of Data";
    ASSERT_TRUE(world.admin.store.execute(world.program, people::UpdatePerson{*dee, details}).ok());
    EXPECT_TRUE(world.admin.store.program(world.program)->skipped.empty());
}

TEST_F(Backdating, AnEarlyRegistrationCannotTakeTheIdOfSomeoneAwaitingApproval)
{
    // Eve registers on her own browser; the stranger copies her id from her changes
    // file and numbers its own registration as her before hers.
    StoreDevice eves_device(78);
    world.share(world.admin, eves_device);
    const ProgramState& state = *eves_device.store.program(world.program);
    auto eve = eves_device.store.join_program(world.program, person("Eve", "eve@example.org", people::Role::Mentee), required_answers(state, people::Role::Mentee));
    ASSERT_TRUE(eve.ok());
    const std::string eves_changes = *eves_device.store.changes_file(world.program);
    const std::string attack = file_of(world.program, {early_registration(*eve, "mallory@example.org")});

    // Claim first, then Eve's file, on Ana's browser; Eve's first, then the claim, on the admin's.
    refused_by(world.ana_device, attack);
    ASSERT_TRUE(world.ana_device.store.import_program_file(eves_changes).ok());
    ASSERT_TRUE(world.admin.store.import_program_file(eves_changes).ok());
    refused_by(world.admin, attack);

    // The admin's approval approves Eve, and it is Eve's browser that acts as her.
    ASSERT_TRUE(world.admin.store.execute(world.program, people::ApproveRegistration{*eve}).ok());
    world.share(world.admin, eves_device);
    world.share(world.admin, world.ana_device);
    const ProgramState& admins = *world.admin.store.program(world.program);
    EXPECT_EQ(admins.people.at(*eve).details.name, "Eve");
    EXPECT_EQ(admins.trust.registered_on.at(*eve), io::device_id_of(eves_device.key()));
    ASSERT_TRUE(eves_device.store.execute_as(people::actor_of(*eve), world.program, ask_for_mentor(*eve, world.mo, "r-eve")).ok());
    world.send_changes(eves_device, world.admin);
    EXPECT_EQ(world.admin.store.program(world.program)->requests.requests.at(requests::RequestId{"r-eve"}).status, requests::RequestStatus::Pending);
    world.share(world.admin, world.ana_device);
    EXPECT_EQ(*world.ana_device.store.export_program_file(world.program), shared_by_admin());
}

TEST_F(Backdating, AnEarlyRegistrationCannotTakeTheEmailOfSomeoneTheAdminAdds)
{
    // The stranger registers under an id of its own, numbered early, with the address
    // of a person the admin is about to add. Awaiting approval, it holds no address.
    const PersonId strangers_id = trust::bound_person_id(strangers_key.device(), "0000000000000e01");
    const std::string attack = file_of(world.program, {early_registration(strangers_id, "dee@example.org")});

    // Ana's browser opens the registration first, then the admin's addition of Dee.
    ASSERT_TRUE(world.ana_device.store.import_program_file(attack).ok());
    auto dee = world.admin.store.add_person(world.program, person("Dee", "dee@example.org", people::Role::Mentor));
    ASSERT_TRUE(dee.ok());
    world.share(world.admin, world.ana_device);
    // The admin's browser opens the registration after adding Dee.
    ASSERT_TRUE(world.admin.store.import_program_file(attack).ok());

    for (StoreDevice* device : {&world.admin, &world.ana_device}) {
        const ProgramState& state = *device->store.program(world.program);
        EXPECT_EQ(state.people.at(*dee).membership, people::Membership::Active);
        EXPECT_EQ(state.people.at(strangers_id).membership, people::Membership::AwaitingApproval);
        EXPECT_TRUE(state.skipped.empty()) << state.skipped.front().reason;
    }
    EXPECT_EQ(*world.ana_device.store.export_program_file(world.program), shared_by_admin());
    // The address is Dee's: approving the stranger is refused, and says why.
    auto approval = world.admin.store.execute(world.program, people::ApproveRegistration{strangers_id});
    ASSERT_FALSE(approval.ok());
    EXPECT_NE(approval.error().message.find("dee@example.org is already used by Dee"), std::string::npos) << approval.error().message;
}

TEST_F(Backdating, AnEventNumberedBeforeWhatItHadSeenIsRefused)
{
    // Ana's own enrolled key says it had seen the admin's latest change, yet numbers its
    // event as if it had seen only the creation: it would replay before that change.
    io::KeySigner anas_key{world.ana_device.key()};
    EventLog log = *world.ana_device.store.log(world.program);
    Envelope event = log.append_local(anas_key.device(), people::actor_of(world.ana), Timestamp{1800000500000}, inbox::InboxRead{world.ana, Timestamp{1800000500000}}, &anas_key);
    event.lamport = 2;
    event.signature.clear();
    event.signature = anas_key.sign(world.program, event);
    Error error = refused_by(world.admin, file_of(world.program, {event}));
    EXPECT_EQ(error.code, "lamport_not_rising");
}
