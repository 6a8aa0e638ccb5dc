#include "core/domain/lookup.h"

namespace turnabout {

const people::Person* find_person(const ProgramState& state, const PersonId& id)
{
    auto it = state.people.find(id);
    return it == state.people.end() ? nullptr : &it->second;
}

Result<const program::MatchType*> find_match_type(const ProgramState& state, const program::MatchTypeId& id)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    const program::MatchType* type = state.program->match_type(id);
    if (!type)
        return make_error("match_type_unknown", "match type: not in this program (removed meanwhile?)");
    return type;
}

}
