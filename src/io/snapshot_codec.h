// A program's projected state saved beside its log, so that opening the app need not
// replay every event. Rebuildable: when it does not match the log it is ignored.
// Depends on: io/json_input.h, core/log.
#pragma once

#include "core/base/result.h"
#include "core/domain/state.h"
#include "core/log/envelope.h"

#include <optional>
#include <string>

namespace turnabout::io {

struct Snapshot {
    ProgramId program;
    // The log this state was replayed from: its size and its last event in replay order.
    std::size_t event_count = 0;
    std::optional<ReplayKey> last_applied;
    ProgramState state;
    // The replay digest (io/replay_digest.h) of those events: the state is used only
    // for a log whose events up to last_applied hash the same.
    std::string covered_digest;

    bool operator==(const Snapshot&) const = default;
};

std::string encode_snapshot(const Snapshot& snapshot);
Result<Snapshot> decode_snapshot(std::string_view bytes);

}
