// Every screen of a program as one row of a table: who may open it, whether the
// navigation offers it and under which words, its count badge and how it is drawn.
// Navigation, permissions and routing all read this table.
// Depends on: ui/app_view.h (the screens' Ui structs).
#pragma once

#include "ui/app_view.h"
#include "ui/nav_bar.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace turnabout::ui {

// What a screen's functions are given.
struct ScreenArgs {
    const ViewContext& context;
    const ProgramId& id;
    const ProgramState& program;
    const CurrentUser& user;
    CurrentUser::Kind kind; // as it applies to this program
};

struct ScreenRow {
    Screen screen;
    // Who may open it: bits of audience_bit(kind).
    unsigned audience;
    // Its entry in the navigation, in the program's words; null: reached another
    // way (Join, from Home's "Join program").
    std::string (*label)(const ScreenArgs&);
    // A count shown beside the label (waiting approvals, unread messages); may be null.
    std::size_t (*badge)(const ScreenArgs&);
    // Whether the navigation offers it now (browsing only for active members while
    // the admin allows it); null: always.
    bool (*offered)(const ScreenArgs&);
    void (*draw)(const ScreenArgs&, AppUi&, ActionQueue&);
};

constexpr unsigned audience_bit(CurrentUser::Kind kind)
{
    return 1u << static_cast<unsigned>(kind);
}

// The rows in navigation order.
std::span<const ScreenRow> screen_table();
const ScreenRow& screen_row(Screen screen);

// The screens `kind` may open in a program.
std::vector<Screen> screens_for(CurrentUser::Kind kind);
// The navigation's entries for `kind`: the rows it may open that are offered now.
std::vector<NavEntry> nav_entries(const ScreenArgs& args, CurrentUser::Kind kind);

}
