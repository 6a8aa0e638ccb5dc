// FileStorage: Storage over a folder of real files (std::filesystem). Natively it is
// the tool's data folder; in the browser it is /data, mirrored to IndexedDB by IDBFS.
// Depends on: platform/storage.h.
#pragma once

#include "platform/storage.h"

#include <filesystem>

namespace turnabout {

class FileStorage final : public Storage {
public:
    explicit FileStorage(std::filesystem::path root);

    Result<std::optional<std::string>> read(const std::string& path) override;
    Status write_atomic(const std::string& path, std::string_view bytes) override;
    Result<std::vector<std::string>> list(const std::string& folder) override;
    Status remove(const std::string& path) override;

private:
    std::filesystem::path m_root;
};

}
