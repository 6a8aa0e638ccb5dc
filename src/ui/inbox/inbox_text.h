// What an inbox item says, in the program's words: a title and a body for each kind
// (registration, request, answer, reminder, closing, match started, ending, extended).
// The other person of a confidential reassignment reads only that the match ended; the
// partner of someone who left reads who left.
// Private notes and messages show only where this browser may read them.
// Depends on: core/domain, app/store.h.
#pragma once

#include "app/store.h"
#include "core/base/date.h"
#include "core/domain/state.h"

#include <string>

namespace turnabout::ui {

struct InboxText {
    std::string title;
    std::string body;
    bool good = true; // a green dot, or a red one for refusals and endings
};

InboxText inbox_text(const Store& store, const ProgramState& state, const people::Person& person, const InboxItem& item, Date today);

}
