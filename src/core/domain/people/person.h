// The people feature: who takes part in a program and as what (mentor, mentee or
// both), added, edited and removed by the program's admin. Depends on: core/base.
#pragma once

#include "core/base/date.h"
#include "core/base/ids.h"
#include "core/domain/privacy/sealed_fields.h"
#include "core/domain/questionnaire/question.h"

#include <map>
#include <optional>
#include <set>
#include <vector>
#include <string>
#include <string_view>

namespace turnabout::people {

enum class Role {
    Mentor,
    Mentee,
    Both,
};

inline constexpr int MIN_LEVEL = 0; // 0: not given
inline constexpr int MAX_LEVEL = 9;
inline constexpr std::size_t MAX_FIELD_LENGTH = 120;
inline constexpr std::size_t MAX_EMAIL_LENGTH = 254;

std::string_view role_name(Role role);
std::optional<Role> role_from_name(std::string_view name);
// "Executive", "Senior", ...: the seniority ladder reverse mentoring reads (junior mentors senior).
std::string_view level_name(int level);

struct PersonDetails {
    std::string name;
    std::string email;
    std::string job_title;
    std::string department;
    int level = 0;
    Role role = Role::Mentee;

    bool operator==(const PersonDetails&) const = default;
};

enum class Membership {
    Active,
    AwaitingApproval,
    Declined,
};

std::string_view membership_name(Membership membership);
std::optional<Membership> membership_from_name(std::string_view name);

inline constexpr std::size_t MAX_LIST_ITEMS = 30;
inline constexpr std::size_t MAX_LIST_ITEM_LENGTH = 60;
inline constexpr int MAX_CAPACITY = 20;
inline constexpr std::size_t MAX_REASON_LENGTH = 500;

// What matching and the people directory read beyond the basic details.
struct Profile {
    // The person's manager in the same program: the reporting line matching never crosses.
    PersonId manager;
    std::string location;
    std::string time_zone;
    std::vector<std::string> skills_offered;
    std::vector<std::string> skills_wanted;
    std::vector<std::string> interests;
    std::string availability;
    // How many mentees this person takes on at once (as a mentor).
    int capacity = 1;
    // "Not taking requests": stays in the program, out of recommendations.
    bool paused = false;

    bool operator==(const Profile&) const = default;
};

using Answers = std::map<questionnaire::QuestionId, questionnaire::Answer>;

struct Person {
    PersonId id;
    PersonDetails details;
    Timestamp added_at;
    Membership membership = Membership::Active;
    // For the person and the admin: sealed to them (core/domain/privacy).
    privacy::PrivateText decline_reason;
    Profile profile;
    Answers answers;
    // Fields not for everyone, sealed to their readers, in the order they were recorded
    // (core/domain/privacy/person_fields.h). In the recorded state the fields above
    // are blank where sealed; a device that opens an envelope fills them in.
    std::vector<privacy::SealedFields> sealed = {};
    // Fields whose newest value is sealed and that this state cannot show ("email",
    // "answer:q-…"): blank here, not empty. Rules that need them are not judged on them.
    std::set<std::string> hidden;
    // The sealed email's key (privacy::SealedFields::email_key); empty when plain.
    std::string email_key;

    bool operator==(const Person&) const = default;
};

// Who may act as a person: today the person's own id as an actor, chosen in the
// "who is using Turnabout?" picker; signing keys will stand behind it later.
inline ActorId actor_of(const PersonId& person)
{
    return ActorId{person.value};
}

// Commands.
struct AddPerson {
    PersonId id;
    PersonDetails details;
};

struct UpdatePerson {
    PersonId id;
    PersonDetails details;
};

struct RemovePerson {
    PersonId id;
};

// A participant registers themselves: details, a role the program allows, answers.
struct JoinProgram {
    PersonId id;
    PersonDetails details;
    Answers answers;
};

struct ApproveRegistration {
    PersonId id;
};

struct DeclineRegistration {
    PersonId id;
    std::string reason;
};

// The person themselves or the admin.
struct UpdateProfile {
    PersonId id;
    PersonDetails details;
    Profile profile;
};

struct UpdateAnswers {
    PersonId id;
    Answers answers;
};

struct SetPaused {
    PersonId id;
    bool paused = false;
};

// Events.
struct PersonAdded {
    static constexpr std::string_view TYPE = "PersonAdded";
    PersonId id;
    PersonDetails details;
    // The fields not for everyone, sealed; blank above.
    std::vector<privacy::SealedFields> sealed = {};

    bool operator==(const PersonAdded&) const = default;
};

struct PersonUpdated {
    static constexpr std::string_view TYPE = "PersonUpdated";
    PersonId id;
    PersonDetails details;
    // The fields not for everyone, sealed; blank above.
    std::vector<privacy::SealedFields> sealed = {};

    bool operator==(const PersonUpdated&) const = default;
};

struct PersonRemoved {
    static constexpr std::string_view TYPE = "PersonRemoved";
    PersonId id;

    bool operator==(const PersonRemoved&) const = default;
};

// A person leaving the program, as their matches and requests record it: who, the
// words the other people read ("Ana Lima left the program"), and the day. A removal
// carries no day of its own; the day it was recorded is the same on every device.
struct Departure {
    PersonId person;
    std::string reason;
    Date day;
};

struct RegistrationSubmitted {
    static constexpr std::string_view TYPE = "RegistrationSubmitted";
    PersonId id;
    PersonDetails details;
    Answers answers;
    // The fields not for everyone, sealed; blank above.
    std::vector<privacy::SealedFields> sealed = {};

    bool operator==(const RegistrationSubmitted&) const = default;
};

struct RegistrationApproved {
    static constexpr std::string_view TYPE = "RegistrationApproved";
    PersonId id;

    bool operator==(const RegistrationApproved&) const = default;
};

struct RegistrationDeclined {
    static constexpr std::string_view TYPE = "RegistrationDeclined";
    PersonId id;
    privacy::PrivateText reason;

    bool operator==(const RegistrationDeclined&) const = default;
};

struct ProfileUpdated {
    static constexpr std::string_view TYPE = "ProfileUpdated";
    PersonId id;
    PersonDetails details;
    Profile profile;
    // The fields not for everyone, sealed; blank above.
    std::vector<privacy::SealedFields> sealed = {};

    bool operator==(const ProfileUpdated&) const = default;
};

struct AnswersUpdated {
    static constexpr std::string_view TYPE = "AnswersUpdated";
    PersonId id;
    Answers answers;
    // The fields not for everyone, sealed; blank above.
    std::vector<privacy::SealedFields> sealed = {};

    bool operator==(const AnswersUpdated&) const = default;
};

struct PausedChanged {
    static constexpr std::string_view TYPE = "PausedChanged";
    PersonId id;
    bool paused = false;

    bool operator==(const PausedChanged&) const = default;
};

}
