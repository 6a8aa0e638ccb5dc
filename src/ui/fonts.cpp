#include "ui/fonts.h"

#include <cstdio>
#include <string>

namespace turnabout::ui {

namespace {

Fonts g_fonts;

// Latin with the extensions European names need, and the typographic punctuation the
// UI and people's text use (quotes, dashes, ellipsis, bullet).
const ImWchar GLYPH_RANGES[] = {
    0x0020, 0x00FF, // Basic Latin, Latin-1
    0x0100, 0x024F, // Latin Extended-A and -B
    0x2010, 0x2027, // dashes, quotes, bullet, ellipsis
    0x2030, 0x203A, // per mille, primes, angle quotes
    0x20AC, 0x20AC, // euro
    0x2190, 0x2193, // arrows
    0x2713, 0x2717, // check marks
    0,
};

bool file_exists(const char* path)
{
    if (std::FILE* file = std::fopen(path, "rb")) {
        std::fclose(file);
        return true;
    }
    return false;
}

ImFont* add_font(const char* path, float size, float pixel_ratio)
{
    ImFontConfig config;
    // Sub-pixel positioning along the line helps small text; large glyphs need none,
    // and skipping it keeps the atlas small at high pixel ratios.
    config.OversampleH = size * pixel_ratio < 24 ? 2 : 1;
    config.OversampleV = 1;
    config.PixelSnapH = false;
    ImGuiIO& io = ImGui::GetIO();
    return io.Fonts->AddFontFromFileTTF(path, size * pixel_ratio, &config, GLYPH_RANGES);
}

}

void build_fonts(float pixel_ratio, std::string_view directory)
{
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const std::string regular = std::string(directory) + "/" + REGULAR_FONT_FILE;
    const std::string semibold = std::string(directory) + "/" + SEMIBOLD_FONT_FILE;
    if (file_exists(regular.c_str()) && file_exists(semibold.c_str())) {
        g_fonts.body = add_font(regular.c_str(), 16, pixel_ratio);
        g_fonts.strong = add_font(semibold.c_str(), 16, pixel_ratio);
        g_fonts.small = add_font(regular.c_str(), 14, pixel_ratio);
        g_fonts.heading = add_font(semibold.c_str(), 22, pixel_ratio);
        g_fonts.title = add_font(semibold.c_str(), 34, pixel_ratio);
    } else {
        std::fprintf(stderr, "fonts: %s missing, using the built-in font\n", regular.c_str());
        ImFontConfig config;
        config.SizePixels = 13 * pixel_ratio;
        ImFont* font = io.Fonts->AddFontDefault(&config);
        g_fonts = Fonts{font, font, font, font, font};
    }
    // ImGui lays out in CSS pixels; glyphs were rasterised ratio times larger.
    io.FontGlobalScale = 1.0f / pixel_ratio;
    io.FontDefault = g_fonts.body;
    io.Fonts->Build();
}

const Fonts& fonts() { return g_fonts; }

}
