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
