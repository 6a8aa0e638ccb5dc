#include "ui/sync/sharing_actions.h"
#include "ui/sync/waiting_share.h"
#include "ui/wording.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

void open_program_file_list(AppUi& ui, Store& store, const std::vector<ReceivedProgramFile>& files);



std::string new_changes(std::size_t count) { return counted(count, "new change", "new changes"); }

// The report says "Refused:" itself: the store's own lead-in would repeat it.
std::string refusal_reason(std::string message)
{
    for (std::string_view lead_in : {std::string_view("the file was refused: "), std::string_view("the file was not opened: ")}) {
        if (message.starts_with(lead_in))
            return message.substr(lead_in.size());
    }
    return message;
}

std::string program_name(const Store& store, const ProgramId& id)
{
    const ProgramState* state = store.program(id);
    return state && state->program ? state->program->name : std::string("program");
}

// The short notice for one file; the merge report says the rest.
std::string single_file_notice(const Store& store, const MergedFile& file)
{
    const std::string name = file.name.empty() ? std::string("the file") : quoted(file.name);
    if (!file.refused.empty())
        return "Could not open " + name + ": " + file.refused + ". Nothing was changed.";
    const ImportReport& report = file.report;
    const ProgramState* state = store.program(report.program);
    const std::string program = report.program_name.empty() ? std::string("a program") : quoted(report.program_name);
    const auto& restored = store.restored_programs();
    if (report.new_program && std::any_of(restored.begin(), restored.end(), [&](const RestoredProgram& r) { return r.program == report.program; }))
        return "Restored " + program + " from " + name + ": " + people_count(state ? state->people.size() : 0)
            + ". Its damaged files are kept aside in this browser, not deleted.";
    return std::string(report.new_program ? "Opened " : "Updated ") + program + " from " + name + ": "
        + people_count(state ? state->people.size() : 0) + ", " + new_changes(report.added) + ".";
}

MergedFile merge_one(Store& store, const ReceivedProgramFile& file)
{
    MergedFile merged;
    merged.name = file.name;
    if (!file.bytes) {
        merged.refused = "the browser could not read it";
        return merged;
    }
    if (store.read_only()) {
        merged.refused = "Turnabout is open in another tab, so this one is read-only";
        return merged;
    }
    auto imported = store.import_program_file(*file.bytes);
    if (!imported) {
        merged.refused = refusal_reason(imported.error().message);
    } else {
        // A match this file started: this browser's person shares their fields for
        // partners with the new partner (sealed to them), to go with the next changes;
        // on the admin's browser, the lists of who may not be matched are brought up to date.
        (void)store.follow_up(imported->program);
        merged.report = std::move(*imported);
    }
    return merged;
}

}

// A file is handed out only once the save is confirmed (ui/sync/waiting_share.h).
void apply_sharing(AppUi& ui, AppServices& services, const ShareProgramAction& action)
{
    ask_for_file(ui, services, WaitingShareUi::File::Program, action.program);
}

void apply_sharing(AppUi& ui, AppServices& services, const SendChangesAction& action)
{
    ask_for_file(ui, services, WaitingShareUi::File::Changes, action.program);
}

namespace {

// A backup among the files opens the restore form (after the program files, so a
// program and its backup chosen together work).
bool take_admin_backup(AppUi& ui, const Store& store, const ReceivedProgramFile& file)
{
    if (!file.bytes)
        return false;
    auto summary = store.read_admin_backup(*file.bytes);
    if (!summary)
        return false;
    const std::string program = summary->program_name.empty() ? std::string("its program") : quoted(summary->program_name);
    if (!summary->program_here) {
        ui.notice.show(widgets::Tone::Error, quoted(file.name) + " is the admin key backup of " + program
                + ", which this browser does not have yet. Open the program's file first, then the backup.");
        return true;
    }
    if (summary->already_admin_here) {
        ui.notice.show(widgets::Tone::Info, "This browser is already one of the admin's for " + program + ": there is nothing to restore.");
        return true;
    }
    AdminKeysUi& keys = ui.admin_keys;
    keys.restoring = true;
    keys.restore_file = file.name;
    keys.restore_bytes = *file.bytes;
    keys.restore = *summary;
    keys.restore_passphrase.clear();
    keys.restore_error.clear();
    ui.selected = summary->program;
    ui.screen = Screen::Sharing;
    ui.notice.show(widgets::Tone::Info, quoted(file.name) + " is the admin key backup of " + program
            + ". Type its passphrase below to restore the admin in this browser.");
    return true;
}

}

