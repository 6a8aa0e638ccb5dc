// Who reads a field a person fills in: everyone in the program, their match partner
// (once matched) and the admin, or the admin only. The person always reads their own.
// Depends on: nothing.
#pragma once

#include <optional>
#include <string_view>

namespace turnabout::privacy {

enum class Readers {
    Everyone,
    PartnerAndAdmin,
    AdminOnly,
};

std::string_view readers_name(Readers readers); // "everyone", "partner_and_admin", "admin_only"
std::optional<Readers> readers_from_name(std::string_view name);
// What a person reads beside the field: "Everyone in the program".
std::string_view readers_label(Readers readers);

}
