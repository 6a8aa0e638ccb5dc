#include "core/domain/requests/request.h"

#include <array>
#include <utility>

namespace turnabout::requests {

namespace {

template<class E, std::size_t N>
std::optional<E> from_name(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view name)
{
    for (const auto& [value, text] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

template<class E, std::size_t N>
std::string_view to_name(const std::array<std::pair<E, std::string_view>, N>& names, E value)
{
    for (const auto& entry : names) {
        if (entry.first == value)
            return entry.second;
    }
    return names.front().second;
}

constexpr std::array<std::pair<RequestKind, std::string_view>, 4> KIND_NAMES{{
    {RequestKind::MenteeAsks, "mentee_asks"},
    {RequestKind::MentorAsks, "mentor_asks"},
    {RequestKind::MentorOffers, "mentor_offers"},
    {RequestKind::RankedList, "ranked_list"},
}};

constexpr std::array<std::pair<RequestStatus, std::string_view>, 6> STATUS_NAMES{{
    {RequestStatus::Pending, "pending"},
    {RequestStatus::Accepted, "accepted"},
    {RequestStatus::Declined, "declined"},
    {RequestStatus::Withdrawn, "withdrawn"},
    {RequestStatus::Closed, "closed"},
    {RequestStatus::Expired, "expired"},
}};

constexpr std::array<std::pair<DeclineReason, std::string_view>, 4> REASON_NAMES{{
    {DeclineReason::NotAGoodMatch, "not_a_good_match"},
    {DeclineReason::ReachedLimit, "reached_limit"},
    {DeclineReason::TooBusy, "too_busy"},
    {DeclineReason::Other, "other"},
}};

constexpr std::array<std::pair<DeclineReason, std::string_view>, 4> REASON_LABELS{{
    {DeclineReason::NotAGoodMatch, "Not a good match"},
    {DeclineReason::ReachedLimit, "Reached my limit"},
    {DeclineReason::TooBusy, "Too busy right now"},
    {DeclineReason::Other, "Other"},
}};

}

std::string_view request_kind_name(RequestKind kind) { return to_name(KIND_NAMES, kind); }
std::optional<RequestKind> request_kind_from_name(std::string_view name) { return from_name(KIND_NAMES, name); }
std::string_view request_status_name(RequestStatus status) { return to_name(STATUS_NAMES, status); }
std::optional<RequestStatus> request_status_from_name(std::string_view name) { return from_name(STATUS_NAMES, name); }
std::string_view decline_reason_name(DeclineReason reason) { return to_name(REASON_NAMES, reason); }
std::optional<DeclineReason> decline_reason_from_name(std::string_view name) { return from_name(REASON_NAMES, name); }
std::string_view decline_reason_label(DeclineReason reason) { return to_name(REASON_LABELS, reason); }

PersonId Request::mentor() const
{
    if (kind == RequestKind::RankedList)
        return assigned;
    return kind == RequestKind::MenteeAsks ? to : from;
}

PersonId Request::mentee() const
{
    return kind == RequestKind::MenteeAsks || kind == RequestKind::RankedList ? from : to;
}

}
