// Ranked lists to assign (admin-routed match types, seed 001): each mentee's preferred
// mentors, best first, with the mentee's note and the pair's score; the admin assigns
// one, or closes the list with a note. The core's refusal (the mentor became full, a
// rule) is shown on the list it concerns.
#include "core/domain/requests/time_rules.h"
#include "ui/privacy/private_text.h"
#include "ui/requests/admin_requests_parts.h"
#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/matching/explanation_view.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

std::vector<const requests::Request*> pending_lists(const ProgramState& state, Date today)
{
    std::vector<const requests::Request*> lists;
    for (const auto& [rid, request] : state.requests.requests) {
        if (request.kind == requests::RequestKind::RankedList
            && requests::status_on(request, request_rules(state), today) == requests::RequestStatus::Pending)
            lists.push_back(&request);
    }
    // Oldest first: the mentee who has waited longest is assigned first.
    std::stable_sort(lists.begin(), lists.end(), [](const auto* a, const auto* b) { return a->sent < b->sent; });
    return lists;
}

bool has_admin_routed_type(const program::Program& p)
{
    return std::any_of(p.match_types.begin(), p.match_types.end(),
        [](const program::MatchType& m) { return m.process == program::MatchingProcess::AdminRouted; });
}

void choice_row(const ViewContext& context, const ProgramId& id, const ProgramState& state, const requests::Request& request,
    std::size_t rank, const requests::RankedChoice& choice, AdminRequestsUi& ui, MatchingUi& matching, ActionQueue& actions, float inner)
{
    const program::Program& p = *state.program;
    ImGui::PushID(static_cast<int>(rank));
    const std::string name = person_name(state, choice.mentor);
    const std::string assign = "Assign " + name;
    const float left = ImGui::GetCursorPosX();
    const float button = widgets::button_width(assign.c_str());
    const float top = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(left + inner - button - 16);
    // The name and its score on one line, the note below; the button beside the name.
    ImGui::SetCursorPosY(top + ImGui::GetStyle().FramePadding.y);
    widgets::text(fonts().strong, theme::TEXT, std::to_string(rank) + ". " + name);
    const auto mentor = state.people.find(choice.mentor);
    ImGui::SameLine(0, 12);
    if (mentor == state.people.end()) {
        widgets::text(fonts().body, theme::DANGER, "no longer in the program");
    } else {
        const matching::ScoreExplanation& e = matching.cache.explanation(state, request.match_type, matching::PairKey{choice.mentor, request.from});
        if (e.exclusion) {
            widgets::text(fonts().body, theme::WARNING, "cannot be assigned now");
            widgets::text(fonts().small, theme::WARNING, e.exclusion->reason);
        } else {
            widgets::text(fonts().body, theme::ACCENT, score_label(e.score));
        }
    }
    if (!choice.note.empty())
        widgets::text(fonts().body, theme::TEXT, "\xE2\x80\x9C" + shown_private(context.store, choice.note) + "\xE2\x80\x9D");
    else
        widgets::text(fonts().small, theme::MUTED, "No note.");
    ImGui::PopTextWrapPos();
    const float bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(left + inner - button, top));
    ImGui::BeginDisabled(context.read_only || mentor == state.people.end());
    if (widgets::primary_button(assign.c_str())) {
        actions.push(RunCommandAction{id, std::nullopt,
            requests::AssignRankedList{request.id, choice.mentor, context.store.new_match_id(), context.today},
            "Assigned " + name + " to " + person_name(state, request.from) + ": both find the new " + term(p, Word::Connection)
                + " in their inbox.",
            ResultTarget::AdminRequests, ui.assigned.send(request.id)});
    }
    ImGui::EndDisabled();
    ImGui::SetCursorPos(ImVec2(left, std::max(bottom, ImGui::GetCursorPosY()) + 6));
    ImGui::PopID();
}

void ranked_list_card(const ViewContext& context, const ProgramId& id, const ProgramState& state, const requests::Request& request,
    AdminRequestsUi& ui, MatchingUi& matching, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    ImGui::PushID(request.id.value.c_str());
    widgets::begin_card(width, ImVec2(22, 16));
    const float inner = width - 44;
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    const char* close = "Close list";
    ImGui::PushTextWrapPos(left + inner - widgets::button_width(close) - 16);
    widgets::text(fonts().heading, theme::TEXT, person_name(state, request.from) + "'s ranked list");
    const program::MatchType* type = p.match_type(request.match_type);
    widgets::text(fonts().small, theme::MUTED,
        (type ? type->name + " \xC2\xB7 " : std::string()) + "sent " + long_date(request.sent) + " \xC2\xB7 waiting "
            + age_text(requests::days_between(request.sent, context.today)));
    ImGui::PopTextWrapPos();
    const float below_title = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(left + inner - widgets::button_width(close), top));
    ImGui::BeginDisabled(context.read_only);
    if (widgets::secondary_button(close))
        open_close_dialog(ui, {request.id});
    ImGui::EndDisabled();
    ImGui::SetCursorPos(ImVec2(left, std::max(below_title, ImGui::GetCursorPosY())));
    if (!request.message.empty()) {
        widgets::gap(4);
        ImGui::PushTextWrapPos(left + inner);
        widgets::text(fonts().body, theme::TEXT, "\xE2\x80\x9C" + shown_private(context.store, request.message) + "\xE2\x80\x9D");
        ImGui::PopTextWrapPos();
    }
    if (auto in_the_way = requests::blocker(state, request))
        widgets::message_box(widgets::Tone::Info, "This list cannot be assigned now: " + *in_the_way + ".", inner);
    widgets::gap(6);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + inner, at.y), theme::BORDER);
    widgets::gap(8);
    for (std::size_t i = 0; i < request.ranked.size(); ++i)
        choice_row(context, id, state, request, i + 1, request.ranked[i], ui, matching, actions, inner);
    if (ui.assigned.refused(ui.outcome, request.id))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, inner);
    widgets::end_card();
    widgets::gap(6);
    ImGui::PopID();
}

}

std::size_t pending_ranked_lists(const ProgramState& state, Date today)
{
    return pending_lists(state, today).size();
}

void ranked_lists_section(const ViewContext& context, const ProgramId& id, const ProgramState& state, AdminRequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    const std::vector<const requests::Request*> lists = pending_lists(state, context.today);
    // Only programs that route requests through the admin have lists to assign.
    if (lists.empty() && !has_admin_routed_type(p))
        return;
    widgets::text(fonts().heading, theme::TEXT, "Ranked lists to assign (" + std::to_string(lists.size()) + ")");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (lists.empty())
        widgets::muted("No list waits. In admin-routed match types, " + term(p, Word::Mentee, Plural::Many) + " send you their preferred "
            + term(p, Word::Mentor, Plural::Many) + ", best first, and you assign one.");
    else
        widgets::muted("Each " + term(p, Word::Mentee) + " ranked the " + term(p, Word::Mentor, Plural::Many)
            + " they prefer, best first. Assign one: the " + term(p, Word::Connection) + " starts at once.");
    ImGui::PopTextWrapPos();
    widgets::gap(6);
    for (const requests::Request* request : lists)
        ranked_list_card(context, id, state, *request, ui, matching, actions, width);
    widgets::gap(12);
}

}
