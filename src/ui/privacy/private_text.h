// Private text (a request's message, a decline or reassignment note) as this browser
// may show it. Depends on: app/store.h.
#pragma once

#include "app/store.h"

#include <string>

namespace turnabout::ui {

// The plain text when this browser is one of its readers; otherwise a line saying
// that it is private, never the sealed bytes.
std::string shown_private(const Store& store, const privacy::PrivateText& text);

}
