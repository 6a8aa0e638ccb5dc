// The privacy feature's rules. Depends on: core/domain.
#pragma once

#include "core/base/result.h"
#include "core/domain/event.h"
#include "core/domain/event_list.h"
#include "core/domain/state.h"

namespace turnabout::privacy {

Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const SetFieldReaders& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const SharePartnerFields& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const SealRuledOut& command);

Status check(const ProgramState& state, const ActorId& author, const FieldReadersChanged& event);
Status check(const ProgramState& state, const ActorId& author, const PartnerShared& event);
Status check(const ProgramState& state, const ActorId& author, const RuledOutSealed& event);

void apply_checked(ProgramState& state, const EventContext& context, const FieldReadersChanged& event);
void apply_checked(ProgramState& state, const EventContext& context, const PartnerShared& event);
void apply_checked(ProgramState& state, const EventContext& context, const RuledOutSealed& event);

}
