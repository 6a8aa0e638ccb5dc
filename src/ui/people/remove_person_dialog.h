// Asks before removing a person, naming them, because removal is not undone here.
// Depends on: ui/actions, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/view_context.h"

#include <string>

namespace turnabout::ui {

struct RemovePersonUi {
    bool open = false;
    PersonId person;
    std::string name; // shown even if the person changes meanwhile
    std::string error;
};

void remove_person_dialog(const ViewContext& context, const ProgramId& program, RemovePersonUi& ui, ActionQueue& actions);

}
