// What a request's date and today say: whether it is still pending or expired, when
// its reminder is due, and what stands in its way now (a full mentor, a matched
// mentee). Computed, never recorded, so every device says the same on the same day.
// Depends on: core/domain/state.h.
#pragma once

#include "core/base/date.h"
#include "core/domain/state.h"

#include <optional>
#include <string>

namespace turnabout::requests {

Date add_days(Date date, int days);
int days_between(Date from, Date to);

// The request's status on `today`: Expired once a pending request reaches its closing day.
RequestStatus status_on(const Request& request, const matching::RequestRules& rules, Date today);
// The day a pending request closes by itself, or nullopt when the program never closes requests.
std::optional<Date> closes_on(const Request& request, const matching::RequestRules& rules);
// The day the recipient is reminded, or nullopt when there is no reminder.
std::optional<Date> reminder_on(const Request& request, const matching::RequestRules& rules);
// What stops a pending request from being accepted now, in words ("Ana Lima is full
// (1 of 1 mentees)"), or nullopt.
std::optional<std::string> blocker(const ProgramState& state, const Request& request);
// The day the request stopped being pending, or `today` while it still is.
Date pending_until(const Request& request, const matching::RequestRules& rules, Date today);
// Requests the person has sent that are pending on `today`: what the limit counts.
int pending_sent(const ProgramState& state, const PersonId& person, const program::MatchTypeId& match_type, Date today);

}
