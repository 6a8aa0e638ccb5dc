// The requests feature: how people ask to be matched and answer (seed 001: Chronus's
// mentee-requests-a-mentor workflow with messages, decline reasons, reminders and
// automatic closing; seed 000: Together's reverse requests and matching processes).
// A request names its match type; its kind says who asks whom. Time rules (reminder,
// expiry) are never recorded: they follow from the request's date and today
// (time_rules.h), so every device computes the same. Depends on: core/base, matching.
#pragma once

#include "core/base/date.h"
#include "core/base/ids.h"
#include "core/domain/privacy/private_text_value.h"
#include "core/domain/matching/matching.h"
#include "core/domain/program/settings.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::requests {

using RequestId = Id<struct RequestIdTag>;

enum class RequestKind {
    MenteeAsks,   // a mentee asks a mentor
    MentorAsks,   // a reverse request: a mentor asks a mentee (match type allows it)
    MentorOffers, // a mentor offers to mentor someone (the program allows offers)
    RankedList,   // admin-routed: a mentee sends ranked mentors to the admin
};

enum class RequestStatus {
    Pending,
    Accepted,
    Declined,
    Withdrawn,
    Closed,  // by the admin, or by a written conflict rule (the mentor became full)
    Expired, // never stored: computed from the date by time_rules.h
};

enum class DeclineReason {
    NotAGoodMatch,
    ReachedLimit,
    TooBusy,
    Other, // needs a note
};

std::string_view request_kind_name(RequestKind kind);
std::optional<RequestKind> request_kind_from_name(std::string_view name);
std::string_view request_status_name(RequestStatus status);
std::optional<RequestStatus> request_status_from_name(std::string_view name);
std::string_view decline_reason_name(DeclineReason reason);
std::optional<DeclineReason> decline_reason_from_name(std::string_view name);
// "Not a good match", "Reached my limit", "Too busy right now", "Other".
std::string_view decline_reason_label(DeclineReason reason);

inline constexpr std::size_t MAX_MESSAGE_LENGTH = 2000;
inline constexpr std::size_t MAX_NOTE_LENGTH = 500;
inline constexpr std::size_t MAX_RANKED_CHOICES = 5;
inline constexpr std::size_t MAX_REQUESTS_PER_COMMAND = 1000;

// One mentor in a ranked list, with the mentee's note on why: for the mentee and the
// admin, who reads it when assigning.
struct RankedChoice {
    PersonId mentor;
    privacy::PrivateText note;

    bool operator==(const RankedChoice&) const = default;
};

struct Request {
    RequestId id;
    program::MatchTypeId match_type;
    RequestKind kind = RequestKind::MenteeAsks;
    PersonId from; // who asks: the mentee, or the mentor for MentorAsks and MentorOffers
    PersonId to;   // who answers; empty for a RankedList (the admin answers)
    std::vector<RankedChoice> ranked; // RankedList only, best first
    privacy::PrivateText message;
    Date sent;
    RequestStatus status = RequestStatus::Pending;
    Date decided; // when it stopped being pending (answered, withdrawn, closed)
    DeclineReason decline_reason = DeclineReason::NotAGoodMatch;
    privacy::PrivateText decline_note; // the recipient's note when declining: for the two people and the admin
    std::string note;                  // closed by a rule: its text (the place taken, the person who left)
    privacy::PrivateText closing_note; // closed by the admin: their note, for the two people and the admin
    // Closed by the written rule, not by the admin: its place was taken meanwhile.
    bool place_taken = false;
    std::vector<Date> reminders; // the admin's reminders by hand
    matching::MatchId match;     // the match it became, once accepted
    PersonId assigned;           // RankedList: the mentor the admin chose

    PersonId mentor() const;
    PersonId mentee() const;
    bool operator==(const Request&) const = default;
};

// Commands. `on` is the author's today: time rules are judged on it.
// A mentee asks a mentor, a mentor asks a mentee, or a mentor offers. Under the
// user-led process the request becomes the match `match` at once.
struct SendRequest {
    RequestId id;
    program::MatchTypeId match_type;
    RequestKind kind = RequestKind::MenteeAsks;
    PersonId from;
    PersonId to;
    std::string message;
    matching::MatchId match;
    Date on;
};

// Admin-routed: the mentee's preferred mentors, best first, for the admin to assign.
struct SendRankedList {
    RequestId id;
    program::MatchTypeId match_type;
    PersonId mentee;
    std::vector<RankedChoice> ranked;
    std::string message;
    Date on;
};

struct WithdrawRequest {
    RequestId id;
    Date on;
};

// The recipient accepts (the match `match` starts) or declines with a reason.
struct AnswerRequest {
    RequestId id;
    bool accept = true;
    DeclineReason reason = DeclineReason::NotAGoodMatch;
    std::string note;
    matching::MatchId match;
    Date on;
};

// The admin assigns one mentor of a ranked list (or any mentor): the match starts.
struct AssignRankedList {
    RequestId id;
    PersonId mentor;
    matching::MatchId match;
    Date on;
};

// The admin reminds the recipients, or closes the requests with a note.
struct RemindRequests {
    std::vector<RequestId> ids;
    Date on;
};

struct CloseRequests {
    std::vector<RequestId> ids;
    std::string note;
    Date on;
};

// Events.
struct RequestSent {
    static constexpr std::string_view TYPE = "RequestSent";
    RequestId id;
    program::MatchTypeId match_type;
    RequestKind kind = RequestKind::MenteeAsks;
    PersonId from;
    PersonId to;
    std::vector<RankedChoice> ranked;
    privacy::PrivateText message;
    matching::MatchId match; // user-led: the match it becomes at once
    Date on;

    bool operator==(const RequestSent&) const = default;
};

struct RequestWithdrawn {
    static constexpr std::string_view TYPE = "RequestWithdrawn";
    RequestId id;
    Date on;

    bool operator==(const RequestWithdrawn&) const = default;
};

struct RequestAnswered {
    static constexpr std::string_view TYPE = "RequestAnswered";
    RequestId id;
    bool accept = true;
    DeclineReason reason = DeclineReason::NotAGoodMatch;
    privacy::PrivateText note;
    matching::MatchId match;
    Date on;

    bool operator==(const RequestAnswered&) const = default;
};

struct RankedListAssigned {
    static constexpr std::string_view TYPE = "RankedListAssigned";
    RequestId id;
    PersonId mentor;
    matching::MatchId match;
    Date on;

    bool operator==(const RankedListAssigned&) const = default;
};

struct RequestsReminded {
    static constexpr std::string_view TYPE = "RequestsReminded";
    std::vector<RequestId> ids;
    Date on;

    bool operator==(const RequestsReminded&) const = default;
};

struct RequestsClosed {
    static constexpr std::string_view TYPE = "RequestsClosed";
    std::vector<RequestId> ids;
    privacy::PrivateText note; // for the people of the requests and the admin
    Date on;

    bool operator==(const RequestsClosed&) const = default;
};

struct RequestsState {
    std::map<RequestId, Request> requests;

    bool operator==(const RequestsState&) const = default;
};

}
