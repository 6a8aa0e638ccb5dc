// The admin's keys on the Sharing screen: every key the admin acts from, with its
// fingerprint; "Back up admin key" (a passphrase-sealed file); "Restore admin from a
// backup" (the file is chosen like a program file, then its passphrase is asked).
// Depends on: app, ui/actions.h, ui/view_context.h.
#pragma once

#include "app/store.h"
#include "ui/actions.h"
#include "ui/view_context.h"

#include <string>

namespace turnabout::ui {

struct AdminKeysUi {
    // "Back up admin key": the passphrase, typed twice.
    std::string passphrase;
    std::string repeated;
    std::string backup_error;
    // A backup file that was opened and waits for its passphrase.
    bool restoring = false;
    std::string restore_file;
    std::string restore_bytes;
    AdminBackupSummary restore;
    std::string restore_passphrase;
    std::string restore_error;
    // "Add an admin browser": the key id the other browser shows.
    std::string co_admin;
    std::string co_admin_error;
};

// The card for `id`; `admin_here` when this browser acts as its admin.
void admin_keys_card(const ViewContext& context, const ProgramId& id, bool admin_here, AdminKeysUi& ui, float width, ActionQueue& actions);

}
