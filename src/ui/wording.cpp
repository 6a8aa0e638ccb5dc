#include "ui/wording.h"

namespace turnabout::ui {

std::string quoted(std::string_view text) { return "\xE2\x80\x9C" + std::string(text) + "\xE2\x80\x9D"; }

std::string counted(std::size_t count, std::string_view singular, std::string_view plural)
{
    return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

std::string people_count(std::size_t count) { return counted(count, "person", "people"); }

std::string changes_count(std::size_t count) { return counted(count, "change", "changes"); }

}
