// Rules of the program feature: decide, check and apply for programs.
// Depends on: core/domain/state.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/program/program.h"
#include "core/domain/command.h"
#include "core/domain/event.h"
#include "core/domain/state.h"

#include <vector>

namespace turnabout::program {

// The match type every program starts with; the creation wizard's first one replaces it.
inline const MatchTypeId FIRST_MATCH_TYPE{"m-1"};

Result<ProgramCreated> decide_create(const ProgramState& state, const CreateProgram& command);
Result<ProgramDetailsChanged> decide_change(const ProgramState& state, const ChangeProgramDetails& command);
// The program part of the creation wizard (the questionnaire is added by the caller).
Result<std::vector<EventBody>> decide_setup(const SetUpProgram& command);
Result<std::vector<EventBody>> decide_settings(const ProgramState& state, const ActorId& actor, const Command& command);

Basics normalized(const Basics& basics);
Status validate_basics(const Basics& basics);
Status validate_match_type(const MatchType& match_type, ProgramType type);
Status validate_terminology(const Terminology& terminology);

Status check(const ProgramState& state, const ActorId& author, const ProgramCreated& event);
Status check(const ProgramState& state, const ActorId& author, const ProgramDetailsChanged& event);
Status check(const ProgramState& state, const ActorId& author, const ProgramBasicsChanged& event);
Status check(const ProgramState& state, const ActorId& author, const ProgramTypeChanged& event);
Status check(const ProgramState& state, const ActorId& author, const MatchTypeSaved& event);
Status check(const ProgramState& state, const ActorId& author, const MatchTypeRemoved& event);
Status check(const ProgramState& state, const ActorId& author, const RegistrationSettingsChanged& event);
Status check(const ProgramState& state, const ActorId& author, const TerminologyChanged& event);
// Shared by every admin-only event of every feature.
Status check_admin(const ProgramState& state, const ActorId& author);

void apply_checked(ProgramState& state, const EventContext& context, const ProgramCreated& event);
void apply_checked(ProgramState& state, const EventContext& context, const ProgramDetailsChanged& event);
void apply_checked(ProgramState& state, const EventContext& context, const ProgramBasicsChanged& event);
void apply_checked(ProgramState& state, const EventContext& context, const ProgramTypeChanged& event);
void apply_checked(ProgramState& state, const EventContext& context, const MatchTypeSaved& event);
void apply_checked(ProgramState& state, const EventContext& context, const MatchTypeRemoved& event);
void apply_checked(ProgramState& state, const EventContext& context, const RegistrationSettingsChanged& event);
void apply_checked(ProgramState& state, const EventContext& context, const TerminologyChanged& event);

}
