// IdbfsSync: SyncBackend over IDBFS (idbfs_persistence.js). Saving copies /data into
// IndexedDB; reloading copies IndexedDB into /data (a read-only tab re-reading what the
// writing tab saved). Depends on: platform/storage.h, Emscripten.
#pragma once

#include "platform/storage.h"

#include <functional>
#include <optional>
#include <string>

namespace turnabout::web {

class IdbfsSync final : public SyncBackend {
public:
    // `wake` runs after every answer from IndexedDB, so the page redraws.
    explicit IdbfsSync(std::function<void()> wake);
    ~IdbfsSync() override;

    void start_sync(std::function<void(Status)> done) override;
    void start_reload(std::function<void(Status)> done);

    // Why the first load (before main) failed, if it did.
    static std::optional<std::string> boot_error();
};

}
