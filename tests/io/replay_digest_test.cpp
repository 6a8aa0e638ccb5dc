// The replay digest tells apart any two sequences of events that differ at all: in
// content, in order, or in where one event ends and the next begins.
#include "io/replay_digest.h"
#include "support/builders.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

std::string digest_of(const std::vector<Envelope>& events)
{
    io::ReplayDigest digest;
    for (const Envelope& envelope : events)
        digest.add(envelope);
    return digest.finish();
}

std::vector<Envelope> three_events()
{
    SimulatedDevice admin("d-admin", ADMIN);
    EXPECT_TRUE(admin.act(program::CreateProgram{PROGRAM, "Pilot", "About"}, 1000));
    EXPECT_TRUE(admin.act(people::AddPerson{PersonId{"u-ana"}, person("Ana Lima", "ana@example.org")}, 2000));
    EXPECT_TRUE(admin.act(people::AddPerson{PersonId{"u-bo"}, person("Bo Chen", "bo@example.org")}, 3000));
    return all_events(admin.log);
}

}

TEST(ReplayDigest, TheSameEventsGiveTheSameDigestAndAnyDifferenceAnother)
{
    const std::vector<Envelope> events = three_events();
    ASSERT_EQ(events.size(), 3u);
    const std::string digest = digest_of(events);
    EXPECT_EQ(digest.size(), 64u);
    EXPECT_EQ(digest_of(events), digest);

    std::vector<Envelope> reordered{events[0], events[2], events[1]};
    EXPECT_NE(digest_of(reordered), digest);
    std::vector<Envelope> fewer{events[0], events[1]};
    EXPECT_NE(digest_of(fewer), digest);
    std::vector<Envelope> altered = events;
    altered[1].recorded_at.unix_ms += 1;
    EXPECT_NE(digest_of(altered), digest);
    EXPECT_NE(digest_of({}), digest);
}
