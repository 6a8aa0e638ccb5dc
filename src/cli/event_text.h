// How the tool names events in its reports: "d-0a1b…:7 PersonRemoved" and counts by
// type ("PersonAdded: 4, PersonRemoved: 1"). Depends on: core/log.
#pragma once

#include "core/log/envelope.h"

#include <map>
#include <string>

namespace turnabout::cli {

// "DEVICE:SEQ", the way `turnabout info` names an event.
std::string event_id_text(const EventId& id);
// "PersonAdded: 4, PersonRemoved: 1" (types in name order).
std::string counts_text(const std::map<std::string, std::size_t>& by_type);
// "1 event" / "3 events".
std::string events_text(std::size_t count);

}
