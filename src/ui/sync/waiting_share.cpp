#include "ui/sync/waiting_share.h"

#include "ui/app_view.h"
#include "ui/apply_actions.h"
#include "ui/sync/sharing_actions.h"
#include "ui/wording.h"

namespace turnabout::ui {

namespace {

std::string shared_program_name(const Store& store, const ProgramId& id)
{
    const ProgramState* state = store.program(id);
    return state && state->program ? state->program->name : std::string("program");
}

// Storage refused a write, or the platform could not make it durable.
bool share_save_failed(const Store& store, const SaveCoordinator& save, const ProgramId& program)
{
    return store.has_unwritten(program) || save.state() == SaveState::Failed;
}

std::string share_failure_reason(const Store& store, const SaveCoordinator& save)
{
    if (save.state() == SaveState::Failed && !save.message().empty())
        return save.message();
    return store.storage_error().empty() ? std::string("writing failed") : store.storage_error();
}

const char* what_is_asked(WaitingShareUi::File file)
{
    return file == WaitingShareUi::File::Program ? "share the program" : "save your changes as a file";
}

void hand_out_file(AppUi& ui, AppServices& services, WaitingShareUi::File file, const ProgramId& program)
{
    if (file == WaitingShareUi::File::Program) {
        auto bytes = services.store.share_program_file(program);
        if (!bytes) {
            ui.notice.show(widgets::Tone::Error, "Could not share the program: " + bytes.error().message);
            return;
        }
        const std::string name = shared_program_name(services.store, program);
        const std::string filename = share_file_name(name);
        services.host.download_file(filename, *bytes);
        ui.notice.show(widgets::Tone::Success, "Shared " + quoted(name) + " as " + filename
                + ". Send it to everyone taking part: opening it brings their Turnabout up to date.");
        return;
    }
    auto bytes = services.store.changes_file(program);
    if (!bytes) {
        ui.notice.show(widgets::Tone::Error, "Could not save your changes: " + bytes.error().message);
        return;
    }
    const std::string filename = changes_file_name(shared_program_name(services.store, program), services.host.today());
    services.host.download_file(filename, *bytes);
    ui.notice.show(widgets::Tone::Success, "Saved your changes as " + filename
            + ". Send it to your program admin: opening it adds your changes to the program.");
}

void tell_share_failed(AppUi& ui, AppServices& services, WaitingShareUi& waiting)
{
    ui.notice.show(widgets::Tone::Error, "Cannot " + std::string(what_is_asked(waiting.file)) + " yet: saving failed ("
            + share_failure_reason(services.store, services.save) + "). A file must not carry changes this browser may still lose. Use \xE2\x80\x9CRetry saving\xE2\x80\x9D: the file follows once they are saved.");
    waiting.told_failed = true;
}

}

bool save_confirmed(const Store& store, const SaveCoordinator& save, const ProgramId& program)
{
    // Saved: every write the store made is durable (each write asks for a sync, and a
    // sync that more writes followed is not the last word).
    return !store.has_unwritten(program) && save.state() == SaveState::Saved;
}

void ask_for_file(AppUi& ui, AppServices& services, WaitingShareUi::File file, const ProgramId& program)
{
    if (save_confirmed(services.store, services.save, program)) {
        ui.waiting_share = WaitingShareUi{};
        hand_out_file(ui, services, file, program);
        return;
    }
    ui.waiting_share = WaitingShareUi{file, program, false};
    if (share_save_failed(services.store, services.save, program)) {
        tell_share_failed(ui, services, ui.waiting_share);
        return;
    }
    ui.notice.show(widgets::Tone::Info, "Waiting for the save\xE2\x80\xA6 The file follows by itself once this browser has confirmed your changes are saved.");
}

void settle_waiting_share(AppUi& ui, AppServices& services)
{
    WaitingShareUi& waiting = ui.waiting_share;
    if (waiting.file == WaitingShareUi::File::None)
        return;
    if (!services.store.program(waiting.program)) {
        waiting = WaitingShareUi{};
        return;
    }
    if (save_confirmed(services.store, services.save, waiting.program)) {
        const WaitingShareUi asked = waiting;
        waiting = WaitingShareUi{};
        hand_out_file(ui, services, asked.file, asked.program);
        return;
    }
    if (!share_save_failed(services.store, services.save, waiting.program))
        waiting.told_failed = false; // retrying: a new failure is told again
    else if (!waiting.told_failed)
        tell_share_failed(ui, services, waiting);
}

}
