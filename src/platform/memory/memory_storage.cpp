#include "platform/memory/memory_storage.h"

#include <algorithm>

namespace turnabout {

Result<std::optional<std::string>> MemoryStorage::read(const std::string& path)
{
    auto it = m_files.find(path);
    if (it == m_files.end())
        return std::optional<std::string>();
    return std::optional<std::string>(it->second);
}

Status MemoryStorage::write_atomic(const std::string& path, std::string_view bytes)
{
    if (m_fail_writes || (m_fail_rule && m_fail_rule(path)))
        return make_error("storage_write", "storage: writing " + path + " failed (quota exceeded)");
    ++m_writes;
    m_files[path] = std::string(bytes);
    return {};
}

Result<std::vector<std::string>> MemoryStorage::list(const std::string& folder)
{
    std::vector<std::string> names;
    std::string prefix = folder.empty() ? "" : folder + "/";
    for (const auto& [path, bytes] : m_files) {
        if (path.compare(0, prefix.size(), prefix) != 0)
            continue;
        auto rest = path.substr(prefix.size());
        auto name = rest.substr(0, rest.find('/'));
        names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

Status MemoryStorage::remove(const std::string& path)
{
    m_files.erase(path);
    return {};
}

void ManualSync::start_sync(std::function<void(Status)> done)
{
    ++m_started;
    m_done = std::move(done);
}

void ManualSync::finish(Status status)
{
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(status);
}

}
