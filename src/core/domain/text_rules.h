// The rule every piece of text a person types must pass: valid UTF-8, no control
// characters (newlines only where a text may have several lines), a length limit a
// person understands. Depends on: core/base.
#pragma once

#include "core/base/result.h"

#include <string_view>

namespace turnabout {

enum class TextKind {
    SingleLine,
    MultiLine,
};

// `label` names the field in the message: "job title: at most 120 characters".
Status check_text(std::string_view label, std::string_view value, std::size_t max_length, TextKind kind = TextKind::SingleLine);
Status check_required_text(std::string_view label, std::string_view value, std::size_t max_length, TextKind kind = TextKind::SingleLine);

}
