// A program's home: About, purpose, goals, timeframe, support contact and its match
// types, in the program's own words; "Edit settings" for its admin.
// Depends on: ui/actions, ui/navigation, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/navigation.h"
#include "ui/view_context.h"

namespace turnabout::ui {

void program_home(const ViewContext& context, const ProgramId& id, const ProgramState& program, CurrentUser::Kind kind,
    ActionQueue& actions);

// A section heading with space above it, shared by the program's pages.
void section_heading(std::string_view title);

}
