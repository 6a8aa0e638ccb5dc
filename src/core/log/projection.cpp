#include "core/log/projection.h"

#include <algorithm>

namespace turnabout {

EventContext context_of(const Envelope& envelope)
{
    return EventContext{envelope.id, envelope.author, envelope.recorded_at, !envelope.signature.empty(), envelope.schema};
}

ProgramState replay(const EventLog& log)
{
    ProgramState state;
    for (const Envelope* envelope : log.in_replay_order())
        apply(state, context_of(*envelope), envelope->body);
    return state;
}

void Projection::rebuild(const EventLog& log)
{
    m_state = replay(log);
    auto order = log.in_replay_order();
    m_last_applied = order.empty() ? std::nullopt : std::optional<ReplayKey>(replay_key(*order.back()));
}

void Projection::restore(ProgramState state, std::optional<ReplayKey> last_applied)
{
    m_state = std::move(state);
    m_last_applied = std::move(last_applied);
}

void Projection::catch_up(const EventLog& log, const std::vector<EventId>& added)
{
    std::vector<const Envelope*> fresh;
    fresh.reserve(added.size());
    for (const EventId& id : added)
        fresh.push_back(&log.events().at(id));
    std::sort(fresh.begin(), fresh.end(), [](const Envelope* a, const Envelope* b) { return replay_key(*a) < replay_key(*b); });
    if (!fresh.empty() && m_last_applied && replay_key(*fresh.front()) < *m_last_applied) {
        rebuild(log);
        return;
    }
    for (const Envelope* envelope : fresh) {
        apply(m_state, context_of(*envelope), envelope->body);
        m_last_applied = replay_key(*envelope);
    }
}

}
