// The frame every dialog shares: a centred modal without ImGui's title bar, opened
// and closed by its Ui struct's `open` flag, so that whoever applies the action (after
// rendering) decides whether it closes. Depends on: Dear ImGui.
#pragma once

#include <imgui.h>

namespace turnabout::ui {

// `id` is the popup's window name, e.g. "Add person###person_dialog": the visible part
// names the dialog for tests and assistive tools. Returns true when the body should be
// drawn; then call end_dialog().
bool begin_dialog(const char* id, bool& open, float width);
void end_dialog();

}
