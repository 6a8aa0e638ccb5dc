// Builds a JSON value from nlohmann's SAX events in one pass over the bytes, refusing
// what no Turnabout file holds as soon as it appears: nesting past a depth, and a key
// twice in one object. nlohmann's parser with a callback could check the same, but it
// walks a container's members again after every object it closes, so a file of many
// small objects took time in the square of its length (seconds for one megabyte).
// Depends on: nlohmann.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace turnabout::io {

// Thrown by the builder for input it refuses; the message says why.
struct JsonRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// nlohmann's SAX interface (`nlohmann::json::sax_parse`); the value is built in `root`.
class JsonBuilder {
public:
    using Json = nlohmann::json;

    // A value inside more than `max_depth` objects and arrays is refused.
    JsonBuilder(Json& root, std::size_t max_depth);

    bool null();
    bool boolean(bool value);
    bool number_integer(Json::number_integer_t value);
    bool number_unsigned(Json::number_unsigned_t value);
    bool number_float(Json::number_float_t value, const Json::string_t& text);
    bool string(Json::string_t& value);
    bool binary(Json::binary_t& value);
    bool start_object(std::size_t size);
    bool key(Json::string_t& key);
    bool end_object();
    bool start_array(std::size_t size);
    bool end_array();

    // nlohmann's own error, thrown again with its type: a parse_error knows its byte,
    // an out_of_range is a number too large for any type.
    template<class Exception>
    bool parse_error(std::size_t, const std::string&, const Exception& error)
    {
        throw error;
    }

private:
    // Places `value` where the parser is (the root, the open array's end or the member
    // whose key came last) and returns where it now lives.
    template<class Value>
    Json* add(Value&& value);
    void check_depth() const;

    Json& m_root;
    std::size_t m_max_depth;
    // The objects and arrays still open, outermost first. Only the innermost grows, so
    // pointers to the others stay valid.
    std::vector<Json*> m_open;
    Json* m_member = nullptr;
};

}
