// The whole screen: the first-run screen when there is no program yet, the program
// directory, or a program's screens with their navigation; the creation wizard over
// everything; plus whichever dialog is open.
// Depends on: every view of src/ui.
#pragma once

#include "ui/actions.h"
#include "ui/requests/admin_requests_ui.h"
#include "ui/people/approvals_view.h"
#include "ui/matching/matching_ui.h"
#include "ui/sync/admin_keys_view.h"
#include "ui/sync/merge_report.h"
#include "ui/sync/waiting_share.h"
#include "ui/navigation.h"
#include "ui/notice_view.h"
#include "ui/participant_views.h"
#include "ui/people/people_table.h"
#include "ui/people/person_dialog.h"
#include "ui/program/program_wizard.h"
#include "ui/questionnaire/questionnaire_editor.h"
#include "ui/people/remove_person_dialog.h"
#include "ui/requests/requests_ui.h"
#include "ui/program/settings_page.h"
#include "ui/view_context.h"

namespace turnabout::ui {

// Transient UI state: never saved, rebuilt empty on every page load.
struct AppUi {
    ProgramId selected;
    Screen screen = Screen::Directory;
    CurrentUser user;
    WizardUi wizard;
    SettingsUi settings;
    QuestionnaireUi questionnaire;
    ApprovalsUi approvals;
    JoinUi join;
    ProfileUi profile;
    InboxUi inbox;
    PersonPickerUi picker;
    PersonDialogUi person_dialog;
    RemovePersonUi remove_person;
    PeopleTableUi people;
    NoticeUi notice;
    MatchingUi matching;
    RequestsUi requests;
    AdminRequestsUi admin_requests;
    MergeReportUi merge_report;
    AdminKeysUi admin_keys;
    WaitingShareUi waiting_share;
    bool file_dragged_over = false; // shows the drop hint
};

// The program to show: the selected one if it still exists, else the first.
ProgramId shown_program(const Store& store, const AppUi& ui);

// The screen actually drawn for `program`: the asked-for one if the current user may
// see it, else the program's home.
Screen allowed_screen(const ViewContext& context, const AppUi& ui, const ProgramState& program);

void draw_app(const ViewContext& context, AppUi& ui, ActionQueue& actions);

}
