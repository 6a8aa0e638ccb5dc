#include "platform/web/browser_tab.h"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" int turnabout_tab_is_writer();

namespace turnabout::web {

namespace {

std::function<void(bool, bool)>& visibility_handler()
{
    static std::function<void(bool, bool)> handler;
    return handler;
}

}

bool BrowserTab::is_writer() { return turnabout_tab_is_writer() != 0; }

void BrowserTab::on_visibility_changed(std::function<void(bool visible, bool writer)> changed)
{
    visibility_handler() = std::move(changed);
}

}

extern "C" EMSCRIPTEN_KEEPALIVE void turnabout_page_visibility_changed(int visible, int writer)
{
    if (auto& handler = turnabout::web::visibility_handler())
        handler(visible != 0, writer != 0);
}
