// What every view reads: the store and the save state, both const. Views never change
// them; they push actions. Depends on: app.
#pragma once

#include "app/save_status.h"
#include "app/store.h"
#include "core/base/date.h"

namespace turnabout::ui {

struct ViewContext {
    const Store& store;
    const SaveCoordinator& save;
    // Another tab holds the write lock: everything that would change data is disabled.
    bool read_only = false;
    // The person's today (local calendar day): time rules for requests and matches are
    // judged on it, and commands carry it as their `on`.
    Date today;
};

}
