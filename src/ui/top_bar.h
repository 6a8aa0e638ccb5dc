// The band across the top: the brand (back to all programs), the program switcher,
// "who is using Turnabout?", the save indicator and the file actions.
// Depends on: ui/actions, ui/navigation, ui/view_context, ui/program_wizard, ui/participant_views.
#pragma once

#include "ui/actions.h"
#include "ui/navigation.h"
#include "ui/participant_views.h"
#include "ui/program/program_wizard.h"
#include "ui/view_context.h"

namespace turnabout::ui {

inline constexpr float TOP_BAR_HEIGHT = 64.0f;

// `shown` is empty on the program directory.
void top_bar(const ViewContext& context, const ProgramId& shown, const CurrentUser& user, PersonPickerUi& picker,
    WizardUi& wizard, ActionQueue& actions);

// What the save indicator says, for the bar and for tests: "Saved", "Saving…", "Save
// failed", or the read-only note.
std::string save_indicator_text(const ViewContext& context);

// "Program admin", the chosen person's name, or "Who is using Turnabout?".
std::string who_label(const ViewContext& context, const ProgramId& program, const CurrentUser& user);

}
