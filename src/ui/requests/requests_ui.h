// The participant side of requests and of a match's life: the request dialog (from a
// recommendation or the browse page), the Requests page (sent and received, answers,
// withdrawals, offers, the admin-routed ranked list) and the My matches page (end,
// extend, ask confidentially to be reassigned). Depends on: ui/actions, ui/navigation,
// ui/matching/matching_ui.h, core/domain/requests.
#pragma once

#include "core/domain/requests/request.h"
#include "ui/actions.h"
#include "ui/match_life/match_life_ui.h"
#include "ui/matching/matching_ui.h"
#include "ui/navigation.h"
#include "ui/view_context.h"

#include <string>

namespace turnabout::ui {

// "Decline": the reason (radio buttons) and a note, required for "Other".
struct DeclineRequestUi {
    bool open = false;
    requests::RequestId request;
    std::string name; // who asked
    requests::DeclineReason reason = requests::DeclineReason::NotAGoodMatch;
    std::string note;
    bool just_opened = false;
    Ticket ticket; // the command sent, to read its outcome
};

// "Withdraw": a confirmation, since the other person is told.
struct WithdrawRequestUi {
    bool open = false;
    requests::RequestId request;
    std::string name; // who was asked ("the program's admin" for a ranked list)
    Ticket ticket;
};

struct RequestsUi {
    DeclineRequestUi decline;
    WithdrawRequestUi withdraw;
    MatchDialogUi match;
    // The last command a page sent without a dialog (accept, answer an extension), so
    // that its card shows the core's refusal.
    Sent<requests::RequestId> accepted;
    Sent<matching::MatchId> extension_answered;
    CommandOutcome outcome; // ResultTarget::Requests
};

// Received requests still waiting for the person's answer: the navigation's badge.
std::size_t requests_awaiting_answer(const ProgramState& state, const PersonId& person, Date today);

void requests_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& person, RequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions);
// Dialogs drawn over any screen (send a request, decline with a reason, ...).
void requests_dialogs(const ViewContext& context, const ProgramId& id, const ProgramState& state, const CurrentUser& user, RequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions);

}
