// The band across the top of a program's page: the program switcher, file actions and
// the save indicator. Depends on: ui/actions, ui/view_context, ui/program_dialog.
#pragma once

#include "ui/actions.h"
#include "ui/program_dialog.h"
#include "ui/view_context.h"

namespace turnabout::ui {

inline constexpr float TOP_BAR_HEIGHT = 64.0f;

void top_bar(const ViewContext& context, const ProgramId& shown, ProgramDialogUi& program_dialog, ActionQueue& actions);

// What the save indicator says, for the bar and for tests: "Saved", "Saving…", "Save
// failed", or the read-only note.
std::string save_indicator_text(const ViewContext& context);

}
