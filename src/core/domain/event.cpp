#include "core/domain/event.h"

namespace turnabout {

std::string_view event_type_name(const EventBody& body)
{
    return std::visit([](const auto& event) { return std::decay_t<decltype(event)>::TYPE; }, body);
}

}
