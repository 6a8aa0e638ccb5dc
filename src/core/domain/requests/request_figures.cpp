#include "core/domain/requests/request_figures.h"

#include "core/domain/requests/time_rules.h"

#include <algorithm>

namespace turnabout::requests {

std::vector<RequestRow> request_rows(const ProgramState& state, Date today)
{
    const matching::RequestRules& rules = state.matching.settings.requests;
    std::vector<RequestRow> rows;
    for (const auto& [id, request] : state.requests.requests) {
        RequestRow row;
        row.request = &request;
        row.status = status_on(request, rules, today);
        row.age_days = std::max(0, days_between(request.sent, today));
        row.pending_days = std::max(0, days_between(request.sent, pending_until(request, rules, today)));
        auto reminder = reminder_on(request, rules);
        row.reminder_due = row.status == RequestStatus::Pending && request.kind != RequestKind::RankedList && reminder && today >= *reminder;
        row.blocker = blocker(state, request);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const RequestRow& a, const RequestRow& b) {
        const bool a_pending = a.status == RequestStatus::Pending;
        const bool b_pending = b.status == RequestStatus::Pending;
        if (a_pending != b_pending)
            return a_pending;
        return a.request->sent < b.request->sent;
    });
    return rows;
}

RequestFigures request_figures(const ProgramState& state, Date today)
{
    RequestFigures figures;
    std::vector<int> pending_days;
    for (const RequestRow& row : request_rows(state, today)) {
        ++figures.total;
        pending_days.push_back(row.pending_days);
        switch (row.status) {
        case RequestStatus::Pending: ++figures.pending; break;
        case RequestStatus::Accepted: ++figures.accepted; break;
        case RequestStatus::Declined:
            ++figures.declined;
            ++figures.declined_by_reason[static_cast<std::size_t>(row.request->decline_reason)];
            break;
        case RequestStatus::Withdrawn: ++figures.withdrawn; break;
        case RequestStatus::Closed: ++figures.closed; break;
        case RequestStatus::Expired: ++figures.expired; break;
        }
    }
    if (pending_days.empty())
        return figures;
    double sum = 0;
    for (int days : pending_days)
        sum += days;
    figures.mean_pending_days = sum / static_cast<double>(pending_days.size());
    std::sort(pending_days.begin(), pending_days.end());
    const std::size_t n = pending_days.size();
    figures.median_pending_days = n % 2 ? pending_days[n / 2] : (pending_days[n / 2 - 1] + pending_days[n / 2]) / 2.0;
    const int answered = figures.accepted + figures.declined;
    if (answered > 0) {
        figures.acceptance_rate = 100.0 * figures.accepted / answered;
        figures.decline_rate = 100.0 * figures.declined / answered;
    }
    const int ended = figures.total - figures.pending;
    if (ended > 0)
        figures.expired_share = 100.0 * figures.expired / ended;
    return figures;
}

}
