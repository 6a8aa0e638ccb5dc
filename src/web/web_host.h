// WebHost: ui::Host for the browser: downloads, the file picker, the bundled demo.
// Depends on: ui/host.h, platform/web.
#pragma once

#include "ui/host.h"

namespace turnabout::web {

class WebHost final : public ui::Host {
public:
    void download_file(std::string_view filename, std::string_view bytes) override;
    void choose_program_file() override;
    void choose_people_csv() override;
    std::optional<std::string> demo_program_bytes() override;
    std::string today() override;
    void copy_text(std::string_view text) override;
    void open_link(std::string_view url) override;
};

// Where --preload-file puts the demo program in the virtual file system.
inline constexpr const char* DEMO_PROGRAM_PATH = "/assets/demo_program.json";

}
