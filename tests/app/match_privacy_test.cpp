// Who reads a match's notes, against the bytes of the files people exchange: the reason
// a match ended early and an extension's note are for its two people and the admin.
// A third participant's browser reads none of it.
#include "core/domain/program/program_rules.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

const matching::MatchId ANA_CY{"x-ana-cy"};

class MatchPrivacy : public ::testing::Test {
protected:
    MatchPrivacy()
    {
        // Eve, a third participant with a browser of her own.
        world.share(world.admin, eve_device);
        const ProgramState& state = *world.admin.store.program(world.program);
        auto joined = eve_device.store.join_program(world.program, person("Eve", "eve@example.org", people::Role::Mentee), required_answers(state, people::Role::Mentee));
        EXPECT_TRUE(joined.ok());
        eve = *joined;
        world.send_changes(eve_device, world.admin);
        EXPECT_TRUE(world.admin.store.execute(world.program, people::ApproveRegistration{eve}).ok());
        // The admin matches Cy (mentor) with Ana (mentee); everyone opens the admin's file.
        const Date end = world.admin.store.program(world.program)->program->end;
        EXPECT_TRUE(world.admin.store.execute(world.program, matching::CreateMatches{program::FIRST_MATCH_TYPE, {matching::NewMatch{ANA_CY, world.cy, world.ana}}, SYNC_DAY, end}).ok());
        share_with_everyone();
    }

    void share_with_everyone()
    {
        for (StoreDevice* device : {&world.ana_device, &world.cy_device, &eve_device})
            world.share(world.admin, *device);
    }

    const matching::Match& match_at(StoreDevice& device) { return device.store.program(world.program)->matching.matches.at(ANA_CY); }

    // What `device` reads of a private text, or "" when it may not.
    std::string read_at(StoreDevice& device, const privacy::PrivateText& text) { return device.store.read_private(text).value_or(""); }

    SharedProgram world{31};
    StoreDevice eve_device{317};
    PersonId eve;
};

}

TEST_F(MatchPrivacy, AnExtensionsNoteAndAnEarlyEndsReasonAreForTheTwoPeopleAndTheAdminOnly)
{
    const std::string note = "Could we keep going through the summer sprint?";
    const std::string reason = "My team moves to the Porto office in March.";
    const Date new_end = Date{match_at(world.ana_device).end.days + 60};
    auto proposed = world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, match_life::ProposeExtension{ANA_CY, new_end, note, SYNC_DAY});
    ASSERT_TRUE(proposed.ok()) << proposed.error().message;
    world.send_changes(world.ana_device, world.cy_device);
    world.send_changes(world.ana_device, world.admin);
    share_with_everyone();
    for (StoreDevice* reader : {&world.ana_device, &world.cy_device, &world.admin}) {
        ASSERT_TRUE(match_at(*reader).extension);
        EXPECT_EQ(read_at(*reader, match_at(*reader).extension->note), note);
    }
    ASSERT_TRUE(match_at(eve_device).extension) << "Eve knows an extension was proposed";
    EXPECT_EQ(read_at(eve_device, match_at(eve_device).extension->note), "") << "but not its note";

    auto ended = world.cy_device.store.execute_as(people::actor_of(world.cy), world.program, match_life::EndMatch{ANA_CY, false, reason, SYNC_DAY});
    ASSERT_TRUE(ended.ok()) << ended.error().message;
    world.send_changes(world.cy_device, world.ana_device);
    world.send_changes(world.cy_device, world.admin);
    share_with_everyone();
    for (StoreDevice* reader : {&world.ana_device, &world.cy_device, &world.admin}) {
        EXPECT_EQ(match_at(*reader).state, matching::MatchState::EndedEarly);
        EXPECT_EQ(read_at(*reader, match_at(*reader).end_reason), reason);
    }
    EXPECT_EQ(match_at(eve_device).state, matching::MatchState::EndedEarly);
    EXPECT_EQ(read_at(eve_device, match_at(eve_device).end_reason), "");

    // No file anyone holds carries either in plain text.
    for (StoreDevice* device : {&world.admin, &world.ana_device, &world.cy_device, &eve_device}) {
        const std::string bytes = *device->store.export_program_file(world.program);
        EXPECT_EQ(bytes.find(note), std::string::npos);
        EXPECT_EQ(bytes.find(reason), std::string::npos);
        EXPECT_EQ(bytes.find("summer sprint"), std::string::npos);
        EXPECT_EQ(bytes.find("Porto"), std::string::npos);
    }
}
