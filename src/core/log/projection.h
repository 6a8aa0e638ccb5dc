// Projection: the ProgramState a log replays to, kept up to date cheaply. Appends
// that sort last are applied alone; a merge that lands earlier replays from scratch.
// Depends on: core/log, core/domain.
#pragma once

#include "core/domain/decide.h"
#include "core/log/event_log.h"

#include <optional>

namespace turnabout {

// What the rules see of an event's envelope.
EventContext context_of(const Envelope& envelope);

// Replays the whole log in replay order.
ProgramState replay(const EventLog& log);

class Projection {
public:
    const ProgramState& state() const { return m_state; }
    // Brings the state up to date after `added` (ids now in `log`) were accepted.
    void catch_up(const EventLog& log, const std::vector<EventId>& added);
    void rebuild(const EventLog& log);
    // Starts from a saved state known to equal replay(log) (a snapshot).
    void restore(ProgramState state, std::optional<ReplayKey> last_applied);
    const std::optional<ReplayKey>& last_applied() const { return m_last_applied; }

private:
    ProgramState m_state;
    std::optional<ReplayKey> m_last_applied;
};

}
