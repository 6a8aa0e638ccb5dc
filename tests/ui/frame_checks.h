// What the screen tests check in a drawn frame: the actions it pushed, by name, and the
// items the registry recorded (their rectangles, their ids, which belong to the page).
// Depends on: ui (actions, item registry), Dear ImGui's internals for the page window.
#pragma once

#include "ui/actions.h"
#include "ui/item_registry.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::testing {

const char* action_name(const ui::Action& action);

// "label" in "window" at (x, y) width x height.
std::string described(const ui::RegisteredItem& item);
// One item per line, for failure messages.
std::string lines(const std::vector<std::string>& items);

// The screen's own area in the frame just drawn: the "page" child window draw_app
// opens beside the navigation. None on the first-run screen, which has no such window.
std::optional<ImRect> page_area();

// Labelled items a person could not point at: no window, or an empty rectangle.
std::vector<std::string> items_without_area(const std::vector<ui::RegisteredItem>& items);
// Pairs of named widgets that share an ImGui id.
std::vector<std::string> widgets_sharing_ids(const std::vector<ui::RegisteredItem>& items);
// Labelled items on `page` (all of them without one), except those reading `heading`.
std::size_t labelled_items_on(const std::vector<ui::RegisteredItem>& items, const std::optional<ImRect>& page, std::string_view heading);

}
