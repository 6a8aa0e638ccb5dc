// How complete a person's profile is, and what is missing, in words a person can act
// on. Matching reads these fields, so the list nudges people to fill what matters.
// Depends on: core/domain/state.h.
#pragma once

#include "core/domain/state.h"

#include <string>
#include <vector>

namespace turnabout::people {

struct Completeness {
    int percent = 0;
    // What is missing, in the order a person would fill it in ("location", "skills you offer").
    std::vector<std::string> missing;
};

Completeness profile_completeness(const ProgramState& state, const Person& person);

}
