// What becomes of events that arrive before their past, and of a device caught saying
// two things: the events set aside when replay refuses them once their past is here,
// and the plain words for a device's exclusion. Private to src/app.
// Depends on: app/store.h, core/log.
#pragma once

#include "app/store.h"

#include <set>
#include <string>
#include <vector>

namespace turnabout {

// Replays `log` and sets aside, one at a time in replay order, every event replay
// refused as not allowed (Refusal::Authority), with its device's later events: such
// an event was held when it arrived and fails only now that its past is here, and
// the file that completed it is not at fault. Refused instead (nothing to undo: the
// caller works on copies): an event in `judged_now`, which the file being opened
// brings and must answer for. Returns the events set aside.
Result<std::vector<ResolvedConflict>> set_aside_unauthorized(EventLog& log, Projection& projection, const std::set<EventId>& judged_now);

// "Changes from Ana Lima's browser from #12 on were set aside: it sent two different
// versions of change #12."
std::string describe_exclusion(const ProgramState& state, const DeviceId& device, const Exclusion& exclusion);

}
