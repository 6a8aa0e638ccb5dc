// MemoryStorage: Storage in a map, for tests; can be told to fail writes, the way a
// full disk or a refused IndexedDB transaction would. Depends on: platform/storage.h.
#pragma once

#include "platform/storage.h"

#include <functional>
#include <map>

namespace turnabout {

class MemoryStorage final : public Storage {
public:
    Result<std::optional<std::string>> read(const std::string& path) override;
    Status write_atomic(const std::string& path, std::string_view bytes) override;
    Result<std::vector<std::string>> list(const std::string& folder) override;
    Status remove(const std::string& path) override;

    void fail_writes(bool fail) { m_fail_writes = fail; }
    // Fails the writes `rule` picks, by path (a test's own counter chooses which
    // attempt); an empty rule fails none.
    void fail_writes_where(std::function<bool(const std::string& path)> rule) { m_fail_rule = std::move(rule); }
    const std::map<std::string, std::string>& files() const { return m_files; }
    std::size_t writes() const { return m_writes; }

private:
    std::map<std::string, std::string> m_files;
    bool m_fail_writes = false;
    std::function<bool(const std::string&)> m_fail_rule;
    std::size_t m_writes = 0;
};

// A sync that finishes only when the test says so, with the result it chooses.
class ManualSync final : public SyncBackend {
public:
    void start_sync(std::function<void(Status)> done) override;
    bool running() const { return static_cast<bool>(m_done); }
    std::size_t started() const { return m_started; }
    void finish(Status status);

private:
    std::function<void(Status)> m_done;
    std::size_t m_started = 0;
};

}
