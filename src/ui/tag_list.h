// A list of short tags (skills, interests) edited in place: each tag a chip with a
// remove button, and a field where Enter or a comma adds what was typed.
// Depends on: Dear ImGui, ui/widgets.
#pragma once

#include <string>
#include <vector>

namespace turnabout::ui {

// `id` names the add field ("##skills_offered"); `pending` holds its text between
// frames. Returns true when the list changed.
bool tag_list(const char* label, const char* id, std::vector<std::string>& tags, std::string& pending, float width, const char* hint);

// Adds what is in `pending` (split on commas) to `tags`, skipping blanks and
// duplicates; used before saving so a typed but unconfirmed tag is not lost.
bool commit_pending_tags(std::vector<std::string>& tags, std::string& pending);

}
