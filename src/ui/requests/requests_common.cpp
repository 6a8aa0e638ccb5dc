// The helpers the requests screens share: ids, who may send what, and the words for a
// request's kind and age.
#include "core/base/clock.h"
#include "core/domain/matching/eligibility.h"
#include "core/domain/lookup.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"

namespace turnabout::ui {

const requests::Request* pending_request(const ProgramState& state, const program::MatchTypeId& type, const PersonId& from, const PersonId& to,
    Date today)
{
    for (const auto& [request_id, request] : state.requests.requests) {
        if (request.match_type == type && request.from == from && request.to == to
            && requests::status_on(request, state.matching.settings.requests, today) == requests::RequestStatus::Pending)
            return &request;
    }
    return nullptr;
}

std::string days_text(int days)
{
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

std::string days_ago(Date day, Date today)
{
    const int days = requests::days_between(day, today);
    if (days <= 0)
        return "today";
    if (days == 1)
        return "yesterday";
    return days_text(days) + " ago";
}

std::string asks_recipient(const program::Program& p, const requests::Request& request)
{
    switch (request.kind) {
    case requests::RequestKind::MenteeAsks:
        return "asks you to be their " + term(p, Word::Mentor);
    case requests::RequestKind::MentorAsks:
        return "asks you to be their " + term(p, Word::Mentee);
    case requests::RequestKind::MentorOffers:
        return "offers to be your " + term(p, Word::Mentor);
    case requests::RequestKind::RankedList:
        break;
    }
    return "sent a ranked list";
}

std::string asks_sender(const program::Program& p, const requests::Request& request)
{
    switch (request.kind) {
    case requests::RequestKind::MenteeAsks:
        return "You asked them to be your " + term(p, Word::Mentor);
    case requests::RequestKind::MentorAsks:
        return "You asked them to be your " + term(p, Word::Mentee);
    case requests::RequestKind::MentorOffers:
        return "You offered to be their " + term(p, Word::Mentor);
    case requests::RequestKind::RankedList:
        break;
    }
    return "Your ranked list, sent to the program's admin";
}

std::string match_type_prefix(const program::Program& p, const program::MatchTypeId& type)
{
    if (p.match_types.size() < 2)
        return {};
    const program::MatchType* found = p.match_type(type);
    return found ? found->name + " \xC2\xB7 " : std::string();
}

std::string pending_count_text(const ProgramState& state, const program::MatchType& type, const PersonId& person, Date today)
{
    const int limit = type.limits.pending_requests_per_person;
    return std::to_string(requests::pending_sent(state, person, type.id, today)) + " of " + std::to_string(limit) + " pending "
        + (limit == 1 ? "request" : "requests");
}

}
