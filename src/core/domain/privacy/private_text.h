// The readers of private text: which fields of which events only some people may read
// (a request's message, a decline note, a match's notes, a note to the admin), and who
// they are.
// The recording device seals each such field to its readers' devices (app, io); the
// core never sees inside. Depends on: core/domain.
#pragma once

#include "core/base/result.h"
#include "core/domain/event.h"
#include "core/domain/privacy/private_text_value.h"
#include "core/domain/text_rules.h"

#include <string>
#include <string_view>
#include <vector>

namespace turnabout {
struct ProgramState;
}

namespace turnabout::privacy {

// check_text for plain text; for sealed text only a bound on its size, since the
// author's device checked the plain text before sealing it.
Status check_private_text(std::string_view label, const PrivateText& value, std::size_t max_length, TextKind kind);

// One private field of an event, who may read it, and what it is ("decline_note"),
// for the audit's lines.
struct PrivateField {
    PrivateText* text = nullptr;
    std::vector<PersonId> people;
    bool admin = false;
    std::string_view what = "private_note";
};

// What a private field is, in words: "A request's message".
std::string_view private_field_label(std::string_view what);

// The private fields of `body` about to be recorded in `state`, with their readers:
// a request's message for its two people (and the admin for a ranked list sent to
// them), a ranked list's note on each mentor for the mentee and the admin, the
// admin's closing note for the people of the requests closed and the admin, a
// decline note for both people and the admin, a reassignment note for the
// one who asked and the admin, a declined registration's reason for its person and
// the admin, a match's early end reason and an extension's note for the match's two
// people and the admin, a note to the admin for the admin (and its author's browser,
// which every sealing includes).
std::vector<PrivateField> private_fields(const ProgramState& state, EventBody& body);

}
