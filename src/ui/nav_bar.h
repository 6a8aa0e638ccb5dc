// The navigation inside a program: the screens the current user may see (the admin's,
// a participant's, or only Home with "Join program" when nobody is chosen), with
// counts of what waits. Depends on: ui/actions, ui/navigation, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/navigation.h"
#include "ui/view_context.h"

#include <cstddef>
#include <string>
#include <vector>

namespace turnabout::ui {

inline constexpr float NAV_WIDTH = 208.0f;

struct NavEntry {
    Screen screen;
    std::string label;
    std::size_t badge = 0; // shown as a count beside the label when above zero
};

void nav_bar(const ViewContext& context, const ProgramId& program, Screen current, const std::vector<NavEntry>& entries,
    CurrentUser::Kind kind, ActionQueue& actions);

}
