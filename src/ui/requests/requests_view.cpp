// The Requests page: the admin-routed ranked list, requests waiting for the person's
// answer (oldest first: they have waited longest), their own pending requests against
// the program's limit, and the closed ones with their outcome (newest first).
#include "core/domain/matching/eligibility.h"
#include "core/domain/requests/time_rules.h"
#include "ui/fonts.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <vector>

namespace turnabout::ui {

namespace {

constexpr std::size_t MAX_CLOSED_SHOWN = 30;

bool pending_on(const ProgramState& state, const requests::Request& request, Date today)
{
    return requests::status_on(request, state.matching.settings.requests, today) == requests::RequestStatus::Pending;
}

// When a closed request stopped being pending: its decision, or its closing day.
Date closed_on(const ProgramState& state, const requests::Request& request, Date today)
{
    return requests::pending_until(request, state.matching.settings.requests, today);
}

void heading(const std::string& text)
{
    widgets::gap(14);
    widgets::text(fonts().heading, theme::TEXT, text);
    widgets::gap(2);
}

// "You have 2 of 3 pending requests" for each match type the person can send in.
void pending_counts(const ViewContext& context, const ProgramState& state, const people::Person& me)
{
    const program::Program& p = *state.program;
    for (const program::MatchType& type : p.match_types) {
        const requests::RequestOptions as_mentee = requests::request_options(state, type, me, matching::Side::AsMentee);
        const requests::RequestOptions as_mentor = requests::request_options(state, type, me, matching::Side::AsMentor);
        if (!as_mentee.request && !as_mentor.request && !as_mentor.offer)
            continue;
        widgets::text(fonts().small, theme::MUTED,
            (p.match_types.size() > 1 ? type.name + ": you have " : std::string("You have ")) + pending_count_text(state, type, me.id, context.today)
                + ".");
    }
}

}

std::size_t requests_awaiting_answer(const ProgramState& state, const PersonId& person, Date today)
{
    std::size_t count = 0;
    for (const auto& [id, request] : state.requests.requests)
        count += request.to == person && pending_on(state, request, today) ? 1 : 0;
    return count;
}

void requests_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions)
{
    const people::Person* me = find_person(state, self);
    if (!state.program || !me)
        return;
    matching.cache.refresh(context.store, id);
    const float width = std::min(820.0f, ImGui::GetContentRegionAvail().x);

    std::vector<const requests::Request*> received, sent, closed;
    for (const auto& [request_id, request] : state.requests.requests) {
        if (request.from != self && request.to != self)
            continue;
        if (!pending_on(state, request, context.today))
            closed.push_back(&request);
        else if (request.to == self)
            received.push_back(&request);
        else if (request.kind != requests::RequestKind::RankedList) // shown under "My ranked list"
            sent.push_back(&request);
    }
    std::sort(received.begin(), received.end(), [](auto a, auto b) { return a->sent < b->sent; });
    std::sort(sent.begin(), sent.end(), [](auto a, auto b) { return a->sent > b->sent; });
    std::sort(closed.begin(), closed.end(),
        [&](auto a, auto b) { return closed_on(state, *a, context.today) > closed_on(state, *b, context.today); });

    widgets::text(fonts().title, theme::TEXT, "Requests");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    const int close_days = state.matching.settings.requests.close_after_days;
    widgets::muted("Who asked you, whom you asked, and how it ended."
        + (close_days > 0 ? " A request nobody answers closes by itself after " + days_text(close_days) + "." : std::string()));
    ImGui::PopTextWrapPos();

    ranked_lists(context, id, state, self, ui, matching, actions, width);

    heading("Waiting for your answer");
    if (received.empty())
        widgets::muted("Nothing waits for your answer.");
    for (const requests::Request* request : received)
        received_request_card(context, id, state, self, *request, ui, matching, actions, width);

    heading("Sent by you");
    pending_counts(context, state, *me);
    widgets::gap(2);
    if (sent.empty())
        widgets::muted("No request of yours is waiting for an answer.");
    for (const requests::Request* request : sent)
        sent_request_card(context, state, *request, ui, width);

    if (!closed.empty()) {
        heading("Closed");
        for (std::size_t i = 0; i < closed.size() && i < MAX_CLOSED_SHOWN; ++i)
            closed_request_card(context, id, state, self, *closed[i], matching, actions, width);
        if (closed.size() > MAX_CLOSED_SHOWN)
            widgets::muted("And " + std::to_string(closed.size() - MAX_CLOSED_SHOWN) + " older ones.");
    }
    widgets::gap(10);
}

}
