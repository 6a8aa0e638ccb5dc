// Programs in and out as files: "Share program" and "Send my changes" download them
// once the save is confirmed (ui/sync/waiting_share.h);
// files the person opened or dropped together are merged one by one, all or nothing
// each, and reported in one merge report. Depends on: app, ui/apply_actions.
#pragma once

#include "ui/apply_actions.h"
#include "ui/sync/waiting_share.h" // settle_waiting_share, which the page calls after each frame

#include <optional>
#include <string>
#include <vector>

namespace turnabout::ui {

struct ReceivedProgramFile {
    std::string name;
    std::optional<std::string> bytes; // nullopt: the browser could not read the file
};

void apply_sharing(AppUi& ui, AppServices& services, const ShareProgramAction& action);
void apply_sharing(AppUi& ui, AppServices& services, const SendChangesAction& action);

// Files chosen or dropped together: each merged into the store or refused with the
// reason, then the merge report lists them all. An admin key backup among them is
// not merged: it opens the restore form on its program's Sharing screen.
void open_program_files(AppUi& ui, Store& store, const std::vector<ReceivedProgramFile>& files);

// "northwind-mentoring.json" and "northwind-mentoring-changes-2027-02-01.json".
std::string share_file_name(std::string_view program_name);
// "northwind-mentoring-admin-backup.json".
std::string admin_backup_file_name(std::string_view program_name);

void apply_admin_keys(AppUi& ui, AppServices& services, const BackUpAdminKeyAction& action);
void apply_admin_keys(AppUi& ui, AppServices& services, const RestoreAdminAction& action);
void apply_admin_keys(AppUi& ui, AppServices& services, const CancelRestoreAdminAction& action);
void apply_admin_keys(AppUi& ui, AppServices& services, const EnrolAdminDeviceAction& action);
std::string changes_file_name(std::string_view program_name, std::string_view today);

}
