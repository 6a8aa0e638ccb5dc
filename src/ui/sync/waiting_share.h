// A file asked for before the save is confirmed ("Share program", "Send my changes"):
// no file leaves this browser holding a change that is not saved for sure, or this
// browser could lose that change and later number another one the same. The request
// waits, the person reads "Waiting for the save…", and the file is handed out by
// itself once the save is confirmed; while saving fails, the notice says so.
// Depends on: app (through ui/apply_actions).
#pragma once

#include "core/base/ids.h"

namespace turnabout {
class SaveCoordinator;
class Store;
}

namespace turnabout::ui {

struct AppUi;
struct AppServices;

struct WaitingShareUi {
    enum class File {
        None,
        Program, // "Share program"
        Changes, // "Send my changes"
    };
    File file = File::None;
    ProgramId program;
    // The notice already says saving failed: said once per failure, not every frame.
    bool told_failed = false;
};

// Every change of `program` is written and the platform confirmed it durable.
bool save_confirmed(const Store& store, const SaveCoordinator& save, const ProgramId& program);

// Hands the file out now if the save is confirmed, else makes it wait.
void ask_for_file(AppUi& ui, AppServices& services, WaitingShareUi::File file, const ProgramId& program);

// After each frame: hands out the waiting file once the save is confirmed; says once
// that it cannot while saving fails (it still follows once a retry succeeds).
void settle_waiting_share(AppUi& ui, AppServices& services);

}
