// BrowserTab: whether this tab is the one that writes (a Web Lock, or without Web
// Locks a lease in localStorage: browser_tab.js), when the page is hidden or shown,
// and whether leaving it now would lose changes. Depends on: Emscripten.
#pragma once

#include <functional>

namespace turnabout::web {

class BrowserTab {
public:
    // Decided before main() runs; may become true later when the writer tab closed,
    // and false when a lease was lost.
    static bool is_writer();
    // `changed(visible, writer)` runs when the page is hidden or shown again.
    static void on_visibility_changed(std::function<void(bool visible, bool writer)> changed);
    // `lost()` runs when this tab stops being the writer: without Web Locks another tab
    // took the lease (this one slept past its expiry, say). It saves nothing more.
    static void on_writer_lost(std::function<void()> lost);
    // Asked when the person closes or reloads the page: true makes the browser ask
    // them first.
    static void on_leaving(std::function<bool()> has_unsaved_changes);
};

}
