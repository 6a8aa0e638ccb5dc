// The schema of events: what this build writes, the newest it reads, and from which
// schema each rule binds. Depends on nothing.
#pragma once

#include <cstdint>

namespace turnabout {

// The schema version of events this build writes and the newest it reads.
//   1: the first signed events.
//   2: a registration's id names the browser it was recorded on (trust::bound_person_id)
//      and an event's lamport is exactly one above the newest event of its declared
//      past (EventLog). A program created in schema 2 takes no event of schema 1.
inline constexpr std::uint32_t EVENT_SCHEMA = 2;
// The first schema with both rules above.
inline constexpr std::uint32_t BOUND_HISTORY_SCHEMA = 2;

}
