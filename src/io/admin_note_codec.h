// What a note to the admin says, as the plain text inside its sealed content
// (match_life::AdminNote): what it is about, the match and the author's words.
// Depends on: io/json_input.h, core/domain/match_life.
#pragma once

#include "core/domain/match_life/match_life.h"

#include <optional>
#include <string>
#include <string_view>

namespace turnabout::io {

std::string encode_admin_note(const match_life::AdminNote& note);
// The note, or nothing when the text does not read as one (damaged, or of a kind a
// newer Turnabout writes).
std::optional<match_life::AdminNote> decode_admin_note(std::string_view text);

}
