// Private text: what only some people may read (a request's message, a decline note,
// a reassignment note). Events carry it sealed to its readers' devices; the core
// never sees inside, it only knows who the readers are. Depends on: core/domain.
#pragma once

#include "core/base/result.h"
#include "core/domain/event.h"
#include "core/domain/text_rules.h"

#include <string>
#include <string_view>
#include <vector>

namespace turnabout {
struct ProgramState;
}

namespace turnabout::privacy {

// Sealed text starts with this; io writes and opens it.
inline constexpr std::string_view SEALED_PREFIX = "sealed:v1:";

bool is_sealed(std::string_view text);

// check_text for plain text; for sealed text only a bound on its size, since the
// author's device checked the plain text before sealing it.
Status check_private_text(std::string_view label, std::string_view value, std::size_t max_length, TextKind kind);

// One private field of an event and who may read it.
struct PrivateField {
    std::string* text = nullptr;
    std::vector<PersonId> people;
    bool admin = false;
};

// The private fields of `body` about to be recorded in `state`, with their readers:
// a request's message for its two people (and the admin for a ranked list sent to
// them), a decline note for both people and the admin, a reassignment note for the
// one who asked and the admin.
std::vector<PrivateField> private_fields(const ProgramState& state, EventBody& body);

}
