// The typefaces: Inter (from Debian's fonts-inter, preloaded into the page's virtual
// file system) rasterised at the screen's pixel ratio so text stays crisp on high-DPI
// screens and at browser zoom. Depends on: Dear ImGui.
#pragma once

#include <imgui.h>

namespace turnabout::ui {

struct Fonts {
    ImFont* body = nullptr;     // 16 px regular: almost everything
    ImFont* strong = nullptr;   // 16 px semibold: labels, names, buttons that lead
    ImFont* small = nullptr;    // 14 px regular: hints, table headers, status
    ImFont* heading = nullptr;  // 22 px semibold: section and dialog titles
    ImFont* title = nullptr;    // 34 px semibold: a screen's one big line
};

// Where the .otf files are in the virtual file system.
inline constexpr const char* REGULAR_FONT_PATH = "/assets/fonts/Inter-Regular.otf";
inline constexpr const char* SEMIBOLD_FONT_PATH = "/assets/fonts/Inter-SemiBold.otf";

// Rebuilds the atlas for `pixel_ratio` device pixels per CSS pixel. The renderer must
// then upload the atlas again. Falls back to ImGui's built-in font if the files are missing.
void build_fonts(float pixel_ratio);
const Fonts& fonts();

}
