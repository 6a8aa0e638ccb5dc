// The console's figures panel: how many requests wait and for how long, how they
// were answered (with the decline reasons), and how many expired unanswered. Figures
// are computed from the requests and today, so they need no refresh.
#include "core/domain/requests/request_figures.h"
#include "ui/requests/admin_requests_parts.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>

namespace turnabout::ui {

namespace {

std::string percent(double value)
{
    return std::to_string(static_cast<int>(std::lround(value))) + "%";
}

// One column of the panel: a small heading and its lines, from (x, top).
void column_heading(float x, float top, const char* heading)
{
    ImGui::SetCursorPos(ImVec2(x, top));
    ImGui::BeginGroup();
    widgets::text(fonts().small, theme::MUTED, heading);
}

}

void request_figures_panel(const ProgramState& state, Date today, float width)
{
    const requests::RequestFigures f = requests::request_figures(state, today);
    widgets::begin_card(width, ImVec2(22, 14));
    const float inner = width - 44;
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    const float column = inner / 3;
    const int answered = f.accepted + f.declined;
    const int ended = f.total - f.pending;

    column_heading(left, top, "Waiting");
    widgets::text(fonts().heading, f.pending > 0 ? theme::ACCENT : theme::TEXT, "Pending: " + std::to_string(f.pending));
    widgets::text("Average time pending: " + figure_days_text(f.mean_pending_days));
    widgets::text("Median time pending: " + figure_days_text(f.median_pending_days));
    ImGui::EndGroup();
    const float bottom1 = ImGui::GetItemRectMax().y;

    column_heading(left + column, top, "Answers");
    if (answered > 0) {
        widgets::text(fonts().heading, theme::TEXT, "Acceptance rate: " + percent(f.acceptance_rate));
        widgets::text("Decline rate: " + percent(f.decline_rate));
    } else {
        widgets::text(fonts().heading, theme::TEXT, "Acceptance rate: -");
        widgets::muted("No request answered yet.");
    }
    widgets::text(ended > 0 ? "Expired: " + percent(f.expired_share) : std::string("Expired: -"));
    ImGui::EndGroup();
    const float bottom2 = ImGui::GetItemRectMax().y;

    column_heading(left + 2 * column, top, "Declines by reason");
    for (requests::DeclineReason reason : {requests::DeclineReason::NotAGoodMatch, requests::DeclineReason::ReachedLimit,
             requests::DeclineReason::TooBusy, requests::DeclineReason::Other}) {
        const int count = f.declined_by_reason[static_cast<std::size_t>(reason)];
        widgets::text(fonts().body, count > 0 ? theme::TEXT : theme::MUTED,
            std::string(requests::decline_reason_label(reason)) + ": " + std::to_string(count));
    }
    ImGui::EndGroup();
    const float bottom3 = ImGui::GetItemRectMax().y;

    // Below the tallest column: the counts the rates are taken from.
    const float bottom = std::max({bottom1, bottom2, bottom3});
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, bottom + 8));
    ImGui::SetCursorPosX(left);
    ImGui::PushTextWrapPos(left + inner);
    widgets::text(fonts().small, theme::MUTED,
        std::to_string(f.total) + (f.total == 1 ? " request" : " requests") + " in all: " + std::to_string(f.pending) + " pending, "
            + std::to_string(f.accepted) + " accepted, " + std::to_string(f.declined) + " declined, " + std::to_string(f.withdrawn)
            + " withdrawn, " + std::to_string(f.closed) + " closed, " + std::to_string(f.expired)
            + " expired. Rates are shares of the answered requests; expired is a share of those no longer pending.");
    ImGui::PopTextWrapPos();
    widgets::end_card();
}

}
