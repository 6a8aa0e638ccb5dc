#include "app/held_events.h"

#include "core/domain/event.h"
#include "io/signing.h"

#include <algorithm>

namespace turnabout {

namespace {

std::string key_name(const DeviceId& device)
{
    const std::string print = io::fingerprint(device);
    return print.empty() ? device.value : print;
}

// A browser named by the people who use it: the admin's, the person who registered
// on it, or its key's fingerprint.
std::string browser_name(const ProgramState& state, const DeviceId& device)
{
    if (state.trust.signed_program && state.trust.is_admin_device(device))
        return device == state.trust.admin_device ? "the admin's browser" : "the admin's browser with key " + key_name(device);
    std::vector<std::string> names;
    for (const auto& [person, registered] : state.trust.registered_on) {
        auto it = state.people.find(person);
        if (registered == device && it != state.people.end())
            names.push_back(it->second.details.name);
    }
    std::sort(names.begin(), names.end());
    if (!names.empty())
        return names.front() + "'s browser";
    return "the browser with key " + key_name(device);
}

}

Result<std::vector<ResolvedConflict>> set_aside_unauthorized(EventLog& log, Projection& projection, const std::set<EventId>& judged_now)
{
    std::vector<ResolvedConflict> set_aside;
    for (;;) {
        const auto& skipped = projection.state().skipped;
        auto refused = std::find_if(skipped.begin(), skipped.end(), [](const SkippedEvent& skip) { return skip.refusal == Refusal::Authority; });
        if (refused == skipped.end())
            return set_aside;
        const EventId id = refused->event;
        const std::string type(event_type_name(log.events().at(id).body));
        if (judged_now.contains(id))
            return make_error("not_allowed", "its event " + key_name(id.device) + " #" + std::to_string(id.seq) + " (" + type + ") is not allowed: " + refused->reason);
        const std::string reason = refused->reason + "; it was set aside when the changes before it arrived, with its device's later changes";
        set_aside.push_back(ResolvedConflict{id, type, reason});
        log.set_aside(id, reason);
        projection.rebuild(log);
    }
}

std::string describe_exclusion(const ProgramState& state, const DeviceId& device, const Exclusion& exclusion)
{
    const std::string seq = "#" + std::to_string(exclusion.from_seq);
    return "Changes from " + browser_name(state, device) + " from " + seq + " on were set aside: it sent two different versions of change " + seq;
}

}
