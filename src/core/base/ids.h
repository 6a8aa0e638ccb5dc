// Typed identifiers: a program id cannot be passed where a person id is expected.
// Depends on: the standard library only.
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace turnabout {

template<class Tag>
struct Id {
    std::string value;

    bool empty() const { return value.empty(); }
    // Written out: libc++ 14 (Emscripten's) has no <=> for std::string to default to.
    std::strong_ordering operator<=>(const Id& other) const
    {
        int order = value.compare(other.value);
        return order < 0 ? std::strong_ordering::less : order > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }
    bool operator==(const Id&) const = default;
};

using ProgramId = Id<struct ProgramIdTag>;
using PersonId = Id<struct PersonIdTag>;
// One browser profile or one copy of the command-line tool.
using DeviceId = Id<struct DeviceIdTag>;
// Whoever authors an event. Today every device acts as itself; people on a shared
// kiosk and signing keys will become actors of their own.
using ActorId = Id<struct ActorIdTag>;

// An event's identity: its device and its position in that device's sequence
// (contiguous from 1 within one program's log).
struct EventId {
    DeviceId device;
    std::uint64_t seq = 0;

    std::strong_ordering operator<=>(const EventId& other) const
    {
        if (auto order = device <=> other.device; order != 0)
            return order;
        return seq <=> other.seq;
    }
    bool operator==(const EventId&) const = default;
};

// Milliseconds since the Unix epoch, UTC. For display and time rules, never for ordering.
struct Timestamp {
    std::int64_t unix_ms = 0;

    auto operator<=>(const Timestamp&) const = default;
    bool operator==(const Timestamp&) const = default;
};

}
