// Finding what a rule or a screen names by its id, with the words for "not there".
// Depends on: core/domain/state.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/state.h"

namespace turnabout {

// The person, or null when the id is not (or not yet) in the program.
const people::Person* find_person(const ProgramState& state, const PersonId& id);

// The match type, or why not: the program's creation has not arrived, or the type
// was removed meanwhile.
Result<const program::MatchType*> find_match_type(const ProgramState& state, const program::MatchTypeId& id);

}
