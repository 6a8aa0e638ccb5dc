// Files a hostile or careless browser could write: a participant doing what only the
// admin may, someone's key speaking for another, altered, replayed, renumbered and
// unsigned events. Each is refused with its own reason, and the browser that opened
// it stays exactly as it was, in memory and in storage. (Two-faced events, validly
// signed, open with their browser excluded: equivocation_test.cpp.)
#include "core/domain/program/program_rules.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

class Attack : public ::testing::Test {
protected:
    // An event recorded in `from`'s copy of the log as `author`, signed by `signer`:
    // what a browser running altered code could write.
    Envelope forged(const StoreDevice& from, const ActorId& author, EventBody body, const EventSigner& signer)
    {
        EventLog log = *from.store.log(world.program);
        return log.append_local(signer.device(), author, Timestamp{1800000500000}, std::move(body), &signer);
    }

    // Opens `file` on the admin's browser, which must refuse it and change nothing.
    Error refused_by_admin(const std::string& file)
    {
        const auto files = world.admin.storage.files();
        const ProgramState state = *world.admin.store.recorded(world.program);
        const auto revision = world.admin.store.revision();
        auto report = world.admin.store.import_program_file(file);
        EXPECT_FALSE(report.ok()) << "the file was opened";
        EXPECT_TRUE(world.admin.storage.files() == files) << "storage changed";
        EXPECT_TRUE(*world.admin.store.recorded(world.program) == state) << "the program changed";
        EXPECT_EQ(world.admin.store.revision(), revision);
        return report.ok() ? Error{} : report.error();
    }

    // Ana's request to Mo, recorded on her own browser: a valid signed event.
    Envelope anas_request()
    {
        EXPECT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, ask_for_mentor(world.ana, world.mo, "r-ana")).ok());
        const EventLog& log = *world.ana_device.store.log(world.program);
        return log.events().at(EventId{world.ana_device.store.identity().device, log.last_seq(world.ana_device.store.identity().device)});
    }

    SharedProgram world;
    io::KeySigner anas_key{world.ana_device.key()};
};

}

TEST_F(Attack, TheSignerOfTheTestIsTheKeyOfAnasBrowser)
{
    // The attacks below sign with the key kept in Ana's browser's storage.
    EXPECT_EQ(anas_key.device(), world.ana_device.store.identity().device);
    EXPECT_TRUE(world.ana_device.store.can_act_as(world.program, people::actor_of(world.ana)));
}

TEST_F(Attack, AParticipantCreatingAMatchIsRefusedAsNotTheAdmin)
{
    matching::MatchesCreated match{program::FIRST_MATCH_TYPE, {matching::NewMatch{matching::MatchId{"x-forged"}, world.mo, world.ana}}, SYNC_DAY, add_years(SYNC_DAY, 1)};
    Envelope event = forged(world.ana_device, people::actor_of(world.ana), match, anas_key);
    Error error = refused_by_admin(file_of(world.program, {event}));
    EXPECT_EQ(error.code, "not_allowed");
    EXPECT_NE(error.message.find("(MatchesCreated) is not allowed: only the program's admin may do this"), std::string::npos) << error.message;
    EXPECT_TRUE(world.admin.store.program(world.program)->matching.matches.empty());
}

TEST_F(Attack, TheAdminsNameSignedByAnotherKeyIsRefused)
{
    const ActorId admin = world.admin.store.identity().actor;
    Envelope event = forged(world.ana_device, admin, people::PersonAdded{PersonId{"u-planted"}, person("Planted", "planted@example.org")}, anas_key);
    Error error = refused_by_admin(file_of(world.program, {event}));
    EXPECT_EQ(error.code, "not_allowed");
    EXPECT_NE(error.message.find("the program admin's events must come from the admin's own browser"), std::string::npos) << error.message;
}

