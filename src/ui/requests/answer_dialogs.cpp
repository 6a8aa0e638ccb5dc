// Declining a request (a reason the requester and the admin see, a note required for
// "Other") and withdrawing one's own request (confirmed: the other person is told).
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

namespace turnabout::ui {

void decline_request_dialog(const ViewContext& context, const ProgramId& id, const ProgramState&, const PersonId& self, RequestsUi& ui,
    ActionQueue& actions)
{
    DeclineRequestUi& d = ui.decline;
    if (d.open && !d.ticket.empty() && ui.outcome.succeeded(d.ticket))
        d.open = false;
    if (!begin_dialog("Decline request###decline_request_dialog", d.open, 580))
        return;
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::text(fonts().heading, theme::TEXT, "Decline " + d.name + "'s request?");
    widgets::muted(d.name + " will see your reason and note, and so will the program's admin. A kind, honest reason helps them find "
        + "someone else. Declining does not hide you: " + d.name + " may ask again later.");
    ImGui::PopTextWrapPos();
    widgets::gap(8);
    widgets::text(fonts().strong, theme::TEXT, "Reason");
    for (requests::DeclineReason reason : {requests::DeclineReason::NotAGoodMatch, requests::DeclineReason::ReachedLimit,
             requests::DeclineReason::TooBusy, requests::DeclineReason::Other}) {
        const std::string label(requests::decline_reason_label(reason));
        if (ImGui::RadioButton(label.c_str(), d.reason == reason) && d.reason != reason) {
            d.reason = reason;
            d.ticket = Ticket{}; // a refusal about the earlier choice no longer applies
        }
    }
    widgets::gap(6);
    const bool other = d.reason == requests::DeclineReason::Other;
    widgets::text(fonts().strong, theme::TEXT, other ? "Note (required for \"Other\")" : "Note (optional)");
    if (d.just_opened) {
        ImGui::SetKeyboardFocusHere();
        d.just_opened = false;
    }
    ImGui::InputTextMultiline("##decline_note", &d.note, ImVec2(width, 90));
    widgets::text(fonts().small, theme::MUTED, "Your note is read by the person who asked, you and the program's admin.");
    if (!d.ticket.empty() && ui.outcome.refused(d.ticket)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    }
    widgets::gap(10);
    const auto [cancel, confirmed] = cancel_confirm_row("Cancel", "Decline request", ConfirmStyle::Danger, context.read_only, width);
    if (cancel) {
        d.open = false;
    } else if (confirmed) {
        d.ticket = Ticket::next();
        actions.push(RunCommandAction{id, people::actor_of(self),
            requests::AnswerRequest{d.request, false, d.reason, d.note, {}, context.today},
            "Declined " + d.name + "'s request. They will read your reason.", ResultTarget::Requests, d.ticket});
    }
    end_dialog();
}

void withdraw_request_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    ActionQueue& actions)
{
    WithdrawRequestUi& d = ui.withdraw;
    if (d.open && !d.ticket.empty() && ui.outcome.succeeded(d.ticket))
        d.open = false;
    if (!begin_dialog("Withdraw request###withdraw_request_dialog", d.open, 540))
        return;
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    auto found = state.requests.requests.find(d.request);
    const bool ranked = found != state.requests.requests.end() && found->second.kind == requests::RequestKind::RankedList;
    if (ranked) {
        widgets::text(fonts().heading, theme::TEXT, "Withdraw your ranked list?");
        widgets::muted("The program's admin will no longer assign from it. You can change your list and send it again.");
    } else {
        widgets::text(fonts().heading, theme::TEXT, "Withdraw your request to " + d.name + "?");
        widgets::muted(d.name + " will no longer be able to accept it and is told it was withdrawn. It frees one of your pending requests; you can ask again later.");
    }
    ImGui::PopTextWrapPos();
    if (!d.ticket.empty() && ui.outcome.refused(d.ticket)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    }
    widgets::gap(10);
    const auto [cancel, confirmed] = cancel_confirm_row("Cancel", "Withdraw request", ConfirmStyle::Danger, context.read_only, width);
    if (cancel) {
        d.open = false;
    } else if (confirmed) {
        d.ticket = Ticket::next();
        actions.push(RunCommandAction{id, people::actor_of(self), requests::WithdrawRequest{d.request, context.today},
            ranked ? std::string("Withdrew your ranked list.") : "Withdrew your request to " + d.name + ".", ResultTarget::Requests, d.ticket});
    }
    end_dialog();
}

}
