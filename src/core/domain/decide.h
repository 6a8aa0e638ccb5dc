// decide and apply: the only place a change is refused, and the only place state
// changes. Depends on: core/domain.
#pragma once

#include "core/base/result.h"
#include "core/domain/command.h"
#include "core/domain/event.h"
#include "core/domain/state.h"

#include <vector>

namespace turnabout {

// What `command` by `actor` would record, or why it is refused. Pure: ids and text
// come in the command, nothing is generated here.
Result<std::vector<EventBody>> decide(const ProgramState& state, const Actor& actor, const Command& command);

// Whether `body`, authored by `author`, may happen in `state`. decide runs it on the
// events it produces; apply runs it again in replay order, so a merged file cannot
// do what its author could not.
Status check_event(const ProgramState& state, const ActorId& author, const EventBody& body);

// Applies one event. Never fails: an event check_event refuses is recorded in
// `state.skipped` with the reason and changes nothing else.
void apply(ProgramState& state, const EventContext& context, const EventBody& body);

}
