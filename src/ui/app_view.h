// The whole screen: the first-run screen when there is no program yet, otherwise the
// top bar and the selected program's page, plus whichever dialog is open.
// Depends on: every view of src/ui.
#pragma once

#include "ui/actions.h"
#include "ui/notice_view.h"
#include "ui/people_table.h"
#include "ui/person_dialog.h"
#include "ui/program_dialog.h"
#include "ui/remove_person_dialog.h"
#include "ui/view_context.h"

namespace turnabout::ui {

// Transient UI state: never saved, rebuilt empty on every page load.
struct AppUi {
    ProgramId selected;
    ProgramDialogUi program_dialog;
    PersonDialogUi person_dialog;
    RemovePersonUi remove_person;
    PeopleTableUi people;
    NoticeUi notice;
    bool file_dragged_over = false; // shows the drop hint
};

// The program to show: the selected one if it still exists, else the first.
ProgramId shown_program(const Store& store, const AppUi& ui);

void draw_app(const ViewContext& context, AppUi& ui, ActionQueue& actions);

}
