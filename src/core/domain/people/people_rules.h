// Rules of the people feature: who may add, edit and remove people, and what a
// valid person is. Depends on: core/domain/state.h, program rules.
#pragma once

#include "core/base/result.h"
#include "core/domain/people/person.h"
#include "core/domain/state.h"

namespace turnabout::people {

// Trims every field; what decide stores is what a person meant.
PersonDetails normalized(const PersonDetails& details);
Status validate_details(const PersonDetails& details);

Result<PersonAdded> decide_add(const ProgramState& state, const AddPerson& command);
Result<PersonUpdated> decide_update(const ProgramState& state, const UpdatePerson& command);
Result<PersonRemoved> decide_remove(const ProgramState& state, const RemovePerson& command);

Status check(const ProgramState& state, const ActorId& author, const PersonAdded& event);
Status check(const ProgramState& state, const ActorId& author, const PersonUpdated& event);
Status check(const ProgramState& state, const ActorId& author, const PersonRemoved& event);

void apply_checked(ProgramState& state, const EventContext& context, const PersonAdded& event);
void apply_checked(ProgramState& state, const EventContext& context, const PersonUpdated& event);
void apply_checked(ProgramState& state, const EventContext& context, const PersonRemoved& event);

}
