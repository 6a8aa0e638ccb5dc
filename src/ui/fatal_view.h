// The screen shown when Turnabout cannot start (no WebGL is handled by the page; this
// is for storage that cannot be read): what failed, and what a person can try.
// Depends on: Dear ImGui.
#pragma once

#include <string_view>

namespace turnabout::ui {

void fatal_view(std::string_view reason);

}
