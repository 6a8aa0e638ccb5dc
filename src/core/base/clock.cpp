#include "core/base/clock.h"

namespace turnabout {

std::string random_hex_id(Random& random)
{
    static constexpr char DIGITS[] = "0123456789abcdef";
    std::uint64_t bits = random.next_u64();
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = DIGITS[bits & 0xf];
        bits >>= 4;
    }
    return out;
}

std::uint64_t SeededRandom::next_u64()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

}
