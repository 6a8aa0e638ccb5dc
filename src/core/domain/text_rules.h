// The rule every piece of text a person types must pass: valid UTF-8, no control
// characters (newlines only where a text may have several lines), a length limit a
// person understands; and for what tells one person from another, nothing unseen.
// Depends on: core/base.
#pragma once

#include "core/base/result.h"

#include <string_view>

namespace turnabout {

enum class TextKind {
    SingleLine,
    MultiLine,
    // A person's name or email: one line, and no character that shows as nothing or
    // turns the text around it (core/base/text.h, first_invisible_character). With
    // one, "Ana Lima" and "Ana Lima" followed by a zero-width space are two people who
    // read alike, and an email passes the "already used" check while reading as
    // another's. Other texts keep these characters: right-to-left writing needs the
    // marks in mixed sentences, Persian and Indic words need the joiners, and those
    // texts do not say who someone is. The cost: a name written with a joiner must be
    // typed without one, and its letters join a little differently.
    Identity,
};

// `label` names the field in the message: "job title: at most 120 characters".
Status check_text(std::string_view label, std::string_view value, std::size_t max_length, TextKind kind = TextKind::SingleLine);
Status check_required_text(std::string_view label, std::string_view value, std::size_t max_length, TextKind kind = TextKind::SingleLine);

}
