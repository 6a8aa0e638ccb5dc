// Pieces the participant screens share: a two-column row of fields, the level combo,
// and a section heading. Depends on: Dear ImGui, ui/widgets.
#pragma once

#include "core/base/ids.h"

#include <imgui.h>

#include <functional>
#include <string>

namespace turnabout::ui {

// Draws `left` and `right` side by side in columns of `column` width.
void two_columns(float column, float spacing, const std::function<void()>& left, const std::function<void()>& right);

// "Level" with the seniority ladder (Associate ... Executive); `id` like "##level".
void level_combo(const char* id, int& level, float width);

// A section heading with a hairline under it, `width` wide.
void section_heading(const std::string& text, float width);


}