TEST_F(Attack, ALookalikeOfAnotherPersonSignedWithTheAuthorsOwnKeyIsSetAsideAndChangesNoOne)
{
    // Ana's browser, running altered code, turns Ana into a lookalike of Ben: his name
    // and email, each with a zero-width space that the "already used" check cannot see.
    const ProgramState before = *world.admin.store.recorded(world.program);
    people::PersonDetails lookalike = before.people.at(world.ben).details;
    lookalike.name = "Ben\xE2\x80\x8B";
    lookalike.email = "ben\xE2\x80\x8B@example.org";
    Envelope event = forged(world.ana_device, people::actor_of(world.ana), people::ProfileUpdated{world.ana, lookalike, before.people.at(world.ana).profile}, anas_key);

    // Ana may edit her own profile, so this is no act beyond her rights that would
    // refuse the file: replay refuses the event by the rule on names, with its reason,
    // as it would refuse it on any device.
    auto report = world.admin.store.import_program_file(file_of(world.program, {event}));
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->conflicts.size(), 1u);
    EXPECT_EQ(report->conflicts[0].event, event.id);
    EXPECT_EQ(report->conflicts[0].reason, "name: holds an invisible or direction-changing character (U+200B); type it again without it");

    // Nobody changed: Ana is still Ana, Ben the only Ben; only the refusal is recorded.
    ProgramState after = *world.admin.store.recorded(world.program);
    EXPECT_EQ(after.people.at(world.ana).details, before.people.at(world.ana).details);
    EXPECT_EQ(after.people, before.people);
    ASSERT_EQ(after.skipped.size(), before.skipped.size() + 1);
    EXPECT_EQ(after.skipped.back().code, "invisible_character");
    after.skipped = before.skipped;
    EXPECT_TRUE(after == before) << "the program changed beyond the record of the refusal";

    // Another browser that opens the admin's file refuses it the same way.
    world.share(world.admin, world.cy_device);
    EXPECT_TRUE(*world.cy_device.store.recorded(world.program) == *world.admin.store.recorded(world.program));
}

TEST_F(Attack, AnEventWithOneByteChangedIsRefusedAsABadSignature)
{
    anas_request();
    const std::string honest = *world.ana_device.store.changes_file(world.program);
    std::string altered = honest;
    // The request's id is in the event's body, in plain text (its message is sealed).
    const auto at = altered.find("\"r-ana\"");
    ASSERT_NE(at, std::string::npos);
    altered[at + 5] = 'b';
    Error error = refused_by_admin(altered);
    EXPECT_EQ(error.code, "bad_signature");
    EXPECT_NE(error.message.find("does not match its signature"), std::string::npos) << error.message;
    // The unaltered file opens: only the changed byte was refused.
    EXPECT_TRUE(world.admin.store.import_program_file(honest).ok());
}

TEST_F(Attack, AnEventCopiedIntoAnotherProgramOrRenumberedIsRefusedAsABadSignature)
{
    auto other = world.admin.store.create_program("Second program", "");
    ASSERT_TRUE(other.ok());
    // An event of the first program, signed by the admin's own key, offered as one of
    // the second: same device, same seq, same body.
    const EventLog& first = *world.admin.store.log(world.program);
    const DeviceId admin_device = world.admin.store.identity().device;
    Envelope moved = first.events().at(EventId{admin_device, 2});
    Error error = refused_by_admin(file_of(*other, {moved}));
    EXPECT_EQ(error.code, "bad_signature");
    EXPECT_NE(error.message.find("signed for another program"), std::string::npos) << error.message;
    EXPECT_EQ(world.admin.store.log(*other)->size(), 1u);

    Envelope renumbered = first.events().at(EventId{admin_device, first.last_seq(admin_device)});
    renumbered.id.seq += 1;
    renumbered.lamport += 1;
    EXPECT_EQ(refused_by_admin(file_of(world.program, {renumbered})).code, "bad_signature");
}

TEST_F(Attack, AnEventFromAnUnknownKeyForSomeoneNotInTheProgramIsRefused)
{
    io::KeySigner strangers_key(io::generate_device_key());
    const PersonId nobody{"u-nobody"};
    Envelope event = forged(world.admin, people::actor_of(nobody), inbox::InboxRead{nobody, Timestamp{1800000500000}}, strangers_key);
    ASSERT_EQ(event.id.seq, 1u);
    Error error = refused_by_admin(file_of(world.program, {event}));
    EXPECT_EQ(error.code, "not_allowed");
    EXPECT_NE(error.message.find("the author u-nobody is not a member of this program"), std::string::npos) << error.message;
}

