// The signer rule every event passes before its feature's own rules, in decide and
// again in replay. Depends on: core/domain/state.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/event.h"
#include "core/domain/state.h"

namespace turnabout::trust {

// Whether `device` may record events authored by `author` in `state` (always, in a
// program of an older Turnabout).
bool may_act(const ProgramState& state, const DeviceId& device, const ActorId& author);

// Refuses an unsigned event in a signed program, and an event from a device that may
// not act for its author (a registration declares its own device and passes).
Status check_signer(const ProgramState& state, const EventContext& context, const EventBody& body);

// What the signer rule can tell of an event held until its past arrives: refused
// only when nothing in that missing past could make it allowed (the admin's events
// from another browser than the admin's; a person's from a browser that is not theirs
// when their own is known, or from any but the admin's when they have none).
// Otherwise allowed for now: it is judged again, in full, when its past arrives.
Status judge_held(const ProgramState& state, const EventContext& context, const EventBody& body);

// Records who an event declares as a person, before its checks: even when a conflict
// sets the declaration aside, its person's later events are conflicts, not forgeries.
void note_declared(ProgramState& state, const EventBody& body);

// Records what an applied event says about devices: the admin's, a registration's.
void note_signer(ProgramState& state, const EventContext& context, const EventBody& body);

}
