// The signer rule every event passes before its feature's own rules, in decide and
// again in replay. Depends on: core/domain/state.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/event.h"
#include "core/domain/event_list.h"
#include "core/domain/state.h"

namespace turnabout::trust {

// A new person's id, made on `device`: "u-", 16 characters of the device's id (of its
// public key, for a signed device), "-", then `random_hex`. A registration must name
// the browser it is recorded on this way, so that no key can claim an id another
// browser made, however early it numbers its event.
PersonId bound_person_id(const DeviceId& device, const std::string& random_hex);
// Whether `person` was made on `device` (bound_person_id's shape).
bool is_bound_to(const PersonId& person, const DeviceId& device);

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

// The admin enrols a device to act from. Who may record it is the signer rule's
// (check_signer): an admin device, or the named device itself with an endorsement.
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const EnrolAdminDevice& command);
Status check(const ProgramState& state, const ActorId& author, const AdminDeviceEnrolled& event);
void apply_checked(ProgramState& state, const EventContext& context, const AdminDeviceEnrolled& event);

}
