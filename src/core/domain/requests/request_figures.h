// The admin's requests console: one row per request with its age and status on
// today, and the figures (pending count, time pending, acceptance and decline rates
// by reason, expired share). Depends on: core/domain/state.h.
#pragma once

#include "core/base/date.h"
#include "core/domain/state.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace turnabout::requests {

struct RequestRow {
    const Request* request = nullptr;
    RequestStatus status = RequestStatus::Pending; // on today
    int age_days = 0;     // days since it was sent
    int pending_days = 0; // days it was (or still is) pending
    bool reminder_due = false;
    std::optional<std::string> blocker;
};

// Pending first, then by age, oldest first.
std::vector<RequestRow> request_rows(const ProgramState& state, Date today);

struct RequestFigures {
    int total = 0;
    int pending = 0;
    int accepted = 0;
    int declined = 0;
    int withdrawn = 0;
    int closed = 0;
    int expired = 0;
    std::array<int, 4> declined_by_reason{}; // indexed by DeclineReason
    double mean_pending_days = 0;   // over every request, up to today for pending ones
    double median_pending_days = 0;
    // Shares in percent of the answered (accepted + declined), and of all that ended.
    double acceptance_rate = 0;
    double decline_rate = 0;
    double expired_share = 0;
};

RequestFigures request_figures(const ProgramState& state, Date today);

}
