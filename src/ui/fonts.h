// The typefaces: Inter (from Debian's fonts-inter, preloaded into the page's virtual
// file system) rasterised at the screen's pixel ratio so text stays crisp on high-DPI
// screens and at browser zoom. Depends on: Dear ImGui.
#pragma once

#include <imgui.h>

#include <string_view>

namespace turnabout::ui {

struct Fonts {
    ImFont* body = nullptr;     // 16 px regular: almost everything
    ImFont* strong = nullptr;   // 16 px semibold: labels, names, buttons that lead
    ImFont* small = nullptr;    // 14 px regular: hints, table headers, status
    ImFont* heading = nullptr;  // 22 px semibold: section and dialog titles
    ImFont* title = nullptr;    // 34 px semibold: a screen's one big line
};

// Where the .otf files are in the page's virtual file system; the native tests pass
// the folder Debian installs them in.
inline constexpr const char* PAGE_FONT_DIR = "/assets/fonts";
inline constexpr const char* REGULAR_FONT_FILE = "Inter-Regular.otf";
inline constexpr const char* SEMIBOLD_FONT_FILE = "Inter-SemiBold.otf";

// Rebuilds the atlas for `pixel_ratio` device pixels per CSS pixel from the files in
// `directory`. The renderer must then upload the atlas again. Falls back to ImGui's
// built-in font if the files are missing.
void build_fonts(float pixel_ratio, std::string_view directory = PAGE_FONT_DIR);
const Fonts& fonts();

}