void open_program_files(AppUi& ui, Store& store, const std::vector<ReceivedProgramFile>& all_files)
{
    std::vector<ReceivedProgramFile> files;
    std::vector<const ReceivedProgramFile*> backups;
    for (const ReceivedProgramFile& file : all_files) {
        if (file.bytes && store.read_admin_backup(*file.bytes).ok())
            backups.push_back(&file);
        else
            files.push_back(file);
    }
    if (!files.empty())
        open_program_file_list(ui, store, files);
    for (const ReceivedProgramFile* backup : backups)
        take_admin_backup(ui, store, *backup);
}

namespace {

void open_program_file_list(AppUi& ui, Store& store, const std::vector<ReceivedProgramFile>& files)
{
    if (files.empty())
        return;
    MergeReportUi& report = ui.merge_report;
    report.files.clear();
    report.list_height = 0;
    ProgramId last_merged;
    for (const ReceivedProgramFile& file : files) {
        report.files.push_back(merge_one(store, file));
        if (report.files.back().refused.empty())
            last_merged = report.files.back().report.program;
    }
    report.open = true;

    if (!last_merged.empty()) {
        // Another program's screens would show the wrong people: start at its home.
        if (last_merged != ui.selected || ui.screen == Screen::Directory) {
            ui.selected = last_merged;
            ui.screen = Screen::ProgramHome;
            ui.people.search.clear();
        }
        ui.person_dialog.open = false;
        ui.remove_person.open = false;
    }
    if (files.size() == 1) {
        const MergedFile& only = report.files.front();
        ui.notice.show(only.refused.empty() ? widgets::Tone::Success : widgets::Tone::Error, single_file_notice(store, only));
    } else {
        const std::size_t refused = static_cast<std::size_t>(
            std::count_if(report.files.begin(), report.files.end(), [](const MergedFile& f) { return !f.refused.empty(); }));
        ui.notice.show(refused > 0 ? widgets::Tone::Error : widgets::Tone::Success,
            "Opened " + std::to_string(files.size() - refused) + " of " + std::to_string(files.size())
                + " files. The merge report lists what each one changed.");
    }
}

}

std::string share_file_name(std::string_view program_name) { return file_name_slug(program_name) + ".json"; }

std::string admin_backup_file_name(std::string_view program_name) { return file_name_slug(program_name) + "-admin-backup.json"; }

void apply_admin_keys(AppUi& ui, AppServices& services, const BackUpAdminKeyAction& action)
{
    AdminKeysUi& keys = ui.admin_keys;
    auto file = services.store.admin_backup_file(action.program, action.passphrase);
    if (!file) {
        keys.backup_error = "Could not back up the admin key: " + file.error().message;
        return;
    }
    const std::string name = program_name(services.store, action.program);
    const std::string filename = admin_backup_file_name(name);
    services.host.download_file(filename, *file);
    keys.passphrase.clear();
    keys.repeated.clear();
    keys.backup_error.clear();
    ui.notice.show(widgets::Tone::Success, "Saved the admin key of " + quoted(name) + " as " + filename
            + ". It is for you alone, to restore yourself as the admin on another browser: whoever holds it and its passphrase can act as the admin. Keep it safe, apart from the passphrase.");
}

void apply_admin_keys(AppUi& ui, AppServices& services, const RestoreAdminAction&)
{
    AdminKeysUi& keys = ui.admin_keys;
    if (!keys.restoring)
        return;
    auto restored = services.store.restore_admin(keys.restore_bytes, keys.restore_passphrase);
    keys.restore_passphrase.clear();
    if (!restored) {
        keys.restore_error = "Not restored: " + restored.error().message;
        return;
    }
    const std::string name = program_name(services.store, *restored);
    keys = AdminKeysUi{};
    ui.selected = *restored;
    ui.user = CurrentUser{CurrentUser::Kind::Admin, *restored, {}};
    ui.screen = Screen::Sharing;
    ui.notice.show(widgets::Tone::Success, "This browser is now one of the admin's for " + quoted(name)
            + ", with a key of its own. Share the program so the other browsers accept what you do from here.");
}

void apply_admin_keys(AppUi& ui, AppServices&, const CancelRestoreAdminAction&)
{
    ui.admin_keys = AdminKeysUi{};
}

void apply_admin_keys(AppUi& ui, AppServices& services, const EnrolAdminDeviceAction& action)
{
    AdminKeysUi& keys = ui.admin_keys;
    auto enrolled = services.store.enrol_admin_device(action.program, action.device);
    if (!enrolled) {
        keys.co_admin_error = "Not added: " + enrolled.error().message;
        return;
    }
    keys.co_admin.clear();
    keys.co_admin_error.clear();
    ui.notice.show(widgets::Tone::Success, "Added the admin browser. Share the program with it: once it opens the file, it acts as the admin too.");
}

std::string changes_file_name(std::string_view program_name, std::string_view today)
{
    return file_name_slug(program_name) + "-changes-" + std::string(today) + ".json";
}

}
