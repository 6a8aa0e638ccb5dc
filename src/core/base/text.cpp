#include "core/base/text.h"

#include <cstdint>

namespace turnabout {

std::string trim(std::string_view text)
{
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && is_space(text[begin]))
        ++begin;
    while (end > begin && is_space(text[end - 1]))
        --end;
    return std::string(text.substr(begin, end - begin));
}

std::string ascii_lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool is_valid_utf8(std::string_view text)
{
    return utf8_error_offset(text) == std::string_view::npos;
}

std::size_t utf8_error_offset(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        auto byte = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        std::uint32_t code = 0;
        if (byte < 0x80) {
            ++i;
            continue;
        } else if ((byte & 0xe0) == 0xc0) {
            extra = 1;
            code = byte & 0x1f;
        } else if ((byte & 0xf0) == 0xe0) {
            extra = 2;
            code = byte & 0x0f;
        } else if ((byte & 0xf8) == 0xf0) {
            extra = 3;
            code = byte & 0x07;
        } else {
            return i;
        }
        if (i + extra >= text.size())
            return i;
        for (std::size_t k = 1; k <= extra; ++k) {
            auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3f);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if ((extra == 1 && code < 0x80) || (extra == 2 && code < 0x800) || (extra == 3 && code < 0x10000))
            return i;
        if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += extra + 1;
    }
    return std::string_view::npos;
}

std::size_t utf8_length(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xc0) != 0x80)
            ++count;
    }
    return count;
}

namespace {

// The code point starting at `i` of valid UTF-8, and the index after it.
char32_t code_point_at(std::string_view text, std::size_t& i)
{
    auto byte = static_cast<unsigned char>(text[i]);
    std::size_t extra = byte < 0x80 ? 0 : byte < 0xe0 ? 1 : byte < 0xf0 ? 2 : 3;
    char32_t code = extra == 0 ? byte : extra == 1 ? (byte & 0x1f) : extra == 2 ? (byte & 0x0f) : (byte & 0x07);
    for (std::size_t k = 1; k <= extra && i + k < text.size(); ++k)
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
    i += extra + 1;
    return code;
}

template<class Wanted>
std::optional<char32_t> first_code_point(std::string_view text, Wanted wanted)
{
    for (std::size_t i = 0; i < text.size();) {
        if (char32_t code = code_point_at(text, i); wanted(code))
            return code;
    }
    return std::nullopt;
}

}

std::optional<char32_t> first_control_character(std::string_view text, bool allow_newlines)
{
    return first_code_point(text, [allow_newlines](char32_t code) {
        if (allow_newlines && (code == U'\n' || code == U'\t'))
            return false;
        return code < 0x20 || (code >= 0x7f && code <= 0x9f);
    });
}

std::optional<char32_t> first_invisible_character(std::string_view text)
{
    return first_code_point(text, [](char32_t code) {
        const bool bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code == 0x200e || code == 0x200f || code == 0x061c;
        const bool zero_width = (code >= 0x200b && code <= 0x200d) || code == 0x2060 || code == 0xfeff;
        return bidi || zero_width;
    });
}

std::string code_point_name(char32_t code)
{
    constexpr char DIGITS[] = "0123456789ABCDEF";
    std::string hex;
    for (; code != 0 || hex.size() < 4; code >>= 4)
        hex.insert(hex.begin(), DIGITS[code & 0xf]);
    return "U+" + hex;
}

}
