// Merge laws over seeded random logs made by several devices, and a simulation of
// partial, stale and repeated exchanges that must converge.
#include "core/base/clock.h"
#include "core/log/projection.h"
#include "support/builders.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

struct World {
    explicit World(std::uint64_t seed)
        : random(seed)
    {
        devices.emplace_back("d-a", ADMIN);
        devices.emplace_back("d-b", ADMIN);
        devices.emplace_back("d-c", STRANGER);
        EXPECT_TRUE(devices[0].act(program::CreateProgram{PROGRAM, "Simulated", ""}, 1));
        for (std::size_t i = 1; i < devices.size(); ++i)
            EXPECT_TRUE(devices[i].log.merge(all_events(devices[0].log)).ok());
    }

    std::uint64_t pick(std::uint64_t n) { return random.next_u64() % n; }

    Command random_command(const ProgramState& state)
    {
        // A small pool of names and emails makes concurrent conflicts likely.
        std::string n = std::to_string(pick(12));
        switch (pick(4)) {
        case 0:
        case 1:
            return people::AddPerson{PersonId{"u-" + std::to_string(random.next_u64() % 1000000)}, person("Person " + n, "p" + n + "@example.org")};
        case 2:
            if (!state.people.empty()) {
                auto it = std::next(state.people.begin(), static_cast<long>(pick(state.people.size())));
                auto details = it->second.details;
                details.job_title = "Title " + std::to_string(pick(100));
                return people::UpdatePerson{it->first, details};
            }
            return program::ChangeProgramDetails{"Simulated " + n, ""};
        default:
            if (!state.people.empty()) {
                auto it = std::next(state.people.begin(), static_cast<long>(pick(state.people.size())));
                return people::RemovePerson{it->first};
            }
            return program::ChangeProgramDetails{"Simulated " + n, "x"};
        }
    }

    // Device `to` receives a random subset of `from`'s events (gaps make some pending).
    void exchange(std::size_t from, std::size_t to)
    {
        std::vector<Envelope> sent;
        for (const Envelope& e : all_events(devices[from].log))
            if (pick(3) != 0)
                sent.push_back(e);
        auto merged = devices[to].log.merge(sent);
        ASSERT_TRUE(merged.ok()) << merged.error().message;
    }

    void step(std::int64_t now)
    {
        std::size_t d = pick(devices.size());
        if (pick(3) == 0) {
            std::size_t other = pick(devices.size());
            if (other != d)
                exchange(other, d);
            return;
        }
        // A stranger's commands are refused by decide, so record them raw as a
        // hostile device would, to prove replay refuses them too.
        if (devices[d].actor == STRANGER) {
            devices[d].log.append_local(devices[d].device, STRANGER, Timestamp{now}, people::PersonAdded{PersonId{"u-x" + std::to_string(now)}, person("Intruder", "x" + std::to_string(now) + "@example.org")});
            return;
        }
        devices[d].act(random_command(devices[d].state()), now);
    }

    SeededRandom random;
    std::vector<SimulatedDevice> devices;
};

ProgramState merged_state(const std::vector<std::vector<Envelope>>& batches)
{
    EventLog log(PROGRAM);
    for (const auto& batch : batches) {
        auto merged = log.merge(batch);
        EXPECT_TRUE(merged.ok());
    }
    return replay(log);
}

std::vector<Envelope> shuffled(std::vector<Envelope> events, SeededRandom& random)
{
    for (std::size_t i = events.size(); i > 1; --i)
        std::swap(events[i - 1], events[random.next_u64() % i]);
    return events;
}

}

class MergeLaws : public ::testing::TestWithParam<std::uint64_t> { };

TEST_P(MergeLaws, MergeIsCommutativeAssociativeAndIdempotent)
{
    World world(GetParam());
    for (int i = 0; i < 120; ++i)
        world.step(10 + i);
    auto a = all_events(world.devices[0].log);
    auto b = all_events(world.devices[1].log);
    auto c = all_events(world.devices[2].log);

    ProgramState abc = merged_state({a, b, c});
    EXPECT_EQ(abc, merged_state({c, b, a}));
    EXPECT_EQ(abc, merged_state({b, a, c}));
    EXPECT_EQ(abc, merged_state({a, a, b, b, c, c, a}));

    // (a ∪ b) ∪ c == a ∪ (b ∪ c), with the unions written out as files would be.
    EventLog ab(PROGRAM);
    ASSERT_TRUE(ab.merge(a).ok());
    ASSERT_TRUE(ab.merge(b).ok());
    EventLog bc(PROGRAM);
    ASSERT_TRUE(bc.merge(b).ok());
    ASSERT_TRUE(bc.merge(c).ok());
    EXPECT_EQ(merged_state({all_events(ab), c}), merged_state({a, all_events(bc)}));
    EXPECT_EQ(merged_state({all_events(ab), c}), abc);

    // Any order of single events, any split into pieces, gives the same state.
    auto everything = shuffled(all_events(ab), world.random);
    everything.insert(everything.end(), c.begin(), c.end());
    everything = shuffled(everything, world.random);
    std::vector<std::vector<Envelope>> pieces(4);
    for (std::size_t i = 0; i < everything.size(); ++i)
        pieces[world.pick(4)].push_back(everything[i]);
    EXPECT_EQ(merged_state(pieces), abc);

    // The stranger's events reached the merged log but none of them took effect.
    for (const auto& [id, person] : abc.people)
        EXPECT_NE(person.details.name, "Intruder");
}

TEST_P(MergeLaws, DevicesExchangingPartialAndStaleFilesConverge)
{
    World world(GetParam());
    for (int i = 0; i < 200; ++i)
        world.step(10 + i);
    // Final full exchange, twice round so everything reaches everyone.
    for (int round = 0; round < 2; ++round) {
        for (std::size_t from = 0; from < world.devices.size(); ++from) {
            for (std::size_t to = 0; to < world.devices.size(); ++to) {
                if (from == to)
                    continue;
                ASSERT_TRUE(world.devices[to].log.merge(all_events(world.devices[from].log)).ok());
            }
        }
    }
    ProgramState first = world.devices[0].state();
    for (const auto& device : world.devices) {
        EXPECT_TRUE(device.log.pending().empty());
        EXPECT_EQ(device.log.size(), world.devices[0].log.size());
        EXPECT_EQ(device.state(), first);
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, MergeLaws, ::testing::Values(1u, 2u, 3u, 42u, 2027u, 90210u));
