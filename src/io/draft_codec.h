// JSON of a bulk-match draft for people who check it with their own tools
// ("turnabout.match_draft"). Depends on: io/json_input.h, core/domain/matching.
#pragma once

#include "core/domain/matching/bulk_match.h"
#include "core/domain/state.h"

#include <string>

namespace turnabout::io {

std::string encode_draft(const ProgramState& state, const program::MatchType& match_type, matching::Objective objective, const matching::Draft& draft);

}
