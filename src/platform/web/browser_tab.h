// BrowserTab: whether this tab is the one that writes (a Web Lock, browser_tab.js),
// and when the page is hidden or shown. Depends on: Emscripten.
#pragma once

#include <functional>

namespace turnabout::web {

class BrowserTab {
public:
    // Decided before main() runs; may become true later when the writer tab closed.
    static bool is_writer();
    // `changed(visible, writer)` runs when the page is hidden or shown again.
    static void on_visibility_changed(std::function<void(bool visible, bool writer)> changed);
};

}
