// The People section: search box, "Add person", the CSV import and export, and a
// sortable table with Edit and Remove on every row. Depends on: ui/actions, ui/view_context, the dialogs' Ui structs.
#pragma once

#include "ui/actions.h"
#include "ui/people/people_import_dialog.h"
#include "ui/people/person_dialog.h"
#include "ui/people/remove_person_dialog.h"
#include "ui/view_context.h"

#include <string>

namespace turnabout::ui {

struct PeopleTableUi {
    std::string search;
    PeopleImportUi import;
};

// Returns true if any row matched the search (views say so when none did).
void people_section(const ViewContext& context, const ProgramState& program, PeopleTableUi& ui,
    PersonDialogUi& person_dialog, RemovePersonUi& remove_dialog, ActionQueue& actions);

// Whether a person matches the search text (name, email, job title or department,
// ignoring case); an empty search matches everyone.
bool matches_search(const people::Person& person, std::string_view search);

}
