#include "platform/native/system.h"

#include <chrono>

namespace turnabout {

Timestamp SystemClock::now() const
{
    auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
    return Timestamp{std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count()};
}

std::uint64_t SystemRandom::next_u64()
{
    return (static_cast<std::uint64_t>(m_device()) << 32) ^ static_cast<std::uint64_t>(m_device());
}

}
