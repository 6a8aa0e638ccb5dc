// The real clock and randomness, and the sync of a platform whose files are durable
// once written. Standard C++ only, so the browser build uses them too.
// Depends on: core/base, platform/storage.h.
#pragma once

#include "core/base/clock.h"
#include "platform/storage.h"

#include <random>

namespace turnabout {

class SystemClock final : public Clock {
public:
    Timestamp now() const override;
};

// std::random_device: the OS's generator natively, crypto.getRandomValues in the browser.
class SystemRandom final : public Random {
public:
    std::uint64_t next_u64() override;

private:
    std::random_device m_device;
};

class ImmediateSync final : public SyncBackend {
public:
    void start_sync(std::function<void(Status)> done) override { done(Status::success()); }
};

}
