// Every requests dialog, drawn over any screen for the participant using Turnabout;
// none is left open for someone else who takes the kiosk.
#include "ui/requests/requests_parts.h"

namespace turnabout::ui {

void requests_dialogs(const ViewContext& context, const ProgramId& id, const ProgramState& state, const CurrentUser& user, RequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions)
{
    if (user_kind_in(user, id) != CurrentUser::Kind::Person || !state.program || !find_person(state, user.person)) {
        matching.request.open = false;
        ui.decline.open = false;
        ui.withdraw.open = false;
        ui.match.open = false;
    }
    send_request_dialog(context, id, state, user.person, ui, matching, actions);
    decline_request_dialog(context, id, state, user.person, ui, actions);
    withdraw_request_dialog(context, id, state, user.person, ui, actions);
    match_dialog(context, id, state, user.person, ui, actions);
}

}
