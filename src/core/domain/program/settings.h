// A program's settings: its type, match types with their matching process and limits,
// registration rules and terminology (seed 000: Together's program creation; seed 001:
// Chronus's request settings; seed 003: the one-year reverse-mentoring term).
// Depends on: core/base.
#pragma once

#include "core/base/date.h"
#include "core/base/ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::program {

using MatchTypeId = Id<struct MatchTypeIdTag>;

enum class ProgramType {
    Mentorship,        // 1:1, a mentor guides a mentee
    ReverseMentorship, // 1:1, the mentor is junior to the mentee
    ColleagueConnect,  // peers
    Group,             // one mentor, several mentees together
};

enum class MatchingProcess {
    AdminLed,            // only admins create matches; people may favorite
    UserLed,             // a request becomes a match at once
    UserLedWithApproval, // the person asked accepts or declines
    AdminRouted,         // mentees send ranked preferences to the admin, who assigns
};

std::string_view program_type_name(ProgramType type);    // "reverse_mentorship"
std::string_view program_type_label(ProgramType type);   // "Reverse mentorship (1:1)"
std::optional<ProgramType> program_type_from_name(std::string_view name);
std::string_view matching_process_name(MatchingProcess process);
std::string_view matching_process_label(MatchingProcess process);
std::optional<MatchingProcess> matching_process_from_name(std::string_view name);
// Whether a program of this type has mentors at all, and so reverse requests.
bool offers_reverse_requests(ProgramType type);
// Why "Mentors can request mentees" is refused for `type`, for the UI and errors.
std::string_view reverse_requests_unavailable_reason(ProgramType type);

struct Limits {
    int pending_requests_per_person = 3;
    int mentees_per_mentor = 1;
    int mentors_per_mentee = 1;

    bool operator==(const Limits&) const = default;
};

inline constexpr int MAX_PENDING_REQUESTS = 20;
inline constexpr int MAX_MENTEES_PER_MENTOR = 20;
inline constexpr int MAX_MENTORS_PER_MENTEE = 5;

struct MatchType {
    MatchTypeId id;
    std::string name;
    std::string mentor_label; // what a mentor is called in this match type
    std::string mentee_label;
    MatchingProcess process = MatchingProcess::UserLedWithApproval;
    // Mentees can always request mentors; this adds the reverse direction.
    bool mentors_can_request_mentees = false;
    Limits limits;

    bool operator==(const MatchType&) const = default;
};

struct RegistrationSettings {
    bool approval_required = true;
    bool mentors_may_join = true;
    bool mentees_may_join = true;
    bool both_may_join = true;

    bool operator==(const RegistrationSettings&) const = default;
};

// The program's own words for the three roles of the domain, singular and plural,
// lower case; the UI capitalises where a sentence starts.
struct Terminology {
    std::string mentor = "mentor";
    std::string mentors = "mentors";
    std::string mentee = "mentee";
    std::string mentees = "mentees";
    std::string connection = "connection";
    std::string connections = "connections";

    bool operator==(const Terminology&) const = default;
};

struct Basics {
    std::string name;
    std::string about;
    std::string purpose;
    std::vector<std::string> goals;
    Date start;
    Date end;
    std::string support_contact;

    bool operator==(const Basics&) const = default;
};

inline constexpr std::size_t MAX_GOALS = 20;
inline constexpr std::size_t MAX_GOAL_LENGTH = 300;
inline constexpr std::size_t MAX_MATCH_TYPES = 10;
inline constexpr std::size_t MAX_LABEL_LENGTH = 40;

// Everything the creation wizard collects.
struct Setup {
    Basics basics;
    ProgramType type = ProgramType::Mentorship;
    std::vector<MatchType> match_types;
    RegistrationSettings registration;
    Terminology terminology;
};

// A first match type suited to `type`, named after it.
MatchType default_match_type(ProgramType type, MatchTypeId id);
// The reverse-mentoring template (seed 003): purpose, goals, a one-year term from `start`.
Setup reverse_mentoring_template(Date start, MatchTypeId match_type);

}
