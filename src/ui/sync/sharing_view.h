// The Sharing screen of a program: the keys to compare out loud, what this browser
// has exchanged, and the buttons that share the program, send one's changes and open
// the files others sent, and the admin's keys (ui/sync/admin_keys_view.h).
// Depends on: ui/actions, ui/navigation, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/navigation.h"
#include "ui/sync/admin_keys_view.h"
#include "ui/view_context.h"

namespace turnabout::ui {

void sharing_view(const ViewContext& context, const ProgramId& id, const ProgramState& program, AdminKeysUi& admin_keys, ActionQueue& actions);

}
