#include "core/domain/text_rules.h"

#include "core/base/text.h"

#include <string>

namespace turnabout {

Status check_text(std::string_view label, std::string_view value, std::size_t max_length, TextKind kind)
{
    if (!is_valid_utf8(value))
        return make_error("invalid_text", std::string(label) + ": text is not valid UTF-8");
    if (contains_control_characters(value, kind == TextKind::MultiLine))
        return make_error("invalid_text", std::string(label) + ": text contains control characters");
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
