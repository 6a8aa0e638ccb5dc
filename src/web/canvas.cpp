#include "web/canvas.h"

#include <emscripten/html5.h>
#include <emscripten/html5_webgl.h>

#include <cmath>

namespace turnabout::web {

bool Canvas::create(const char* selector)
{
    m_selector = selector;
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = false; // the page colour comes from ImGui; an opaque canvas composites faster
    attributes.depth = false;
    attributes.stencil = false;
    attributes.antialias = false; // ImGui anti-aliases its own shapes
    attributes.preserveDrawingBuffer = false;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(selector, &attributes);
    if (context <= 0)
        return false;
    emscripten_webgl_make_context_current(context);
    sync_size();
    return true;
}

const CanvasSize& Canvas::sync_size()
{
    CanvasSize next;
    emscripten_get_element_css_size(m_selector, &next.css_width, &next.css_height);
    next.pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (next.pixel_ratio <= 0)
        next.pixel_ratio = 1;
    next.pixel_width = static_cast<int>(std::lround(next.css_width * next.pixel_ratio));
    next.pixel_height = static_cast<int>(std::lround(next.css_height * next.pixel_ratio));
    if (!(next == m_size)) {
        emscripten_set_canvas_element_size(m_selector, next.pixel_width, next.pixel_height);
        m_size = next;
    }
    return m_size;
}

}
