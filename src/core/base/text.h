// Small text rules shared by every feature: trimming, case-folding for comparisons,
// UTF-8 checks. Depends on: the standard library only.
#pragma once

#include <string>
#include <string_view>

namespace turnabout {

std::string trim(std::string_view text);
// ASCII lower case; used to compare emails and to search names without caring about case.
std::string ascii_lower(std::string_view text);
bool is_valid_utf8(std::string_view text);
// Offset of the first byte that starts an invalid sequence, or npos if `text` is UTF-8.
std::size_t utf8_error_offset(std::string_view text);
// Number of code points, for length limits a person understands ("at most 120 characters").
std::size_t utf8_length(std::string_view text);
bool contains_control_characters(std::string_view text, bool allow_newlines);

}
