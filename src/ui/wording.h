// Small phrases every screen builds the same way: a name in typographic quotes, a
// count with its noun ("1 person", "3 people").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace turnabout::ui {

// “text”
std::string quoted(std::string_view text);
// "1 change", "2 changes": the count and the noun that agrees with it.
std::string counted(std::size_t count, std::string_view singular, std::string_view plural);
std::string people_count(std::size_t count);
std::string changes_count(std::size_t count);

}
