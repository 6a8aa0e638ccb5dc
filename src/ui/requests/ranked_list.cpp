// "My ranked list" (admin-routed match types): the mentors a mentee added with "Add to
// my list", best first, each with a note on why; a message; sent to the program's
// admin, who assigns one. While a list is with the admin it is shown as sent.
#include "core/domain/matching/eligibility.h"
#include "core/domain/requests/time_rules.h"
#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/privacy/private_text.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <optional>
#include <utility>

namespace turnabout::ui {

namespace {

const requests::Request* pending_list(const ProgramState& state, const program::MatchTypeId& type, const PersonId& self, Date today)
{
    for (const auto& [request_id, request] : state.requests.requests) {
        if (request.kind == requests::RequestKind::RankedList && request.from == self && request.match_type == type
            && requests::status_on(request, state.matching.settings.requests, today) == requests::RequestStatus::Pending)
            return &request;
    }
    return nullptr;
}

void sent_list(const ViewContext& context, const ProgramState& state, const requests::Request& request, RequestsUi& ui, float width)
{
    widgets::begin_card(width, ImVec2(18, 12));
    widgets::text(fonts().strong, theme::ACCENT, "With the program's admin since " + long_date(request.sent));
    widgets::muted("The admin will assign you one of these " + term(*state.program, Word::Mentor, Plural::Many) + ":");
    for (std::size_t i = 0; i < request.ranked.size(); ++i) {
        const requests::RankedChoice& choice = request.ranked[i];
        widgets::text(fonts().body, theme::TEXT, std::to_string(i + 1) + ". " + person_name(state, choice.mentor));
        if (!choice.note.empty())
            widgets::text(fonts().small, theme::MUTED, "    " + shown_private(context.store, choice.note));
    }
    if (auto closes = requests::closes_on(request, state.matching.settings.requests))
        widgets::text(fonts().small, theme::MUTED, "If the admin has not assigned anyone by then, it closes by itself on " + long_date(*closes) + ".");
    widgets::gap(6);
    ImGui::PushID(request.id.value.c_str());
    ImGui::BeginDisabled(context.read_only);
    if (widgets::secondary_button("Withdraw"))
        ui.withdraw = WithdrawRequestUi{true, request.id, "the program's admin", {}};
    ImGui::EndDisabled();
    ImGui::PopID();
    widgets::end_card();
}

void draft_list(const ViewContext& context, const ProgramId& id, const ProgramState& state, const program::MatchType& type, const PersonId& self,
    RequestsUi& ui, RankedDraft& draft, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("Choose up to " + std::to_string(requests::MAX_RANKED_CHOICES) + " " + term(p, Word::Mentor, Plural::Many)
        + " with \"Add to my list\" on Home or the browse page, put the one you prefer first, and say for each why. Only the program's admin reads your notes, when assigning; the people you list never see them.");
    ImGui::PopTextWrapPos();
    widgets::gap(4);
    if (draft.choices.empty()) {
        widgets::text(fonts().small, theme::MUTED, "Your list is empty.");
        return;
    }
    widgets::begin_card(width, ImVec2(18, 12));
    const float inner = width - 36;
    std::optional<std::size_t> move_up;
    std::optional<std::size_t> remove;
    for (std::size_t i = 0; i < draft.choices.size(); ++i) {
        RankedDraft::Choice& choice = draft.choices[i];
        ImGui::PushID(static_cast<int>(i));
        const float start_x = ImGui::GetCursorPosX();
        widgets::text(fonts().strong, theme::TEXT, std::to_string(i + 1) + ". " + person_name(state, choice.mentor));
        const float buttons = widgets::button_width("Move up") + widgets::button_width("Remove") + ImGui::GetStyle().ItemSpacing.x;
        ImGui::SameLine();
        ImGui::SetCursorPosX(start_x + inner - buttons);
        ImGui::BeginDisabled(i == 0);
        if (widgets::secondary_button("Move up"))
            move_up = i;
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (widgets::secondary_button("Remove"))
            remove = i;
        const std::string note_id = "##ranked_note_" + std::to_string(i + 1);
        ImGui::SetNextItemWidth(inner);
        ImGui::InputTextWithHint(note_id.c_str(), "Why this person? (optional)", &choice.note);
        widgets::gap(4);
        ImGui::PopID();
    }
    widgets::end_card();
    if (move_up)
        std::swap(draft.choices[*move_up], draft.choices[*move_up - 1]);
    else if (remove)
        draft.choices.erase(draft.choices.begin() + static_cast<std::ptrdiff_t>(*remove));
    widgets::gap(6);
    widgets::text(fonts().strong, theme::TEXT, "Message to the admin (optional)");
    ImGui::InputTextMultiline("##ranked_message", &draft.message, ImVec2(width, 80));
    if (!draft.ticket.empty() && ui.outcome.refused(draft.ticket)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    }
    widgets::gap(6);
    ImGui::BeginDisabled(context.read_only || draft.choices.empty());
    if (widgets::primary_button("Send my list to the admin")) {
        const requests::RequestId request_id = context.store.new_request_id();
        draft.ticket = Ticket::next();
        actions.push(RunCommandAction{id, people::actor_of(self),
            requests::SendRankedList{request_id, type.id, self, draft.ranked(), draft.message, context.today},
            "Your list went to the program's admin, who will assign you a " + term(p, Word::Mentor) + ".", ResultTarget::Requests, draft.ticket});
    }
    ImGui::EndDisabled();
}

}

void ranked_lists(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions, float width)
{
    const people::Person* me = find_person(state, self);
    if (!me || !matching::can_be_mentee(*me))
        return;
    const program::Program& p = *state.program;
    for (const program::MatchType& type : p.match_types) {
        if (type.process != program::MatchingProcess::AdminRouted)
            continue;
        ImGui::PushID(type.id.value.c_str());
        widgets::gap(14);
        widgets::text(fonts().heading, theme::TEXT, p.match_types.size() > 1 ? "My ranked list \xC2\xB7 " + type.name : std::string("My ranked list"));
        widgets::gap(2);
        RankedDraft& draft = matching.request.ranked[{self, type.id}];
        // Sent: the list now lives in the program; the draft starts afresh.
        if (!draft.ticket.empty() && ui.outcome.succeeded(draft.ticket))
            draft = RankedDraft{};
        if (const requests::Request* sent = pending_list(state, type.id, self, context.today))
            sent_list(context, state, *sent, ui, width);
        else
            draft_list(context, id, state, type, self, ui, draft, actions, width);
        ImGui::PopID();
    }
}

}
