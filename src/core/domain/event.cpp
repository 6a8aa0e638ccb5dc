#include "core/domain/event.h"

#include "core/base/overloaded.h"

namespace turnabout {

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
