// Rules of the program feature: decide, check and apply for programs.
// Depends on: core/domain/state.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/program/program.h"
#include "core/domain/state.h"

namespace turnabout::program {

Result<ProgramCreated> decide_create(const ProgramState& state, const CreateProgram& command);
Result<ProgramDetailsChanged> decide_change(const ProgramState& state, const ChangeProgramDetails& command);

Status check(const ProgramState& state, const ActorId& author, const ProgramCreated& event);
Status check(const ProgramState& state, const ActorId& author, const ProgramDetailsChanged& event);
// Shared by every admin-only event of every feature.
Status check_admin(const ProgramState& state, const ActorId& author);

void apply_checked(ProgramState& state, const EventContext& context, const ProgramCreated& event);
void apply_checked(ProgramState& state, const EventContext& context, const ProgramDetailsChanged& event);

}
