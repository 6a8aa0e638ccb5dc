// A person's id is theirs: a key that registers as someone already named in the
// program (added by the admin, registered, declined or removed) would act as them.
// Each such file is refused whole, written as a hostile browser would with a real key
// of its own, and the browser that opened it stays as it was. The one id that may
// come back is a declined person's, registering again from their own browser.
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

class IdClaims : public ::testing::Test {
protected:
    // A registration as `id`, recorded after everything `from` holds and signed by
    // `key`: what a browser running altered code could write.
    Envelope registration_as(const StoreDevice& from, const PersonId& id, const io::KeySigner& key)
    {
        EventLog log = *from.store.log(world.program);
        const ProgramState& state = *from.store.program(world.program);
        people::RegistrationSubmitted registration{id, person("Mallory", "mallory@example.org", people::Role::Mentee),
                                                   required_answers(state, people::Role::Mentee)};
        return log.append_local(key.device(), people::actor_of(id), Timestamp{1800000500000}, registration, &key);
    }

    // Opens `file` on the admin's browser, which must refuse it and change nothing.
    Error refused_by_admin(const std::string& file)
    {
        const auto files = world.admin.storage.files();
        const ProgramState state = *world.admin.store.recorded(world.program);
        auto report = world.admin.store.import_program_file(file);
        EXPECT_FALSE(report.ok()) << "the file was opened";
        EXPECT_TRUE(world.admin.storage.files() == files) << "storage changed";
        EXPECT_TRUE(*world.admin.store.recorded(world.program) == state) << "the program changed";
        return report.ok() ? Error{} : report.error();
    }

    // Dee registers on a browser of her own and the admin declines her; every browser
    // then holds the admin's file.
    PersonId declined_dee()
    {
        world.share(world.admin, dee_device);
        const ProgramState& state = *dee_device.store.program(world.program);
        auto dee = dee_device.store.join_program(world.program, person("Dee", "dee@example.org", people::Role::Mentee),
                                                 required_answers(state, people::Role::Mentee));
        EXPECT_TRUE(dee.ok());
        world.send_changes(dee_device, world.admin);
        EXPECT_TRUE(world.admin.store.execute(world.program, people::DeclineRegistration{*dee, "This round is for Finance."}).ok());
        world.share(world.admin, dee_device);
        world.share(world.admin, world.ana_device);
        return *dee;
    }

    SharedProgram world;
    StoreDevice dee_device{7};
    io::KeySigner strangers_key{io::generate_device_key()};
};

}

TEST_F(IdClaims, AStrangerRegisteringAsSomeoneTheAdminAddedIsRefused)
{
    Error error = refused_by_admin(file_of(world.program, {registration_as(world.admin, world.ben, strangers_key)}));
    EXPECT_EQ(error.code, "not_allowed");
    EXPECT_NE(error.message.find("is Ben, already named in this program"), std::string::npos) << error.message;
}

TEST_F(IdClaims, AParticipantRegisteringAgainAsAnotherMemberIsRefused)
{
    // Ana's own enrolled key, claiming Cy's id.
    io::KeySigner anas_key{world.ana_device.key()};
    Error error = refused_by_admin(file_of(world.program, {registration_as(world.ana_device, world.cy, anas_key)}));
    EXPECT_EQ(error.code, "not_allowed");
    EXPECT_NE(error.message.find("is Cy, already named in this program"), std::string::npos) << error.message;
}

TEST_F(IdClaims, ADeclinedPersonsIdIsNotAnyoneElses)
{
    const PersonId dee = declined_dee();
    // A stranger, and Ana from her own enrolled browser, each claim Dee's id.
    EXPECT_NE(refused_by_admin(file_of(world.program, {registration_as(world.admin, dee, strangers_key)})).message.find("is Dee, already named"), std::string::npos);
    io::KeySigner anas_key{world.ana_device.key()};
    EXPECT_NE(refused_by_admin(file_of(world.program, {registration_as(world.ana_device, dee, anas_key)})).message.find("is Dee, already named"), std::string::npos);
    EXPECT_EQ(world.admin.store.program(world.program)->people.at(dee).membership, people::Membership::Declined);
}

TEST_F(IdClaims, ADeclinedPersonRegistersAgainFromTheirOwnBrowser)
{
    const PersonId dee = declined_dee();
    const ProgramState& state = *dee_device.store.program(world.program);
    people::PersonDetails details = person("Dee", "dee@example.org", people::Role::Mentee);
    auto again = dee_device.store.execute_as(people::actor_of(dee), world.program,
                                             people::JoinProgram{dee, details, required_answers(state, people::Role::Mentee)});
    ASSERT_TRUE(again.ok()) << again.error().message;
    world.send_changes(dee_device, world.admin);
    const ProgramState& admins = *world.admin.store.program(world.program);
    EXPECT_EQ(admins.people.at(dee).membership, people::Membership::AwaitingApproval);
    EXPECT_TRUE(admins.skipped.empty()) << admins.skipped.back().reason;
}

TEST_F(IdClaims, ARemovedPersonsIdIsNobodysAgain)
{
    ASSERT_TRUE(world.admin.store.execute(world.program, people::RemovePerson{world.cy}).ok());
    world.share(world.admin, world.ana_device);
    world.share(world.admin, world.cy_device);
    // Neither a stranger nor Cy's own browser may bring Cy back by registering.
    Error error = refused_by_admin(file_of(world.program, {registration_as(world.admin, world.cy, strangers_key)}));
    EXPECT_EQ(error.code, "not_allowed");
    EXPECT_NE(error.message.find("was a member who was removed from the program"), std::string::npos) << error.message;
    io::KeySigner cys_key{world.cy_device.key()};
    EXPECT_NE(refused_by_admin(file_of(world.program, {registration_as(world.cy_device, world.cy, cys_key)})).message.find("was a member who was removed"), std::string::npos);
    EXPECT_FALSE(world.admin.store.program(world.program)->people.contains(world.cy));
}

TEST_F(IdClaims, EveryBrowserRefusesTheClaimTheSameWay)
{
    const std::string file = file_of(world.program, {registration_as(world.admin, world.ben, strangers_key)});
    for (StoreDevice* device : {&world.admin, &world.ana_device, &world.cy_device}) {
        auto report = device->store.import_program_file(file);
        ASSERT_FALSE(report.ok());
        EXPECT_NE(report.error().message.find("is Ben, already named in this program"), std::string::npos) << report.error().message;
    }
}
