#include "io/json_input.h"

#include "core/base/text.h"
#include "io/json_builder.h"

namespace turnabout::io {

Result<Json> parse_untrusted_json(std::string_view bytes, std::size_t max_bytes)
{
    if (bytes.empty())
        return make_error("empty_file", "the file is empty");
    if (bytes.size() > max_bytes)
        return make_error("file_too_large", "the file is " + std::to_string(bytes.size() / (1024 * 1024)) + " MiB; Turnabout opens files of at most " + std::to_string(max_bytes / (1024 * 1024)) + " MiB");
    if (!is_valid_utf8(bytes))
        return make_error("invalid_utf8", "the file is not valid UTF-8 text (first bad byte near offset " + std::to_string(utf8_error_offset(bytes)) + ")");

    // One pass: the builder refuses duplicate keys and deep nesting as they come.
    Json parsed;
    JsonBuilder builder(parsed, MAX_DEPTH);
    try {
        Json::sax_parse(bytes.begin(), bytes.end(), &builder);
        return parsed;
    } catch (const JsonRefused& refused) {
        return make_error("refused_json", std::string("the file is refused: ") + refused.what());
    } catch (const Json::parse_error& error) {
        return make_error("malformed_json", "the file is not complete, valid JSON (truncated or damaged near byte " + std::to_string(error.byte) + ")");
    } catch (const Json::out_of_range&) {
        // nlohmann reports a number too large for any type this way (say 1E900).
        return make_error("number_out_of_range", "the file holds a number too large to read");
    } catch (const std::exception& error) {
        return make_error("malformed_json", std::string("the file could not be read as JSON: ") + error.what());
    }
}

ObjectReader::ObjectReader(const Json& value, std::string path)
    : m_value(value)
    , m_path(std::move(path))
{
    if (!m_value.is_object())
        throw DecodeError(m_path + ": expected an object");
}

void ObjectReader::fail(const char* key, const std::string& what) const
{
    throw DecodeError(m_path + "." + key + ": " + what);
}

const Json& ObjectReader::field(const char* key) const
{
    auto it = m_value.find(key);
    if (it == m_value.end())
        fail(key, "missing");
    return *it;
}

std::string ObjectReader::string(const char* key) const
{
    const Json& value = field(key);
    if (!value.is_string())
        fail(key, "expected text");
    return value.get<std::string>();
}

bool ObjectReader::boolean(const char* key) const
{
    const Json& value = field(key);
    if (!value.is_boolean())
        fail(key, "expected true or false");
    return value.get<bool>();
}

std::string ObjectReader::optional_string(const char* key) const
{
    return has(key) ? string(key) : std::string();
}

std::uint64_t ObjectReader::unsigned_int(const char* key, std::uint64_t min, std::uint64_t max) const
{
    const Json& value = field(key);
    if (!value.is_number_integer())
        fail(key, "expected a whole number");
    if (value.is_number_unsigned()) {
        auto number = value.get<std::uint64_t>();
        if (number < min || number > max)
            fail(key, std::to_string(number) + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
        return number;
    }
    auto number = value.get<std::int64_t>();
    if (number < 0 || static_cast<std::uint64_t>(number) < min || static_cast<std::uint64_t>(number) > max)
        fail(key, std::to_string(number) + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
    return static_cast<std::uint64_t>(number);
}

std::int64_t ObjectReader::signed_int(const char* key, std::int64_t min, std::int64_t max) const
{
    const Json& value = field(key);
    if (!value.is_number_integer())
        fail(key, "expected a whole number");
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(max))
        fail(key, std::to_string(value.get<std::uint64_t>()) + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
    auto number = value.get<std::int64_t>();
    if (number < min || number > max)
        fail(key, std::to_string(number) + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
    return number;
}

const Json& ObjectReader::object(const char* key) const
{
    const Json& value = field(key);
    if (!value.is_object())
        fail(key, "expected an object");
    return value;
}

const Json& ObjectReader::array(const char* key) const
{
    const Json& value = field(key);
    if (!value.is_array())
        fail(key, "expected a list");
    return value;
}

void ObjectReader::allow_only(std::initializer_list<const char*> keys) const
{
    for (const auto& [key, value] : m_value.items()) {
        bool known = false;
        for (const char* allowed : keys)
            known = known || key == allowed;
        if (!known)
            throw DecodeError(m_path + ": unexpected field \"" + key + "\"");
    }
}

}
