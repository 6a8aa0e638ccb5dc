#include "io/json_builder.h"

namespace turnabout::io {

JsonBuilder::JsonBuilder(Json& root, std::size_t max_depth)
    : m_root(root)
    , m_max_depth(max_depth)
{
}

void JsonBuilder::check_depth() const
{
    // Counted as the values' enclosing objects and arrays, checked for every value and
    // key: a refusal comes before anything deeper is read.
    if (m_open.size() > m_max_depth)
        throw JsonRefused("nested deeper than " + std::to_string(m_max_depth) + " levels");
}

// Values are built in place: a file of many small values costs what nlohmann's plain
// parse costs.
template<class Value>
JsonBuilder::Json* JsonBuilder::add(Value&& value)
{
    check_depth();
    if (m_open.empty()) {
        m_root = Json(std::forward<Value>(value));
        return &m_root;
    }
    Json& parent = *m_open.back();
    if (parent.is_array())
        return &parent.get_ref<Json::array_t&>().emplace_back(std::forward<Value>(value));
    *m_member = Json(std::forward<Value>(value));
    return m_member;
}

bool JsonBuilder::null()
{
    add(nullptr);
    return true;
}

bool JsonBuilder::boolean(bool value)
{
    add(value);
    return true;
}

bool JsonBuilder::number_integer(Json::number_integer_t value)
{
    add(value);
    return true;
}

bool JsonBuilder::number_unsigned(Json::number_unsigned_t value)
{
    add(value);
    return true;
}

bool JsonBuilder::number_float(Json::number_float_t value, const Json::string_t&)
{
    add(value);
    return true;
}

bool JsonBuilder::string(Json::string_t& value)
{
    add(value);
    return true;
}

bool JsonBuilder::binary(Json::binary_t& value)
{
    // JSON text has no binary values; the interface asks for the function all the same.
    add(std::move(value));
    return true;
}

bool JsonBuilder::start_object(std::size_t)
{
    m_open.push_back(add(Json::value_t::object));
    return true;
}

bool JsonBuilder::key(Json::string_t& key)
{
    check_depth();
    // nlohmann keeps the last of duplicate keys silently; a file that says two things
    // at once is refused instead.
    auto [member, inserted] = m_open.back()->get_ref<Json::object_t&>().try_emplace(key);
    if (!inserted)
        throw JsonRefused("duplicate key \"" + key + "\"");
    m_member = &member->second;
    return true;
}

bool JsonBuilder::end_object()
{
    m_open.pop_back();
    return true;
}

bool JsonBuilder::start_array(std::size_t)
{
    m_open.push_back(add(Json::value_t::array));
    return true;
}

bool JsonBuilder::end_array()
{
    m_open.pop_back();
    return true;
}

}
