// The admin's requests console: the figures on top, then what waits for the admin
// (ranked lists to assign, reassignment requests), then every request in a table.
#include "core/domain/requests/time_rules.h"
#include "ui/match_life/match_life_ui.h"
#include "ui/requests/admin_requests_parts.h"
#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace turnabout::ui {

std::string request_status_label(requests::RequestStatus status)
{
    return capitalize(requests::request_status_name(status));
}

std::string age_text(int days)
{
    if (days <= 0)
        return "today";
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

std::string figure_days_text(double days)
{
    const double tenths = std::round(days * 10) / 10;
    char buffer[32];
    if (tenths == std::floor(tenths))
        std::snprintf(buffer, sizeof buffer, "%.0f", tenths);
    else
        std::snprintf(buffer, sizeof buffer, "%.1f", tenths);
    return std::string(buffer) + (tenths == 1 ? " day" : " days");
}

const matching::RequestRules& request_rules(const ProgramState& state)
{
    return state.matching.settings.requests;
}

std::size_t admin_requests_waiting(const ProgramState& state, Date today)
{
    return pending_ranked_lists(state, today) + open_reassignments(state);
}

void requests_console_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, AdminRequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions)
{
    if (!state.program)
        return;
    matching.cache.refresh(context.store, id);
    if (ui.outcome.serial != ui.seen_serial) {
        ui.seen_serial = ui.outcome.serial;
        // Done with the checked requests: a fresh selection for the next bulk action.
        if (ui.outcome.succeeded(ui.reminded) || ui.outcome.succeeded(ui.close.ticket))
            ui.selected.clear();
    }
    const program::Program& p = *state.program;
    const float width = std::min(theme::CONTENT_MAX_WIDTH, ImGui::GetContentRegionAvail().x - 4);
    widgets::text(fonts().title, theme::TEXT, "Requests");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    const matching::RequestRules& rules = request_rules(state);
    std::string intro = "Every request between " + term(p, Word::Mentor, Plural::Many) + " and " + term(p, Word::Mentee, Plural::Many)
        + ", pending ones first.";
    if (rules.remind_after_days > 0)
        intro += " The person asked is reminded after " + age_text(rules.remind_after_days) + " without an answer";
    else
        intro += " No automatic reminders";
    if (rules.close_after_days > 0)
        intro += "; requests close by themselves after " + age_text(rules.close_after_days) + ".";
    else
        intro += "; requests never close by themselves.";
    widgets::muted(intro + " Change this in Matching settings.");
    ImGui::PopTextWrapPos();
    widgets::gap(8);
    request_figures_panel(state, context.today, width);
    widgets::gap(14);
    ranked_lists_section(context, id, state, ui, matching, actions, width);
    reassignments_section(context, id, state, matching, actions, width);
    requests_table(context, id, state, ui, actions, width);
    widgets::gap(24);
}

}
