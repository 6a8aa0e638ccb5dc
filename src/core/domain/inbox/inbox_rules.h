// Rules of the inbox feature: a person marks only their own inbox as read.
// Depends on: core/domain/event_list.h, inbox.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/event_list.h"
#include "core/domain/inbox/inbox.h"
#include "core/domain/state.h"

namespace turnabout::inbox {

Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const MarkInboxRead& command);
Status check(const ProgramState& state, const ActorId& author, const InboxRead& event);
void apply_checked(ProgramState& state, const EventContext& context, const InboxRead& event);

}
