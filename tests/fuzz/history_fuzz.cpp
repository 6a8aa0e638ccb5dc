// libFuzzer target, structure-aware: the input is not a file but the choices of a
// sequence of files opened on one browser. The honest history's files
// (tests/support/honest_history.h) and hostile files the Forger writes from them with
// strangers' real keys are opened in the order, and with the forgeries, the input's
// bytes choose. The law must hold for every input: every honest file opens, a refused
// hostile file changes nothing, every honest event stays effective, the program is the
// honest one; and a second browser that opens the same files in another order the
// input chooses exports the same bytes.
// Depends on: app, io, platform/memory, tests/support.
#include "support/honest_history.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// The input's bytes as dice; once they run out, zeros.
class InputDice final : public Random {
public:
    InputDice(const std::uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    std::uint64_t next_u64() override
    {
        std::uint64_t value = 0;
        for (int i = 0; i < 8 && m_at < m_size; ++i)
            value |= std::uint64_t{m_data[m_at++]} << (8 * i);
        return value;
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

std::vector<std::size_t> shuffled(std::size_t count, Random& dice)
{
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i)
        order[i] = i;
    for (std::size_t i = count; i > 1; --i)
        std::swap(order[i - 1], order[dice.next_u64() % i]);
    return order;
}

void require_law(const std::string& broken)
{
    if (!broken.empty()) {
        std::fprintf(stderr, "history fuzz: the law of honest history broke: %s\n", broken.c_str());
        std::abort();
    }
}

}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const HonestHistory& history = HonestHistory::made();
    static Forger forger(history);
    InputDice dice(data, size);
    std::vector<std::string> hostile;
    const std::size_t count = 1 + dice.next_u64() % 4;
    for (std::size_t i = 0; i < count; ++i)
        hostile.push_back(forger.forge(dice));
    std::string first, second;
    require_law(law_broken(history, hostile, shuffled(history.files.size() + hostile.size(), dice), first));
    require_law(law_broken(history, hostile, shuffled(history.files.size() + hostile.size(), dice), second));
    if (first != second) {
        std::fprintf(stderr, "history fuzz: two orders of the same files gave different programs\n");
        std::abort();
    }
    return 0;
}
