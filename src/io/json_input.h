// Reading untrusted JSON: limits checked before and during parsing, duplicate keys
// and invalid UTF-8 refused, and typed field access whose errors name the path.
// The only place besides the codecs that sees nlohmann. Depends on: nlohmann, core/base.
#pragma once

#include "core/base/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>

namespace turnabout::io {

using Json = nlohmann::json;

// The largest file Turnabout opens, checked before reading a byte of JSON.
inline constexpr std::size_t MAX_FILE_BYTES = 64u * 1024u * 1024u;
// Deepest nesting of objects and arrays a Turnabout file has is 5; more is refused.
inline constexpr int MAX_DEPTH = 16;
// Integers in files stay within what every JSON reader (JavaScript included) holds exactly.
inline constexpr std::uint64_t MAX_SAFE_INTEGER = (1ull << 53) - 1;
// The last millisecond of the year 9999: times past it are damage, not data.
inline constexpr std::int64_t MAX_UNIX_MS = 253402300799999;

// Thrown inside src/io only; the public decode functions turn it into an Error.
struct DecodeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Parses `bytes` or returns why not: "file is empty", "not valid UTF-8 at byte N",
// "duplicate key \"x\"", "nested deeper than 16 levels", "truncated or malformed
// JSON at byte N: ...".
Result<Json> parse_untrusted_json(std::string_view bytes, std::size_t max_bytes = MAX_FILE_BYTES);

// Typed access to one JSON object; every error names `path` and the field.
class ObjectReader {
public:
    ObjectReader(const Json& value, std::string path);

    std::string string(const char* key) const;
    std::string optional_string(const char* key) const;
    bool boolean(const char* key) const;
    std::uint64_t unsigned_int(const char* key, std::uint64_t min, std::uint64_t max) const;
    std::int64_t signed_int(const char* key, std::int64_t min, std::int64_t max) const;
    const Json& object(const char* key) const;
    const Json& array(const char* key) const;
    bool has(const char* key) const { return m_value.contains(key); }
    // Refuses fields this version does not know: a file is what it says, nothing hidden.
    void allow_only(std::initializer_list<const char*> keys) const;
    const std::string& path() const { return m_path; }

private:
    const Json& field(const char* key) const;
    [[noreturn]] void fail(const char* key, const std::string& what) const;

    const Json& m_value;
    std::string m_path;
};

}
