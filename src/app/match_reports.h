// What `turnabout scores` writes: every mentee x mentor score of a match type with the
// rule that excludes a pair, computed by the same core functions the browser uses
// (`turnabout match` writes io/draft_codec's JSON of the core's draft). Depends on: core, io.
#pragma once

#include "core/base/result.h"
#include "core/domain/state.h"

#include <string>

namespace turnabout {

// A match type by its id ("m-1") or its name, compared without case.
Result<const program::MatchType*> match_type_named(const ProgramState& state, std::string_view name_or_id);

// CSV: mentee_id, mentee, mentor_id, mentor, score, rule, reason, mentee_places,
// mentor_places; a row per pair; excluded pairs have an empty score.
std::string scores_csv(const ProgramState& state, const program::MatchType& match_type);

}
