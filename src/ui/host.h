// Host: what the UI needs from the page around it (files in and out, bundled assets).
// The web entry point implements it; the UI stays free of Emscripten.
// Depends on: the standard library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace turnabout::ui {

class Host {
public:
    virtual ~Host() = default;
    // Hands the bytes to the person as a downloaded file (.csv as text/csv, else JSON).
    virtual void download_file(std::string_view filename, std::string_view bytes) = 0;
    // Opens the system's file picker; a chosen file arrives later through the app's import.
    virtual void choose_program_file() = 0;
    // The same for a people CSV; the file arrives through receive_people_csv.
    virtual void choose_people_csv() = 0;
    // The demo program shipped with the app, or nullopt if it is missing.
    virtual std::optional<std::string> demo_program_bytes() = 0;
    // Today's date as YYYY-MM-DD (local time), for file names.
    virtual std::string today() = 0;
    virtual void copy_text(std::string_view text) = 0;
    // Only links the page itself made (mailto:), never one from a file.
    virtual void open_link(std::string_view url) = 0;
};

}
