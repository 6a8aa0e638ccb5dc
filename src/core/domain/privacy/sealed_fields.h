// Fields of a person sealed in an event: which fields, for whom, and their values as
// an envelope only the readers' devices open. The names and readers are plain, so
// anyone can tell what a file holds about whom without reading it (the audit); the
// values are not. Depends on: core/base, core/domain/privacy (values only).
#pragma once

#include "core/base/ids.h"
#include "core/domain/privacy/private_text_value.h"
#include "core/domain/privacy/readers.h"

#include <string>
#include <vector>

namespace turnabout::privacy {

inline constexpr std::size_t MAX_SEALED_GROUPS = 4;
inline constexpr std::size_t MAX_SEALED_FIELDS = 120;
// An envelope of every field of a person at their longest: generous, still bounded.
inline constexpr std::size_t MAX_SEALED_CONTENT = 1 << 20;

struct SealedFields {
    // PartnerAndAdmin or AdminOnly: a sealed group is never for everyone.
    Readers readers = Readers::AdminOnly;
    // "email", "level", "answer:q-…" (see person_fields.h).
    std::vector<std::string> fields;
    // The partners it was sealed to besides the person and the admin: the person's
    // active matches when it was recorded.
    std::vector<PersonId> partners;
    // A person with only the named fields filled in, as io encodes it, sealed.
    PrivateText content;
    // With a sealed email: a keyed hash of it (io), the same for the same address in
    // one program, so every device refuses a second person with one address without
    // reading it. Guessing an address and comparing is possible; reading one is not.
    std::string email_key;

    bool operator==(const SealedFields&) const = default;
};

}
