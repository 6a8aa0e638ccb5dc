// The trust root survives the admin's browser: the admin enrols another browser (a
// co-admin), or restores the admin on a browser of its own from a passphrase-sealed
// backup of the admin key. A restored browser records with its own key, endorsed by
// the old one, so it never reuses the lost browser's numbers. Keys that try to enrol
// themselves without the admin's consent are refused whole, in either merge order,
// and leave honest browsers as they were.
#include "io/admin_backup.h"
#include "io/signing.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

constexpr std::string_view ADMIN_KEYS_PASSPHRASE = "correct horse battery";

class AdminKeys : public ::testing::Test {
protected:
    ActorId admin_actor() const { return world.admin.store.program(world.program)->program->admin; }

    // An enrolment `key` signs as `author`, after everything the admin's browser holds:
    // what altered code could write.
    Envelope signed_enrolment(const io::KeySigner& key, const ActorId& author, trust::AdminDeviceEnrolled body)
    {
        EventLog log = *world.admin.store.log(world.program);
        return log.append_local(key.device(), author, Timestamp{1800000500000}, std::move(body), &key);
    }

    // Opens `file` on `device`: refused whole, nothing changed.
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

    std::string backup_of_admin()
    {
        auto backup = world.admin.store.admin_backup_file(world.program, ADMIN_KEYS_PASSPHRASE);
        EXPECT_TRUE(backup.ok()) << backup.error().message;
        return backup.ok() ? *backup : std::string();
    }

    // A fresh browser holding the admin's file, restored as the admin from its backup.
    void restore_on_fresh()
    {
        world.share(world.admin, fresh);
        auto restored = fresh.store.restore_admin(backup_of_admin(), ADMIN_KEYS_PASSPHRASE);
        ASSERT_TRUE(restored.ok()) << restored.error().message;
        EXPECT_EQ(*restored, world.program);
    }

    std::string exported(StoreDevice& device) { return *device.store.export_program_file(world.program); }

    SharedProgram world;
    StoreDevice fresh{41};
    StoreDevice strangers_browser{42};
};

}

TEST_F(AdminKeys, AKeyThatEnrolsItselfWithoutTheAdminsConsentIsRefusedInEitherOrder)
{
    world.share(world.admin, strangers_browser);
    io::KeySigner strangers_key{strangers_browser.key()};
    const DeviceId stranger = strangers_key.device();
    const DeviceId admins_device = world.admin.store.identity().device;
    const DeviceId anas_device = world.ana_device.store.identity().device;
    io::KeySigner anas_key{world.ana_device.key()};
    struct Attack {
        std::string what;
        Envelope event;
        std::string reason;
    };
    const std::vector<Attack> attacks = {
        {"no endorsement, naming itself", signed_enrolment(strangers_key, admin_actor(), {stranger, stranger, ""}), "must come from the admin's own browser"},
        {"no endorsement, naming the admin's browser", signed_enrolment(strangers_key, admin_actor(), {stranger, admins_device, ""}), "must name the device that records it"},
        {"endorsed by its own key", signed_enrolment(strangers_key, admin_actor(), {stranger, stranger, io::endorse_admin_device(strangers_browser.key(), world.program, stranger)}), "not by one of the admin's devices"},
        {"endorsed by a participant's browser", signed_enrolment(strangers_key, admin_actor(), {stranger, anas_device, io::endorse_admin_device(world.ana_device.key(), world.program, stranger)}), "not by one of the admin's devices"},
        {"a participant's browser enrolling a co-admin", signed_enrolment(anas_key, people::actor_of(world.ana), {stranger, anas_device, ""}), "only the program admin enrols"},
        {"a participant's browser enrolling a co-admin as the admin", signed_enrolment(anas_key, admin_actor(), {stranger, anas_device, ""}), "must come from the admin's own browser"},
    };
    // The honest change that arrives before or after the attack: the admin adds Dee.
    ASSERT_TRUE(world.admin.store.add_person(world.program, person("Dee", "dee@example.org", people::Role::Mentor)).ok());
    const std::string honest = *world.admin.store.export_program_file(world.program);
    for (const Attack& attack : attacks) {
        SCOPED_TRACE(attack.what);
        // Before the honest file (on Cy's browser) and after it (on the stranger's own).
        Error before = refused_by(world.cy_device, file_of(world.program, {attack.event}));
        EXPECT_EQ(before.code, "not_allowed");
        EXPECT_NE(before.message.find(attack.reason), std::string::npos) << before.message;
        StoreDevice honest_browser(43);
        ASSERT_TRUE(honest_browser.store.import_program_file(honest).ok());
        Error after = refused_by(honest_browser, file_of(world.program, {attack.event}));
        EXPECT_EQ(after.code, "not_allowed");
        // A bad endorsement is refused as an altered file, before any rule.
        if (const auto* enrolment = std::get_if<trust::AdminDeviceEnrolled>(&attack.event.body); enrolment && !enrolment->endorsement.empty()) {
            Envelope altered = attack.event;
            std::get<trust::AdminDeviceEnrolled>(altered.body).endorsed_by = admins_device;
            altered.signature.clear();
            altered.signature = strangers_key.sign(world.program, altered);
            Error forged = refused_by(honest_browser, file_of(world.program, {altered}));
            EXPECT_EQ(forged.code, "bad_signature") << forged.message;
        }
    }
    ASSERT_TRUE(world.cy_device.store.import_program_file(honest).ok());
    StoreDevice reference(44);
    ASSERT_TRUE(reference.store.import_program_file(honest).ok());
    EXPECT_EQ(exported(world.cy_device), exported(reference));
    EXPECT_EQ(world.cy_device.store.admin_keys(world.program).size(), 1u);
}

