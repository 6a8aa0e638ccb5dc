#include "core/domain/requests/time_rules.h"

#include "core/domain/matching/eligibility.h"

namespace turnabout::requests {

Date add_days(Date date, int days)
{
    return Date{date.days + days};
}

int days_between(Date from, Date to)
{
    return to.days - from.days;
}

std::optional<Date> closes_on(const Request& request, const matching::RequestRules& rules)
{
    if (rules.close_after_days <= 0)
        return std::nullopt;
    return add_days(request.sent, rules.close_after_days);
}

std::optional<Date> reminder_on(const Request& request, const matching::RequestRules& rules)
{
    if (rules.remind_after_days <= 0)
        return std::nullopt;
    // A reminder on or after the closing day would arrive with the closing itself.
    if (rules.close_after_days > 0 && rules.remind_after_days >= rules.close_after_days)
        return std::nullopt;
    return add_days(request.sent, rules.remind_after_days);
}

RequestStatus status_on(const Request& request, const matching::RequestRules& rules, Date today)
{
    if (request.status != RequestStatus::Pending)
        return request.status;
    auto closes = closes_on(request, rules);
    return closes && today >= *closes ? RequestStatus::Expired : RequestStatus::Pending;
}

Date pending_until(const Request& request, const matching::RequestRules& rules, Date today)
{
    if (request.status != RequestStatus::Pending)
        return request.decided;
    auto closes = closes_on(request, rules);
    return closes && today >= *closes ? *closes : today;
}

std::optional<std::string> blocker(const ProgramState& state, const Request& request)
{
    if (request.status != RequestStatus::Pending || !state.program)
        return std::nullopt;
    const program::MatchType* type = state.program->match_type(request.match_type);
    if (!type)
        return std::string("its match type was removed from the program");
    auto person = [&](const PersonId& id) -> const people::Person* {
        auto it = state.people.find(id);
        return it == state.people.end() ? nullptr : &it->second;
    };
    const people::Person* mentee = person(request.mentee());
    if (!mentee)
        return std::string("the ") + state.program->terminology.mentee + " left the program";
    if (request.kind == RequestKind::RankedList)
        return std::nullopt;
    const people::Person* mentor = person(request.mentor());
    if (!mentor)
        return std::string("the ") + state.program->terminology.mentor + " left the program";
    if (auto e = matching::mentor_exclusion(state, *type, *mentor))
        return e->reason;
    if (auto e = matching::mentee_exclusion(state, *type, *mentee))
        return e->reason;
    return std::nullopt;
}

int pending_sent(const ProgramState& state, const PersonId& person, const program::MatchTypeId& match_type, Date today)
{
    int count = 0;
    for (const auto& [id, request] : state.requests.requests) {
        if (request.from == person && request.match_type == match_type
            && status_on(request, state.matching.settings.requests, today) == RequestStatus::Pending)
            ++count;
    }
    return count;
}

}
