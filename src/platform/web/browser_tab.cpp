#include "platform/web/browser_tab.h"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" int turnabout_tab_is_writer();

namespace turnabout::web {

namespace {

struct Handlers {
    std::function<void(bool, bool)> visibility;
    std::function<void()> writer_lost;
    std::function<bool()> unsaved;
};

Handlers& handlers()
{
    static Handlers instance;
    return instance;
}

}

bool BrowserTab::is_writer() { return turnabout_tab_is_writer() != 0; }

void BrowserTab::on_visibility_changed(std::function<void(bool visible, bool writer)> changed)
{
    handlers().visibility = std::move(changed);
}

void BrowserTab::on_writer_lost(std::function<void()> lost) { handlers().writer_lost = std::move(lost); }

void BrowserTab::on_leaving(std::function<bool()> has_unsaved_changes) { handlers().unsaved = std::move(has_unsaved_changes); }

}

extern "C" EMSCRIPTEN_KEEPALIVE void turnabout_page_visibility_changed(int visible, int writer)
{
    if (auto& handler = turnabout::web::handlers().visibility)
        handler(visible != 0, writer != 0);
}

extern "C" EMSCRIPTEN_KEEPALIVE void turnabout_tab_writer_lost()
{
    if (auto& handler = turnabout::web::handlers().writer_lost)
        handler();
}

extern "C" EMSCRIPTEN_KEEPALIVE int turnabout_page_has_unsaved_changes()
{
    auto& handler = turnabout::web::handlers().unsaved;
    return handler && handler() ? 1 : 0;
}