TEST_F(AdminKeys, ARestoredAdminsApprovalIsAcceptedByTheOtherBrowsers)
{
    restore_on_fresh();
    EXPECT_TRUE(fresh.store.administers(world.program));
    EXPECT_EQ(fresh.store.actor_in(world.program), admin_actor());
    // It records with its own key, never the old one.
    EXPECT_NE(fresh.store.identity().device, world.admin.store.identity().device);
    const auto keys = fresh.store.admin_keys(world.program);
    ASSERT_EQ(keys.size(), 2u);
    EXPECT_TRUE(keys[0].first);
    EXPECT_TRUE(keys[1].this_browser);
    EXPECT_EQ(keys[1].fingerprint, fresh.store.device_fingerprint());

    // Dee registers on her own browser and sends it to the restored admin, who approves.
    StoreDevice dee_device(45);
    world.share(fresh, dee_device);
    const ProgramState& state = *dee_device.store.program(world.program);
    auto dee = dee_device.store.join_program(world.program, person("Dee", "dee@example.org", people::Role::Mentee), required_answers(state, people::Role::Mentee));
    ASSERT_TRUE(dee.ok());
    world.send_changes(dee_device, fresh);
    ASSERT_TRUE(fresh.store.execute(world.program, people::ApproveRegistration{*dee}).ok());

    for (StoreDevice* other : {&world.ana_device, &world.cy_device, &dee_device, &world.admin}) {
        ImportReport report = world.share(fresh, *other);
        EXPECT_EQ(other->store.program(world.program)->people.at(*dee).membership, people::Membership::Active);
        EXPECT_TRUE(other->store.program(world.program)->skipped.empty());
        EXPECT_EQ(report.admin_fingerprints.size(), 2u);
        EXPECT_EQ(exported(*other), exported(fresh));
    }
    // Dee acts from her browser, approved by the restored admin.
    EXPECT_TRUE(dee_device.store.can_act_as(world.program, people::actor_of(*dee)));
}

TEST_F(AdminKeys, TheOldAndTheRestoredBrowserBothActAndConverge)
{
    restore_on_fresh();
    world.share(world.admin, world.ana_device);
    // The old browser comes back and both act at once, as the admin and as a kiosk.
    ASSERT_TRUE(world.admin.store.add_person(world.program, person("Eve", "eve@example.org", people::Role::Mentor)).ok());
    ASSERT_TRUE(fresh.store.add_person(world.program, person("Fay", "fay@example.org", people::Role::Mentee)).ok());
    ASSERT_TRUE(fresh.store.execute_as(people::actor_of(world.ben), world.program, inbox::MarkInboxRead{world.ben, Timestamp{1800000100000}}).ok());
    world.send_changes(world.admin, fresh);
    world.send_changes(fresh, world.admin);
    world.share(world.admin, world.ana_device);
    world.send_changes(fresh, world.ana_device);
    EXPECT_EQ(exported(world.admin), exported(fresh));
    EXPECT_EQ(exported(world.ana_device), exported(fresh));
    const ProgramState& state = *world.admin.store.program(world.program);
    EXPECT_TRUE(state.skipped.empty());
    EXPECT_EQ(state.people.size(), 6u);
    EXPECT_TRUE(state.trust.is_admin_device(fresh.store.identity().device));
    // Nobody was excluded: the two browsers never signed under one key.
    EXPECT_TRUE(world.admin.store.log(world.program)->exclusions().empty());
}

