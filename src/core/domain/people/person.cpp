#include "core/domain/people/person.h"

#include <array>

namespace turnabout::people {

std::string_view role_name(Role role)
{
    switch (role) {
    case Role::Mentor:
        return "mentor";
    case Role::Mentee:
        return "mentee";
    case Role::Both:
        return "both";
    }
    return "mentee";
}

std::optional<Role> role_from_name(std::string_view name)
{
    if (name == "mentor")
        return Role::Mentor;
    if (name == "mentee")
        return Role::Mentee;
    if (name == "both")
        return Role::Both;
    return std::nullopt;
}

std::string_view level_name(int level)
{
    static constexpr std::array<std::string_view, 10> NAMES = {
        "Not given",
        "Associate",
        "Professional",
        "Senior professional",
        "Lead",
        "Manager",
        "Senior manager",
        "Director",
        "Vice president",
        "Executive",
    };
    if (level < MIN_LEVEL || level > MAX_LEVEL)
        return "Unknown";
    return NAMES[static_cast<std::size_t>(level)];
}

}

namespace turnabout::people {

std::string_view membership_name(Membership membership)
{
    switch (membership) {
    case Membership::Active:
        return "active";
    case Membership::AwaitingApproval:
        return "awaiting_approval";
    case Membership::Declined:
        return "declined";
    }
    return "active";
}

std::optional<Membership> membership_from_name(std::string_view name)
{
    for (auto m : {Membership::Active, Membership::AwaitingApproval, Membership::Declined}) {
        if (membership_name(m) == name)
            return m;
    }
    return std::nullopt;
}

}
