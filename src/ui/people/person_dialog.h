// The dialog that adds a person to the program or edits one: name, email, job title,
// department, level and role. Depends on: ui/actions, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/view_context.h"

#include <string>

namespace turnabout::ui {

struct PersonDialogUi {
    bool open = false;
    PersonId editing; // empty: adding a new person
    people::PersonDetails fields;
    std::string error;
    bool just_opened = false;

    void open_for_add();
    void open_for_edit(const people::Person& person);
};

void person_dialog(const ViewContext& context, const ProgramId& program, PersonDialogUi& ui, ActionQueue& actions);

}