TEST_F(Attack, AParticipantActingAsAnotherFromTheirOwnBrowserIsRefused)
{
    Envelope event = forged(world.ana_device, people::actor_of(world.ben), inbox::InboxRead{world.ben, Timestamp{1800000500000}}, anas_key);
    Error error = refused_by_admin(file_of(world.program, {event}));
    EXPECT_EQ(error.code, "not_allowed");
    EXPECT_NE(error.message.find("Ben's changes must come from the admin's browser or from the browser they registered on"), std::string::npos) << error.message;
}

TEST_F(Attack, TheStoreRefusesToRecordForSomeoneThisBrowserMayNotActFor)
{
    const auto files = world.ana_device.storage.files();
    const ProgramState state = *world.ana_device.store.recorded(world.program);
    EXPECT_FALSE(world.ana_device.store.can_act_as(world.program, people::actor_of(world.ben)));
    auto refused = world.ana_device.store.execute_as(people::actor_of(world.ben), world.program, inbox::MarkInboxRead{world.ben, Timestamp{1800000500000}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "device_not_enrolled");
    // Cy registered on another browser: Ana's may not speak for Cy either.
    auto as_cy = world.ana_device.store.execute_as(people::actor_of(world.cy), world.program, inbox::MarkInboxRead{world.cy, Timestamp{1800000500000}});
    ASSERT_FALSE(as_cy.ok());
    EXPECT_EQ(as_cy.error().code, "device_not_enrolled");
    EXPECT_TRUE(world.ana_device.storage.files() == files);
    EXPECT_TRUE(*world.ana_device.store.recorded(world.program) == state);
}

TEST_F(Attack, AnUnsignedEventFromASigningBrowserIsRefused)
{
    Envelope event = anas_request();
    event.signature.clear();
    Error error = refused_by_admin(file_of(world.program, {event}));
    EXPECT_EQ(error.code, "unsigned_event");
    EXPECT_NE(error.message.find("is not signed, though its device signs everything"), std::string::npos) << error.message;
}

TEST_F(Attack, TwoVersionsOfOneEventWithOneSignatureAreRefusedAsAlteredWhole)
{
    // Ana's event with its body changed and her signature kept: not two things her
    // browser said (that is equivocation_test.cpp), but an altered file.
    Envelope first = forged(world.ana_device, people::actor_of(world.ana), inbox::InboxRead{world.ana, Timestamp{1800000500000}}, anas_key);
    ASSERT_TRUE(world.admin.store.import_program_file(file_of(world.program, {first})).ok());
    Envelope altered = first;
    altered.body = inbox::InboxRead{world.ana, Timestamp{1800000900000}};
    EXPECT_EQ(refused_by_admin(file_of(world.program, {altered})).code, "bad_signature");
}

TEST_F(Attack, AnotherKeyCreatingTheSameProgramAgainIsRefusedByThePinnedAdminKey)
{
    // A program created anew under the same id by another browser, whose device could
    // sort first in replay and take the program over if it were let in.
    io::KeySigner impostor(io::generate_device_key());
    EventLog log(world.program);
    Envelope creation = log.append_local(impostor.device(), ActorId{"a-impostor"}, Timestamp{1}, program::ProgramCreated{world.program, "Taken over", ""}, &impostor);
    Error error = refused_by_admin(file_of(world.program, {creation}));
    EXPECT_EQ(error.code, "admin_key_mismatch");
    EXPECT_NE(error.message.find(world.admin.store.admin_fingerprint(world.program)), std::string::npos) << error.message;
    EXPECT_NE(world.admin.store.program(world.program)->program->name, "Taken over");
    // A browser that holds the program from the admin refuses it too.
    EXPECT_FALSE(world.ana_device.store.import_program_file(file_of(world.program, {creation})).ok());
}
