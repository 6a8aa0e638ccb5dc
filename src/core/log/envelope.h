// The envelope every event travels in, and the replay order.
// Depends on: core/domain.
#pragma once

#include "core/base/ids.h"
#include "core/domain/event.h"

#include <cstdint>
#include <map>
#include <string>
#include <tuple>

namespace turnabout {

// The highest seq and lamport an event may carry, and the highest seq it may say it
// had seen: 2^40, about 1.1 million million. A device that recorded a change every
// second, day and night, would reach it in 34,000 years; the lamport rises by one per
// change of the whole program, so a program whose 10,000 people each recorded 1,000
// changes a day would reach it in 300 years. It stays far below 2^53, above which
// JSON readers (JavaScript's among them) no longer hold whole numbers exactly, and
// leaves room for the arithmetic on it. A file past it is damaged or made to harm: its
// numbers would cost time to describe, and would leave a device's next event nothing
// it could be numbered with.
inline constexpr std::uint64_t MAX_SEQ_OR_LAMPORT = std::uint64_t{1} << 40;

struct Envelope {
    EventId id;
    // One more than the highest lamport its device had seen: orders causes before effects.
    std::uint64_t lamport = 0;
    ActorId author;
    Timestamp recorded_at;
    std::uint32_t schema = EVENT_SCHEMA;
    EventBody body;
    // What the recording device had seen of other devices that its previous event had
    // not: device → highest seq. Together with its earlier events this is the event's
    // causal past; the event waits until this device holds all of it. Empty for
    // events of an older Turnabout.
    std::map<DeviceId, std::uint64_t> seen;
    // The author's device's signature over all of the above and the program id;
    // empty for events of an older, unsigned Turnabout. Opaque here: io checks it.
    std::string signature;

    bool operator==(const Envelope&) const = default;
};

// Replay order: (lamport, device, seq). The same on every device, whatever order
// the events arrived in; wall-clock time plays no part.
struct ReplayKey {
    std::uint64_t lamport = 0;
    EventId id;

    std::strong_ordering operator<=>(const ReplayKey& other) const
    {
        if (auto order = lamport <=> other.lamport; order != 0)
            return order;
        return id <=> other.id;
    }
    bool operator==(const ReplayKey&) const = default;
};

inline ReplayKey replay_key(const Envelope& envelope)
{
    return ReplayKey{envelope.lamport, envelope.id};
}

}
