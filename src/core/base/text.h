// Small text rules shared by every feature: trimming, case-folding for comparisons,
// UTF-8 checks. Depends on: the standard library only.
#pragma once

#include <optional>
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
// The first control character of valid UTF-8 `text` (U+0000 to U+001F, U+007F to
// U+009F), or nothing; line breaks and tabs pass where `allow_newlines`.
std::optional<char32_t> first_control_character(std::string_view text, bool allow_newlines);
// The first character of valid UTF-8 `text` that shows as nothing or turns the
// direction of the text around it, or nothing: bidi embeddings and overrides
// (U+202A to U+202E), isolates (U+2066 to U+2069) and marks (U+200E, U+200F, U+061C);
// zero-width spaces and joiners (U+200B to U+200D, U+2060) and the byte-order mark
// (U+FEFF). With them, two texts that read alike are different.
std::optional<char32_t> first_invisible_character(std::string_view text);
// "U+202E": how a message names a character its reader cannot see.
std::string code_point_name(char32_t code);

}
