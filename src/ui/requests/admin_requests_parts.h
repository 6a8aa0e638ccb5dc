// The pieces of the requests console (admin_requests_ui.h), one file each: the figures
// panel, ranked lists to assign, reassignment requests, the table of every request,
// and the close dialog. Depends on: ui/requests/admin_requests_ui.h.
#pragma once

#include "core/domain/requests/request.h"
#include "ui/requests/admin_requests_ui.h"

#include <optional>
#include <string>
#include <vector>

namespace turnabout::ui {

// "Pending", "Expired", ...
std::string request_status_label(requests::RequestStatus status);
// "today", "1 day", "12 days".
std::string age_text(int days);
// "0 days", "1 day", "2.5 days": a mean or median, one decimal when it has one.
std::string figure_days_text(double days);
// The requests' time rules as the program set them.
const matching::RequestRules& request_rules(const ProgramState& state);

// Pending count, time pending, acceptance and decline rates by reason, expired share.
void request_figures_panel(const ProgramState& state, Date today, float width);

// Admin-routed match types: each pending ranked list, "Assign <mentor>" per choice.
void ranked_lists_section(const ViewContext& context, const ProgramId& id, const ProgramState& state, AdminRequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions, float width);
std::size_t pending_ranked_lists(const ProgramState& state, Date today);


// Every request with its status on today, filtered and sorted, with bulk remind and close.
void requests_table(const ViewContext& context, const ProgramId& id, const ProgramState& state, AdminRequestsUi& ui,
    ActionQueue& actions, float width);

// Opens "Close requests" for `ids`.
void open_close_dialog(AdminRequestsUi& ui, std::vector<requests::RequestId> ids);

}
