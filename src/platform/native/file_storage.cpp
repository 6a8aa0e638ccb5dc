#include "platform/native/file_storage.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

namespace turnabout {

FileStorage::FileStorage(std::filesystem::path root)
    : m_root(std::move(root))
{
}

Result<std::optional<std::string>> FileStorage::read(const std::string& path)
{
    auto full = m_root / path;
    std::error_code ec;
    if (!std::filesystem::exists(full, ec))
        return std::optional<std::string>();
    std::ifstream in(full, std::ios::binary);
    if (!in)
        return make_error("storage_read", "storage: cannot read " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return make_error("storage_read", "storage: reading " + path + " failed");
    return std::optional<std::string>(buffer.str());
}

Status FileStorage::write_atomic(const std::string& path, std::string_view bytes)
{
    auto full = m_root / path;
    std::error_code ec;
    std::filesystem::create_directories(full.parent_path(), ec);
    if (ec)
        return make_error("storage_write", "storage: cannot create the folder for " + path + ": " + ec.message());
    auto temporary = full;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            return make_error("storage_write", "storage: writing " + path + " failed (disk full?)");
    }
    // The browser's persistence copies a file only when its modification time changed:
    // a clock that stood still (or went back) must not make a new version look old.
    // Whole seconds: Emscripten's stat reports modification times to the second, so a
    // smaller step could land on a time an earlier version already had.
    const bool existed = std::filesystem::exists(full, ec);
    const auto previous = existed ? std::filesystem::last_write_time(full, ec) : std::filesystem::file_time_type{};
    std::filesystem::rename(temporary, full, ec);
    if (ec)
        return make_error("storage_write", "storage: cannot replace " + path + ": " + ec.message());
    if (existed && std::filesystem::last_write_time(full, ec) <= previous) {
        std::filesystem::last_write_time(full, previous + std::chrono::seconds(1), ec);
        if (ec)
            return make_error("storage_write", "storage: cannot date the new version of " + path + ": " + ec.message());
    }
    return {};
}

Result<std::vector<std::string>> FileStorage::list(const std::string& folder)
{
    std::vector<std::string> names;
    auto full = m_root / folder;
    std::error_code ec;
    if (!std::filesystem::is_directory(full, ec))
        return names;
    for (const auto& entry : std::filesystem::directory_iterator(full, ec))
        names.push_back(entry.path().filename().string());
    if (ec)
        return make_error("storage_list", "storage: cannot list " + folder + ": " + ec.message());
    std::sort(names.begin(), names.end());
    return names;
}

Status FileStorage::remove(const std::string& path)
{
    std::error_code ec;
    std::filesystem::remove(m_root / path, ec);
    if (ec)
        return make_error("storage_remove", "storage: cannot remove " + path + ": " + ec.message());
    return {};
}

}
