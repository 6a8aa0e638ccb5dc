// SaveCoordinator: one sync at a time, coalesced, and the save indicator's truth:
// "saved" only once the platform confirmed the write. Depends on: platform/storage.h (the backend, declared here only).
#pragma once

#include "core/base/result.h"

#include <cstdint>
#include <string>

namespace turnabout {

class SyncBackend;

enum class SaveState {
    Saved,   // everything written is durable (or nothing was ever written)
    Saving,  // a sync is under way
    Failed,  // the last sync failed; `message` says why; the next change or retry tries again
};

class SaveCoordinator {
public:
    explicit SaveCoordinator(SyncBackend& backend);

    // Something was written to Storage: make it durable. Coalesced: while a sync runs,
    // at most one more follows it.
    void request();
    void retry() { request(); }

    SaveState state() const { return m_state; }
    const std::string& message() const { return m_message; }
    // Counts finished syncs, so a view can redraw when one completes.
    std::uint64_t completed() const { return m_completed; }

private:
    void start();
    void finished(const Status& status);

    SyncBackend& m_backend;
    SaveState m_state = SaveState::Saved;
    std::string m_message;
    bool m_running = false;
    bool m_again = false;
    std::uint64_t m_completed = 0;
};

}
