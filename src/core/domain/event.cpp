#include "core/domain/event.h"

namespace turnabout {

namespace {
template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
}

std::string_view event_type_name(const EventBody& body)
{
    return std::visit(Overloaded{
                          [](const program::ProgramCreated&) { return std::string_view("ProgramCreated"); },
                          [](const program::ProgramDetailsChanged&) { return std::string_view("ProgramDetailsChanged"); },
                          [](const people::PersonAdded&) { return std::string_view("PersonAdded"); },
                          [](const people::PersonUpdated&) { return std::string_view("PersonUpdated"); },
                          [](const people::PersonRemoved&) { return std::string_view("PersonRemoved"); },
                      },
        body);
}

}
