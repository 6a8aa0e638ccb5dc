#include "cli/event_text.h"

namespace turnabout::cli {

std::string event_id_text(const EventId& id)
{
    return id.device.value + ":" + std::to_string(id.seq);
}

std::string counts_text(const std::map<std::string, std::size_t>& by_type)
{
    std::string out;
    for (const auto& [type, count] : by_type)
        out += (out.empty() ? "" : ", ") + type + ": " + std::to_string(count);
    return out;
}

std::string events_text(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " event" : " events");
}

}
