// The law of honest history, as a property over 300 random runs: honest files and
// hostile files written by strangers' real keys (support/honest_history.h), opened in a
// random order on two fresh browsers each. Every honest file opens, every refused
// hostile file changes nothing, every honest event stays effective, the program is the
// honest one, and both browsers export the same bytes.
#include "support/honest_history.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

std::vector<std::size_t> shuffled(std::size_t count, Random& dice)
{
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t i = count; i > 1; --i)
        std::swap(order[i - 1], order[dice.next_u64() % i]);
    return order;
}

}

TEST(HonestHistory, HostileFilesInAnyOrderChangeNothingHonest)
{
    const HonestHistory& history = HonestHistory::made();
    ASSERT_GE(history.files.size(), 8u);
    Forger forger(history);
    std::size_t hostile_files = 0;
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        SeededRandom dice(seed);
        std::vector<std::string> hostile;
        const std::size_t count = 1 + dice.next_u64() % 4;
        for (std::size_t i = 0; i < count; ++i)
            hostile.push_back(forger.forge(dice));
        hostile_files += hostile.size();
        std::string first_bytes, second_bytes;
        const std::string first = law_broken(history, hostile, shuffled(history.files.size() + hostile.size(), dice), first_bytes);
        ASSERT_EQ(first, "") << "seed " << seed;
        const std::string second = law_broken(history, hostile, shuffled(history.files.size() + hostile.size(), dice), second_bytes);
        ASSERT_EQ(second, "") << "seed " << seed;
        ASSERT_EQ(first_bytes, second_bytes) << "seed " << seed << ": two orders of the same files give different programs";
    }
    EXPECT_GE(hostile_files, 600u);
}

TEST(HonestHistory, WithoutHostileFilesEveryOrderGivesTheHonestProgram)
{
    const HonestHistory& history = HonestHistory::made();
    SeededRandom dice(7);
    std::string in_order, any_order;
    std::vector<std::size_t> order(history.files.size());
    std::iota(order.begin(), order.end(), 0);
    ASSERT_EQ(law_broken(history, {}, order, in_order), "");
    ASSERT_EQ(law_broken(history, {}, shuffled(history.files.size(), dice), any_order), "");
    EXPECT_EQ(in_order, any_order);
}
