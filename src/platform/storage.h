// Storage: the files the app keeps (device identity, log segments, snapshots),
// addressed by relative paths. Depends on: core/base.
#pragma once

#include "core/base/result.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout {

class Storage {
public:
    virtual ~Storage() = default;
    // The file's bytes, nullopt if it does not exist, or an error if it cannot be read.
    virtual Result<std::optional<std::string>> read(const std::string& path) = 0;
    // Writes the whole file so that a reader sees the old or the new bytes, never a
    // mix: a temporary file, then a rename. Creates missing folders.
    virtual Status write_atomic(const std::string& path, std::string_view bytes) = 0;
    // Names (not paths) of the entries in a folder, sorted; empty if it does not exist.
    virtual Result<std::vector<std::string>> list(const std::string& folder) = 0;
    virtual Status remove(const std::string& path) = 0;
};

// Makes what Storage wrote survive closing the page. Natively a written file already
// does; in the browser this is IndexedDB's confirmation (IDBFS syncfs). Asynchronous:
// `done` is called once, later, from the main loop's thread.
class SyncBackend {
public:
    virtual ~SyncBackend() = default;
    virtual void start_sync(std::function<void(Status)> done) = 0;
};

}
