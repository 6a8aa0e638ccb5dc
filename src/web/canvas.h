// Canvas: the page's one <canvas>, its WebGL2 context, and its size. The backing store
// is the CSS size times devicePixelRatio, so text is crisp on high-DPI screens and
// at browser zoom; ImGui works in CSS pixels. Depends on: Emscripten.
#pragma once

namespace turnabout::web {

struct CanvasSize {
    double css_width = 0;
    double css_height = 0;
    int pixel_width = 0;
    int pixel_height = 0;
    float pixel_ratio = 1;

    bool operator==(const CanvasSize&) const = default;
};

class Canvas {
public:
    // Creates the WebGL2 context on `selector` ("#canvas"); false if WebGL2 is missing.
    bool create(const char* selector);
    // Matches the backing store to the element's CSS size and the pixel ratio; returns
    // the current size. Cheap when nothing changed.
    const CanvasSize& sync_size();
    const CanvasSize& size() const { return m_size; }

private:
    const char* m_selector = "#canvas";
    CanvasSize m_size;
};

}
