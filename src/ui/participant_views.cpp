// Placeholders until the participant side's screens land; replaced by their files.
#include "ui/participant_views.h"

#include "ui/widgets.h"

namespace turnabout::ui {

void join_view(const ViewContext&, const ProgramId&, JoinUi&, ActionQueue&) { widgets::muted("Joining opens here soon."); }

void profile_view(const ViewContext&, const ProgramId&, const PersonId&, ProfileUi&, ActionQueue&) { widgets::muted("Your profile opens here soon."); }

void inbox_view(const ViewContext&, const ProgramId&, const PersonId&, InboxUi&, ActionQueue&) { widgets::muted("Your inbox opens here soon."); }

void person_picker(const ViewContext&, PersonPickerUi& ui, CurrentUser&, ActionQueue&) { ui.open = false; }

std::size_t inbox_unread(const ViewContext& context, const ProgramId& program, const PersonId& person, const InboxUi&)
{
    const ProgramState* state = context.store.program(program);
    if (!state)
        return 0;
    auto it = state->inbox.find(person);
    return it == state->inbox.end() ? 0 : it->second.size();
}

}
