// What the page exposes to JavaScript (the shell's window.turnabout), for browser
// tests and, later, an accessibility mirror: the last frame's items, and a status
// object (boot phase, save state, frames drawn). Depends on: ui/item_registry.
#pragma once

#include <functional>
#include <string>

namespace turnabout::web {

// `status_json` builds the status object on demand.
void set_page_status_source(std::function<std::string()> status_json);

}
