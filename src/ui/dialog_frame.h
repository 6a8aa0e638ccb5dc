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

enum class ConfirmStyle { Primary, Danger };

struct RowAnswer {
    bool cancel = false;
    bool confirm = false;
};

// The row that ends a dialog or an editor: `cancel` and `confirm`, right-aligned in
// `width` from the cursor. The confirming button is greyed out while `disabled`
// (read-only, nothing to send yet); Escape cancels when `escape_cancels`.
RowAnswer cancel_confirm_row(const char* cancel, const char* confirm, ConfirmStyle style, bool disabled, float width, bool escape_cancels = true);

}
