// The admin side of requests and of a match's life: the requests console (every
// request with its age, status and decline reason; filters, sorting, bulk remind and
// close; the figures), ranked lists to assign, confidential reassignment requests,
// and the admin's match actions. Depends on: ui/actions, ui/navigation,
// ui/matching/matching_ui.h, core/domain/requests.
#pragma once

#include "core/domain/requests/request.h"
#include "ui/actions.h"
#include "ui/matching/matching_ui.h"
#include "ui/navigation.h"
#include "ui/view_context.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace turnabout::ui {

// "Close requests": the admin's note, told to both people of each request.
struct CloseRequestsDialogUi {
    bool open = false;
    bool just_opened = false;
    std::vector<requests::RequestId> ids;
    std::string note;
    Ticket ticket; // the outcome the dialog waits for
};

struct AdminRequestsUi {
    CommandOutcome outcome; // ResultTarget::AdminRequests
    Sent<requests::RequestId> assigned; // "Assign <mentor>" on a ranked list
    Ticket reminded;                    // "Remind" on the table's checked rows
    // The console's table: a status filter (nullopt: all), the order, the checked rows.
    std::optional<requests::RequestStatus> status_filter;
    bool newest_first = false;
    std::set<requests::RequestId> selected;
    CloseRequestsDialogUi close;
    std::uint64_t seen_serial = 0; // the last outcome the console read
    std::uint64_t closes = 0;      // numbers each close, so an old outcome never closes a new dialog
};

// What waits for the admin: pending ranked lists and open reassignment requests.
std::size_t admin_requests_waiting(const ProgramState& state, Date today);

void requests_console_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, AdminRequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions);
void admin_requests_dialogs(const ViewContext& context, const ProgramId& id, const ProgramState& state, AdminRequestsUi& ui,
    ActionQueue& actions);

}
