#include "web/page_api.h"

#include "ui/item_registry.h"

#include <emscripten/emscripten.h>

#include <utility>

namespace turnabout::web {

namespace {

std::function<std::string()>& status_source()
{
    static std::function<std::string()> source;
    return source;
}

// The text handed to JavaScript stays alive until the next call.
std::string& answer()
{
    static std::string text;
    return text;
}

}

void set_page_status_source(std::function<std::string()> status_json) { status_source() = std::move(status_json); }

}

extern "C" EMSCRIPTEN_KEEPALIVE const char* turnabout_items_json()
{
    auto* registry = turnabout::ui::ItemRegistry::current();
    turnabout::web::answer() = registry ? registry->last_frame_json() : "[]";
    return turnabout::web::answer().c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* turnabout_status_json()
{
    auto& source = turnabout::web::status_source();
    turnabout::web::answer() = source ? source() : "{}";
    return turnabout::web::answer().c_str();
}
