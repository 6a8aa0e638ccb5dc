// The dialog that creates a program or edits its name and description.
// Depends on: ui/actions, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/view_context.h"

#include <string>

namespace turnabout::ui {

struct ProgramDialogUi {
    bool open = false;
    ProgramId editing; // empty: creating a new program
    std::string name;
    std::string description;
    std::string error; // the store's reason the last attempt was refused
    bool just_opened = false;

    void open_for_create();
    void open_for_edit(const ProgramId& program, std::string current_name, std::string current_description);
};

void program_dialog(const ViewContext& context, ProgramDialogUi& ui, ActionQueue& actions);

}
