#include "platform/web/idbfs_sync.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
#include <utility>

extern "C" {
char* turnabout_storage_boot_error();
void turnabout_storage_sync(int request, int populate);
}

namespace turnabout::web {

namespace {

struct Pending {
    std::map<int, std::function<void(Status)>> callbacks;
    int next_request = 1;
    std::function<void()> wake;
};

// The JavaScript answer names a request number; the callbacks wait here until it comes.
Pending& pending()
{
    static Pending instance;
    return instance;
}

void start(bool populate, std::function<void(Status)> done)
{
    const int request = pending().next_request++;
    pending().callbacks.emplace(request, std::move(done));
    turnabout_storage_sync(request, populate ? 1 : 0);
}

}

IdbfsSync::IdbfsSync(std::function<void()> wake) { pending().wake = std::move(wake); }

IdbfsSync::~IdbfsSync() { pending().wake = nullptr; }

void IdbfsSync::start_sync(std::function<void(Status)> done) { start(false, std::move(done)); }

void IdbfsSync::start_reload(std::function<void(Status)> done) { start(true, std::move(done)); }

std::optional<std::string> IdbfsSync::boot_error()
{
    char* error = turnabout_storage_boot_error();
    if (!error)
        return std::nullopt;
    std::string message(error);
    std::free(error);
    return message;
}

}

extern "C" EMSCRIPTEN_KEEPALIVE void turnabout_storage_sync_finished(int request, int ok, const char* message)
{
    using namespace turnabout;
    auto& state = web::pending();
    auto found = state.callbacks.find(request);
    if (found == state.callbacks.end())
        return;
    auto done = std::move(found->second);
    state.callbacks.erase(found);
    done(ok ? Status::success() : Status(make_error("storage.sync_failed", message ? message : "IndexedDB failed")));
    if (state.wake)
        state.wake();
}
