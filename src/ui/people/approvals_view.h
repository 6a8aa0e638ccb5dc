// The admin's approvals queue: people awaiting approval with their role, details and
// answers; Approve, or Decline with a reason the person later reads in their inbox.
// Depends on: ui/actions, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/view_context.h"

#include <cstddef>
#include <string>

namespace turnabout::ui {

struct ApprovalsUi {
    bool decline_open = false;
    PersonId declining;
    std::string declining_name;
    std::string reason;
    bool just_opened = false;
    Sent<PersonId> approved, declined; // the last of each, about whom
    CommandOutcome outcome;
};

// How many registrations wait for the admin (the navigation's badge).
std::size_t awaiting_approval(const ProgramState& program);

void approvals_view(const ViewContext& context, const ProgramState& program, ApprovalsUi& ui, ActionQueue& actions);
void approvals_dialogs(const ViewContext& context, const ProgramState& program, ApprovalsUi& ui, ActionQueue& actions);

}