TEST_F(AdminKeys, AWrongPassphraseChangesNothing)
{
    world.share(world.admin, fresh);
    const std::string backup = backup_of_admin();
    const auto files = fresh.storage.files();
    const ProgramState before = *fresh.store.recorded(world.program);
    auto refused = fresh.store.restore_admin(backup, "wrong horse battery");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "wrong_passphrase");
    EXPECT_NE(refused.error().message.find("nothing was changed"), std::string::npos);
    EXPECT_TRUE(fresh.storage.files() == files);
    EXPECT_TRUE(*fresh.store.recorded(world.program) == before);
    EXPECT_FALSE(fresh.store.administers(world.program));
}

TEST_F(AdminKeys, ABackupNeedsTheProgramAndComesOnlyFromAnAdminBrowser)
{
    auto from_participant = world.ana_device.store.admin_backup_file(world.program, ADMIN_KEYS_PASSPHRASE);
    ASSERT_FALSE(from_participant.ok());
    EXPECT_EQ(from_participant.error().code, "not_admin_device");
    auto summary = fresh.store.read_admin_backup(backup_of_admin());
    ASSERT_TRUE(summary.ok());
    EXPECT_FALSE(summary->program_here);
    EXPECT_EQ(summary->admin_fingerprint, world.admin.store.device_fingerprint());
    auto without_program = fresh.store.restore_admin(backup_of_admin(), ADMIN_KEYS_PASSPHRASE);
    ASSERT_FALSE(without_program.ok());
    EXPECT_EQ(without_program.error().code, "no_program");
    // A participant's browser cannot become the admin's.
    auto on_participant = world.ana_device.store.restore_admin(backup_of_admin(), ADMIN_KEYS_PASSPHRASE);
    ASSERT_FALSE(on_participant.ok());
    EXPECT_EQ(on_participant.error().code, "persons_browser");
    auto short_passphrase = world.admin.store.admin_backup_file(world.program, "short");
    ASSERT_FALSE(short_passphrase.ok());
}

TEST_F(AdminKeys, TheAdminEnrolsACoAdminByTheIdItsBrowserShows)
{
    StoreDevice co_admin(46);
    world.share(world.admin, co_admin);
    EXPECT_FALSE(world.ana_device.store.enrol_admin_device(world.program, co_admin.store.identity().device).ok());
    auto participant = world.admin.store.enrol_admin_device(world.program, world.ana_device.store.identity().device);
    ASSERT_FALSE(participant.ok());
    EXPECT_EQ(participant.error().code, "persons_browser");
    EXPECT_FALSE(world.admin.store.enrol_admin_device(world.program, DeviceId{"k-nonsense"}).ok());
    ASSERT_TRUE(world.admin.store.enrol_admin_device(world.program, co_admin.store.identity().device).ok());
    ImportReport report = world.share(world.admin, co_admin);
    EXPECT_TRUE(report.admin_keys_added);
    EXPECT_EQ(report.admin_fingerprints.size(), 2u);
    EXPECT_TRUE(co_admin.store.administers(world.program));
    ASSERT_TRUE(co_admin.store.execute(world.program, program::ChangeProgramDetails{"Renamed by the co-admin", "About"}).ok());
    world.send_changes(co_admin, world.admin);
    EXPECT_EQ(world.admin.store.program(world.program)->program->name, "Renamed by the co-admin");
    // The co-admin may back up its own key too.
    EXPECT_TRUE(co_admin.store.admin_backup_file(world.program, ADMIN_KEYS_PASSPHRASE).ok());
}
