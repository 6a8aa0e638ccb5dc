#include "core/domain/text_rules.h"

#include "core/base/text.h"

#include <string>

namespace turnabout {

Status check_text(std::string_view label, std::string_view value, std::size_t max_length, TextKind kind)
{
    if (!is_valid_utf8(value))
        return make_error("invalid_text", std::string(label) + ": text is not valid UTF-8");
    // The message names the character: a person cannot see what to take out.
    if (auto control = first_control_character(value, kind == TextKind::MultiLine))
        return make_error("invalid_text", std::string(label) + ": holds a control character (" + code_point_name(*control) + "); type it again without it");
    if (kind == TextKind::Identity) {
        if (auto unseen = first_invisible_character(value))
            return make_error("invisible_character",
                std::string(label) + ": holds an invisible or direction-changing character (" + code_point_name(*unseen) + "); type it again without it");
    }
    if (utf8_length(value) > max_length)
        return make_error("too_long", std::string(label) + ": at most " + std::to_string(max_length) + " characters");
    return {};
}

Status check_required_text(std::string_view label, std::string_view value, std::size_t max_length, TextKind kind)
{
    if (value.empty())
        return make_error("required", std::string(label) + ": required");
    return check_text(label, value, max_length, kind);
}

}
