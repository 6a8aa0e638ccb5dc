// Clock and Random: the two impure inputs the app needs, behind interfaces so that
// tests and simulations are reproducible. Depends on: core/base.
#pragma once

#include "core/base/ids.h"

#include <cstdint>
#include <string>

namespace turnabout {

class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

class Random {
public:
    virtual ~Random() = default;
    virtual std::uint64_t next_u64() = 0;
};

// 16 lowercase hex digits from `random`: enough that ids made on different devices never meet.
std::string random_hex_id(Random& random);

// A clock that says what it is told: tests and deterministic tools.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Timestamp now)
        : m_now(now)
    {
    }
    Timestamp now() const override { return m_now; }
    void set(Timestamp now) { m_now = now; }

private:
    Timestamp m_now;
};

// splitmix64: a seeded, reproducible sequence for tests and simulations.
class SeededRandom final : public Random {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next_u64() override;

private:
    std::uint64_t m_state;
};

}
