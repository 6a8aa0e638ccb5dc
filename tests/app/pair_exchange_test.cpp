// A mentor and a mentee exchange their changes directly, without the admin in the
// middle; the admin, hearing from both later in any order, ends up with the same.
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

TEST(PairExchange, AMenteeAndAMentorAgreeWithoutTheAdminAndTheAdminCatchesUp)
{
    SharedProgram shared(6);
    ASSERT_TRUE(shared.ana_device.store.execute_as(people::actor_of(shared.ana), shared.program, ask_for_mentor(shared.ana, shared.cy, "r-1")).ok());

    // Ana's file goes straight to Cy, whose browser holds the admin's last share too.
    ImportReport at_cy = shared.send_changes(shared.ana_device, shared.cy_device);
    EXPECT_EQ(at_cy.added, 1u);
    EXPECT_EQ(at_cy.pending, 0u);
    ASSERT_EQ(shared.cy_device.store.program(shared.program)->requests.requests.size(), 1u);
    auto accepted = shared.cy_device.store.execute_as(people::actor_of(shared.cy), shared.program, answer(requests::RequestId{"r-1"}, true, "m-1"));
    ASSERT_TRUE(accepted.ok()) << accepted.error().message;

    // Cy's answer goes straight back to Ana: both see the match.
    shared.send_changes(shared.cy_device, shared.ana_device);
    for (StoreDevice* device : {&shared.ana_device, &shared.cy_device}) {
        const auto& matches = device->store.program(shared.program)->matching.matches;
        ASSERT_EQ(matches.size(), 1u);
        EXPECT_EQ(matches.begin()->second.mentee, shared.ana);
        EXPECT_EQ(matches.begin()->second.mentor, shared.cy);
    }

    // The admin hears Cy first: the acceptance waits for the request it answers.
    ImportReport first = shared.send_changes(shared.cy_device, shared.admin);
    EXPECT_GT(first.pending, 0u);
    ASSERT_FALSE(first.missing.empty());
    EXPECT_NE(first.missing.front().find(io::fingerprint(shared.ana_device.store.identity().device)), std::string::npos) << first.missing.front();
    EXPECT_TRUE(shared.admin.store.program(shared.program)->matching.matches.empty());
    ImportReport second = shared.send_changes(shared.ana_device, shared.admin);
    EXPECT_EQ(second.pending, 0u);
    EXPECT_TRUE(second.missing.empty());

    EXPECT_EQ(*shared.admin.store.recorded(shared.program), *shared.cy_device.store.recorded(shared.program));
    EXPECT_EQ(*shared.admin.store.export_program_file(shared.program), *shared.cy_device.store.export_program_file(shared.program));
}
