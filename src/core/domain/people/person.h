// The people feature: who takes part in a program and as what (mentor, mentee or
// both), added, edited and removed by the program's admin. Depends on: core/base.
#pragma once

#include "core/base/ids.h"

#include <optional>
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

struct Person {
    PersonId id;
    PersonDetails details;
    Timestamp added_at;

    bool operator==(const Person&) const = default;
};

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

// Events.
struct PersonAdded {
    PersonId id;
    PersonDetails details;

    bool operator==(const PersonAdded&) const = default;
};

struct PersonUpdated {
    PersonId id;
    PersonDetails details;

    bool operator==(const PersonUpdated&) const = default;
};

struct PersonRemoved {
    PersonId id;

    bool operator==(const PersonRemoved&) const = default;
};

}
