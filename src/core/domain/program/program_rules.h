// Rules of the program feature: decide, check and apply for programs.
// Depends on: core/domain/state.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/program/program.h"
#include "core/domain/event.h"
#include "core/domain/event_list.h"
#include "core/domain/state.h"

#include <vector>

namespace turnabout::program {

// The match type every program starts with; the creation wizard's first one replaces it.
inline const MatchTypeId FIRST_MATCH_TYPE{"m-1"};

// decide: one overload per command of the feature (core/domain/decide.cpp dispatches).
// The creation wizard's SetUpProgram records the creation, one event per settings
// section and the questionnaire's questions.
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const CreateProgram& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ChangeProgramDetails& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const SetUpProgram& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ChangeProgramBasics& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ChangeProgramType& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const SaveMatchType& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const RemoveMatchType& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ChangeRegistrationSettings& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ChangeTerminology& command);

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
