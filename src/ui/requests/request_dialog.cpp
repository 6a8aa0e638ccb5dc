// The request dialog: a personal message to the person asked (with a hint on what
// makes a good one), what happens next under the match type's process, and how many
// pending requests the person has against the program's limit. A refusal (the limit,
// a place taken meanwhile) is the core's message, shown here where the person acted.
#include "core/domain/requests/request_rules.h"
#include "core/domain/requests/time_rules.h"
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

namespace turnabout::ui {

namespace {

std::string heading(const program::Program& p, const RequestDialogUi& d)
{
    switch (d.kind) {
    case requests::RequestKind::MenteeAsks: return "Ask " + d.name + " to be your " + term(p, Word::Mentor);
    case requests::RequestKind::MentorAsks: return "Ask " + d.name + " to be your " + term(p, Word::Mentee);
    case requests::RequestKind::MentorOffers: return "Offer to be " + d.name + "'s " + term(p, Word::Mentor);
    case requests::RequestKind::RankedList: break;
    }
    return "Request";
}

// What happens once it is sent, in this match type.
std::string next_steps(const ProgramState& state, const program::MatchType& type, const RequestDialogUi& d)
{
    const program::Program& p = *state.program;
    if (requests::becomes_match_at_once(type, d.kind))
        return "In " + type.name + " a request starts the " + term(p, Word::Connection) + " at once: you and " + d.name
            + " are matched as soon as you send it, and " + d.name + " is told.";
    std::string text = d.name + " reads your message and accepts or declines; the answer appears under Requests and in your inbox. Only you and "
        + d.name + " read the message.";
    const int close_days = state.matching.settings.requests.close_after_days;
    if (close_days > 0)
        text += " Without an answer it closes by itself after " + days_text(close_days) + ".";
    return text;
}

std::string hint(const RequestDialogUi& d)
{
    const std::string why = d.kind == requests::RequestKind::MenteeAsks ? "what you hope to learn from them" : "what you could offer them";
    return "A good message is personal: say why you chose " + d.name + ", " + why
        + ", and how often you could meet. A word of thanks for their time makes it easier for them to say yes.";
}

std::string done_message(const program::Program& p, const program::MatchType& type, const RequestDialogUi& d)
{
    if (requests::becomes_match_at_once(type, d.kind))
        return "You and " + d.name + " are now matched: see My " + term(p, Word::Connection, Plural::Many) + ".";
    const std::string what = d.kind == requests::RequestKind::MentorOffers ? "Offer" : "Request";
    return what + " sent to " + d.name + ". Their answer will appear under Requests and in your inbox.";
}

}

void send_request_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions)
{
    RequestDialogUi& d = matching.request;
    if (d.open && !d.ticket.empty() && ui.outcome.succeeded(d.ticket)) {
        d.open = false;
        d.message.clear();
        d.ticket = Ticket{};
    }
    const program::MatchType* type = state.program ? state.program->match_type(d.match_type) : nullptr;
    if (d.open && !type)
        d.open = false;
    // The window's name stays "Request" for every kind: the heading inside says which.
    if (!begin_dialog("Request###request_dialog", d.open, 620))
        return;
    const program::Program& p = *state.program;
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::text(fonts().heading, theme::TEXT, heading(p, d));
    if (p.match_types.size() > 1)
        widgets::text(fonts().small, theme::ACCENT, type->name);
    widgets::gap(2);
    widgets::muted(next_steps(state, *type, d));
    widgets::gap(6);

    const int pending = requests::pending_sent(state, self, type->id, context.today);
    const int limit = type->limits.pending_requests_per_person;
    if (pending >= limit) {
        widgets::message_box(widgets::Tone::Info,
            "You have " + pending_count_text(state, *type, self, context.today) + ", the program's limit. Withdraw one on the Requests page, or wait for an answer.",
            width);
    } else {
        widgets::text(fonts().small, theme::MUTED, "You have " + pending_count_text(state, *type, self, context.today) + ".");
    }
    widgets::gap(8);
    widgets::text(fonts().strong, theme::TEXT, "Your message");
    widgets::text(fonts().small, theme::MUTED, hint(d));
    ImGui::PopTextWrapPos();
    widgets::gap(2);
    if (d.just_opened) {
        ImGui::SetKeyboardFocusHere();
        d.just_opened = false;
    }
    ImGui::InputTextMultiline("##request_message", &d.message, ImVec2(width, 150));
    if (d.message.size() > requests::MAX_MESSAGE_LENGTH * 9 / 10)
        widgets::text(fonts().small, d.message.size() > requests::MAX_MESSAGE_LENGTH ? theme::DANGER : theme::MUTED,
            std::to_string(d.message.size()) + " of " + std::to_string(requests::MAX_MESSAGE_LENGTH) + " characters");
    if (!d.ticket.empty() && ui.outcome.refused(d.ticket)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    }
    widgets::gap(10);
    const char* send = d.kind == requests::RequestKind::MentorOffers ? "Send offer" : "Send request";
    const auto [cancel, sent] = cancel_confirm_row("Cancel##request", send, ConfirmStyle::Primary, context.read_only, width);
    if (cancel) {
        d.open = false;
    } else if (sent) {
        const requests::RequestId request_id = context.store.new_request_id();
        d.ticket = Ticket::next();
        const matching::MatchId match = requests::becomes_match_at_once(*type, d.kind) ? context.store.new_match_id() : matching::MatchId{};
        actions.push(RunCommandAction{id, people::actor_of(self),
            requests::SendRequest{request_id, type->id, d.kind, self, d.person, d.message, match, context.today}, done_message(p, *type, d),
            ResultTarget::Requests, d.ticket});
    }
    end_dialog();
}

}
