#include "ui/approvals_view.h"

#include "ui/widgets.h"

namespace turnabout::ui {

std::size_t awaiting_approval(const ProgramState& program)
{
    std::size_t count = 0;
    for (const auto& [id, person] : program.people)
        count += person.membership == people::Membership::AwaitingApproval ? 1 : 0;
    return count;
}

void approvals_view(const ViewContext&, const ProgramState&, ApprovalsUi&, ActionQueue&) { widgets::muted("Approvals"); }
void approvals_dialogs(const ViewContext&, const ProgramState&, ApprovalsUi&, ActionQueue&) {}

}
