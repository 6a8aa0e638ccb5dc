#include "core/domain/privacy/readers.h"

namespace turnabout::privacy {

std::string_view readers_name(Readers readers)
{
    switch (readers) {
    case Readers::Everyone:
        return "everyone";
    case Readers::PartnerAndAdmin:
        return "partner_and_admin";
    case Readers::AdminOnly:
        return "admin_only";
    }
    return "admin_only";
}

std::optional<Readers> readers_from_name(std::string_view name)
{
    for (Readers readers : {Readers::Everyone, Readers::PartnerAndAdmin, Readers::AdminOnly}) {
        if (readers_name(readers) == name)
            return readers;
    }
    return std::nullopt;
}

std::string_view readers_label(Readers readers)
{
    switch (readers) {
    case Readers::Everyone:
        return "Everyone in the program";
    case Readers::PartnerAndAdmin:
        return "Your match partner and the admin";
    case Readers::AdminOnly:
        return "Only the admin";
    }
    return "Only the admin";
}

}
