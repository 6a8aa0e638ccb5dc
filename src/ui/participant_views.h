// The participant side's screens: joining a program, one's own profile, the inbox, and
// the person picker ("who is using Turnabout?"). Owned by the participant side: the Ui
// structs here grow whatever those views need; app_view.cpp only calls the functions.
// Each Ui struct keeps a CommandOutcome `outcome` (apply_actions.cpp delivers
// RunCommandAction results for ResultTarget::Join/Profile/Inbox/PersonPicker there),
// and PersonPickerUi keeps `open` (the top bar opens the picker by setting it).
// Depends on: ui/actions, ui/navigation, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/navigation.h"
#include "ui/view_context.h"

#include <cstddef>

namespace turnabout::ui {

struct JoinUi {
    CommandOutcome outcome;
};

struct ProfileUi {
    CommandOutcome outcome;
};

struct InboxUi {
    CommandOutcome outcome;
};

struct PersonPickerUi {
    bool open = false;
    ProgramId program; // the program whose people are offered
    CommandOutcome outcome;
};

void join_view(const ViewContext& context, const ProgramId& program, JoinUi& ui, ActionQueue& actions);
void profile_view(const ViewContext& context, const ProgramId& program, const PersonId& person, ProfileUi& ui, ActionQueue& actions);
void inbox_view(const ViewContext& context, const ProgramId& program, const PersonId& person, InboxUi& ui, ActionQueue& actions);
// A dialog (open while ui.open): choosing a person sets `user` to that person.
void person_picker(const ViewContext& context, PersonPickerUi& ui, CurrentUser& user, ActionQueue& actions);
// How many inbox items the person has not seen yet, for the navigation's badge.
std::size_t inbox_unread(const ViewContext& context, const ProgramId& program, const PersonId& person, const InboxUi& ui);

}
