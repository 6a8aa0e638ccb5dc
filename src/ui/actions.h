// What views ask for. Views push actions while drawing; they are applied after
// ImGui::Render(), never during drawing, so a frame shows one consistent state.
// Depends on: core/domain.
#pragma once

#include "core/domain/command.h"
#include "ui/navigation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace turnabout::ui {

// The creation wizard's result: the program with all its settings and the default
// questionnaire; on success this browser acts as its admin on its home.
struct SetUpProgramAction {
    program::Setup setup;
};
struct AddPersonAction {
    ProgramId program;
    people::PersonDetails details;
};
struct UpdatePersonAction {
    ProgramId program;
    PersonId person;
    people::PersonDetails details;
};
struct RemovePersonAction {
    ProgramId program;
    PersonId person;
};
struct SelectProgramAction {
    ProgramId program;
};
// "Share program": the whole program file, for everyone taking part.
struct ShareProgramAction {
    ProgramId program;
};
// "Send my changes": this browser's changes nobody has seen yet, for the admin.
struct SendChangesAction {
    ProgramId program;
};
// The file picker for program files and change files (several at once); an admin key
// backup chosen there opens the restore form.
struct ChooseProgramFileAction {};
// "Back up admin key": the sealed key, downloaded as "<program>-admin-backup.json".
struct BackUpAdminKeyAction {
    ProgramId program;
    std::string passphrase;
};
// "Restore admin": the backup waiting in AdminKeysUi, with the passphrase typed there.
struct RestoreAdminAction {};
struct CancelRestoreAdminAction {};
// "Add admin browser": another browser, by the id it shows.
struct EnrolAdminDeviceAction {
    ProgramId program;
    DeviceId device;
};

// Which view hears back about a RunCommandAction: its Ui struct's `outcome`.
enum class ResultTarget {
    Notice, // only the notice banner
    Wizard,
    Settings,
    Questionnaire,
    Approvals,
    Join,
    Profile,
    Inbox,
    PersonPicker,
    Matching,
    Requests,
    AdminRequests,
};

// A command's ticket: a view draws one when it sends a command and keeps it; the
// outcome comes back with the same ticket, so a view reads the outcome of its own
// command and of no other. An empty ticket matches nothing.
class Ticket {
public:
    Ticket() = default;
    // A ticket no earlier call returned.
    static Ticket next()
    {
        static std::uint64_t last = 0;
        Ticket ticket;
        ticket.m_number = ++last;
        return ticket;
    }
    bool empty() const { return m_number == 0; }
    bool operator==(const Ticket&) const = default;

private:
    std::uint64_t m_number = 0;
};

// What became of the last command sent to a view. When `serial` moves on, a view
// compares the ticket with its own and reads whether the core accepted the command or
// refused it, with the core's reason.
struct CommandOutcome {
    std::uint64_t serial = 0; // rises with every outcome delivered here
    Ticket ticket;
    bool ok = false;     // accepted; one Storage did not take is still accepted (the notice says so)
    std::string error;   // the core's Error.message when refused
    bool succeeded(const Ticket& asked) const { return serial > 0 && ok && !asked.empty() && ticket == asked; }
    bool refused(const Ticket& asked) const { return serial > 0 && !ok && !asked.empty() && ticket == asked; }
};

// A command sent about one thing among many (a question, a person, a request card):
// its outcome is read there only, by the ticket drawn when it was sent.
template<class Subject>
struct Sent {
    Ticket ticket;
    Subject subject{};
    // A new ticket for a command about `about`.
    Ticket send(Subject about)
    {
        ticket = Ticket::next();
        subject = std::move(about);
        return ticket;
    }
    bool pending() const { return !ticket.empty(); }
    bool succeeded(const CommandOutcome& outcome, const Subject& about) const { return subject == about && outcome.succeeded(ticket); }
    bool refused(const CommandOutcome& outcome, const Subject& about) const { return subject == about && outcome.refused(ticket); }
    void clear() { *this = Sent{}; }
};

// Any domain command, so that new screens need no action type of their own. `as`
// empty: this browser's admin actor; otherwise that actor (a participant chosen in the
// picker). On success `done_message`, if any, is shown as a notice.
struct RunCommandAction {
    ProgramId program;
    std::optional<ActorId> as;
    Command command;
    std::string done_message;
    ResultTarget target = ResultTarget::Notice;
    Ticket ticket;
};

// Goes to a screen of a program (its home when `screen` is ProgramHome), or to the
// program directory (Screen::Directory, `program` ignored).
struct ShowScreenAction {
    ProgramId program;
    Screen screen = Screen::ProgramHome;
};

// Acts as the program's admin (only offered when this browser administers it), or as
// nobody (Kind::Nobody).
struct SetCurrentUserAction {
    CurrentUser user;
    Screen then = Screen::ProgramHome;
};
// The admin's people tools (ui/people_import_dialog): choose a CSV, record the
// previewed import (the dialog's ready preview), download the people as CSV.
struct ChoosePeopleCsvAction {
    ProgramId program;
};
struct ImportPeopleAction {
    ProgramId program;
};
struct ExportPeopleCsvAction {
    ProgramId program;
};
struct LoadDemoAction {};
// Runs the bulk match job a few milliseconds more; pushed every frame while it runs,
// which also keeps frames coming until it is done.
struct StepBulkMatchAction {};
struct RetrySaveAction {};
// Puts text on the system clipboard (a mailto: link for "Copy as email").
struct CopyTextAction {
    std::string text;
};
// Opens a link the page made (a mailto: link) in the person's email program.
struct OpenLinkAction {
    std::string url;
};

using Action = std::variant<
    SetUpProgramAction,
    AddPersonAction,
    UpdatePersonAction,
    RemovePersonAction,
    SelectProgramAction,
    ShareProgramAction,
    SendChangesAction,
    ChooseProgramFileAction,
    BackUpAdminKeyAction,
    RestoreAdminAction,
    CancelRestoreAdminAction,
    EnrolAdminDeviceAction,
    RunCommandAction,
    ShowScreenAction,
    SetCurrentUserAction,
    ChoosePeopleCsvAction,
    ImportPeopleAction,
    ExportPeopleCsvAction,
    LoadDemoAction,
    StepBulkMatchAction,
    RetrySaveAction,
    CopyTextAction,
    OpenLinkAction>;

class ActionQueue {
public:
    void push(Action action) { m_actions.push_back(std::move(action)); }
    bool empty() const { return m_actions.empty(); }
    std::vector<Action> take()
    {
        std::vector<Action> taken;
        taken.swap(m_actions);
        return taken;
    }

private:
    std::vector<Action> m_actions;
};

}
