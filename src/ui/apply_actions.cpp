#include "ui/apply_actions.h"
#include "ui/wording.h"

#include "app/demo.h"
#include "ui/people/people_csv_actions.h"
#include "ui/sync/sharing_actions.h"

#include <cctype>
#include <string>
#include <type_traits>

namespace turnabout::ui {

namespace {



std::string program_name(const Store& store, const ProgramId& id)
{
    const ProgramState* state = store.program(id);
    return state && state->program ? state->program->name : std::string("program");
}

// An accepted change Storage did not take: done, kept in this tab, not yet saved.
std::string not_saved_message(const std::string& done, const std::string& storage_error)
{
    std::string text = done.empty() ? std::string("Done.") : done;
    text += " It is kept in this tab but not saved in this browser yet";
    if (!storage_error.empty())
        text += " (" + storage_error + ")";
    return text + ": use \xE2\x80\x9CRetry saving\xE2\x80\x9D before closing the tab.";
}

CommandOutcome* outcome_for(AppUi& ui, ResultTarget target)
{
    switch (target) {
    case ResultTarget::Notice: return nullptr;
    case ResultTarget::Wizard: return nullptr;
    case ResultTarget::Settings: return &ui.settings.outcome;
    case ResultTarget::Questionnaire: return &ui.questionnaire.outcome;
    case ResultTarget::Approvals: return &ui.approvals.outcome;
    case ResultTarget::Join: return &ui.join.outcome;
    case ResultTarget::Profile: return &ui.profile.outcome;
    case ResultTarget::Inbox: return &ui.inbox.outcome;
    case ResultTarget::PersonPicker: return &ui.picker.outcome;
    case ResultTarget::Matching: return &ui.matching.outcome;
    case ResultTarget::Requests: return &ui.requests.outcome;
    case ResultTarget::AdminRequests: return &ui.admin_requests.outcome;
    }
    return nullptr;
}

void apply(AppUi& ui, AppServices& services, const Action& action)
{
    Store& store = services.store;
    std::visit(
        [&](const auto& a) {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, SetUpProgramAction>) {
                auto created = store.set_up_program(a.setup, questionnaire::default_questionnaire());
                if (!created) {
                    ui.wizard.error = created.error().message;
                    return;
                }
                ui.wizard.open = false;
                ui.selected = *created;
                ui.screen = Screen::ProgramHome;
                ui.user = CurrentUser{CurrentUser::Kind::Admin, *created, {}};
                ui.notice.show(widgets::Tone::Success, "Created " + quoted(program_name(store, *created))
                        + ". Its registration questionnaire is the reverse-mentoring template's; change it under Questionnaire.");
            } else if constexpr (std::is_same_v<A, RunCommandAction>) {
                auto recorded = a.as ? store.execute_as(*a.as, a.program, a.command) : store.execute(a.program, a.command);
                if (CommandOutcome* outcome = outcome_for(ui, a.target)) {
                    ++outcome->serial;
                    outcome->ticket = a.ticket;
                    outcome->ok = recorded.ok();
                    outcome->error = recorded.ok() ? std::string() : recorded.error().message;
                }
                if (recorded && !recorded->saved)
                    ui.notice.show(widgets::Tone::Info, not_saved_message(a.done_message, store.storage_error()));
                else if (recorded && !a.done_message.empty())
                    ui.notice.show(widgets::Tone::Success, a.done_message);
                else if (!recorded && a.target == ResultTarget::Notice)
                    ui.notice.show(widgets::Tone::Error, recorded.error().message);
            } else if constexpr (std::is_same_v<A, ShowScreenAction>) {
                if (a.screen != Screen::Directory && !a.program.empty())
                    ui.selected = a.program;
                ui.screen = a.screen;
                ui.notice.shown = false;
            } else if constexpr (std::is_same_v<A, SetCurrentUserAction>) {
                ui.user = a.user;
                if (!a.user.program.empty())
                    ui.selected = a.user.program;
                ui.screen = a.then;
                ui.notice.shown = false;
            } else if constexpr (std::is_same_v<A, AddPersonAction>) {
                auto added = store.add_person(a.program, a.details);
                if (!added)
                    ui.person_dialog.error = added.error().message;
                else
                    ui.person_dialog.open = false;
            } else if constexpr (std::is_same_v<A, UpdatePersonAction>) {
                auto updated = store.execute(a.program, people::UpdatePerson{a.person, a.details});
                if (!updated)
                    ui.person_dialog.error = updated.error().message;
                else
                    ui.person_dialog.open = false;
            } else if constexpr (std::is_same_v<A, RemovePersonAction>) {
                auto removed = store.execute(a.program, people::RemovePerson{a.person});
                if (!removed)
                    ui.remove_person.error = removed.error().message;
                else
                    ui.remove_person.open = false;
            } else if constexpr (std::is_same_v<A, SelectProgramAction>) {
                ui.selected = a.program;
                ui.screen = Screen::ProgramHome;
                ui.people.search.clear();
                ui.notice.shown = false;
            } else if constexpr (std::is_same_v<A, ShareProgramAction> || std::is_same_v<A, SendChangesAction>) {
                apply_sharing(ui, services, a);
            } else if constexpr (std::is_same_v<A, BackUpAdminKeyAction> || std::is_same_v<A, RestoreAdminAction> || std::is_same_v<A, CancelRestoreAdminAction> || std::is_same_v<A, EnrolAdminDeviceAction>) {
                apply_admin_keys(ui, services, a);
            } else if constexpr (std::is_same_v<A, CopyTextAction>) {
                services.host.copy_text(a.text);
            } else if constexpr (std::is_same_v<A, OpenLinkAction>) {
                services.host.open_link(a.url);
            } else if constexpr (std::is_same_v<A, ChooseProgramFileAction>) {
                services.host.choose_program_file();
            } else if constexpr (std::is_same_v<A, ChoosePeopleCsvAction> || std::is_same_v<A, ImportPeopleAction> || std::is_same_v<A, ExportPeopleCsvAction>) {
                apply_people_csv(ui, services, a);
            } else if constexpr (std::is_same_v<A, LoadDemoAction>) {
                auto bytes = services.host.demo_program_bytes();
                if (!bytes) {
                    ui.notice.show(widgets::Tone::Error, "The demo program is missing from this copy of Turnabout.");
                    return;
                }
                auto loaded = load_demo_program(store, *bytes);
                if (!loaded) {
                    ui.notice.show(widgets::Tone::Error, "Could not load the demo program: " + loaded.error().message);
                    return;
                }
                ui.selected = *loaded;
                ui.screen = Screen::People;
                ui.user = CurrentUser{CurrentUser::Kind::Admin, *loaded, {}};
                const ProgramState* state = store.program(*loaded);
                ui.notice.show(widgets::Tone::Success, "Loaded the demo program " + quoted(program_name(store, *loaded)) + " with "
                        + people_count(state ? state->people.size() : 0) + ". Change anything you like: it is yours.");
            } else if constexpr (std::is_same_v<A, StepBulkMatchAction>) {
                step_bulk_match(ui.matching.bulk);
            } else if constexpr (std::is_same_v<A, RetrySaveAction>) {
                // What Storage refused is written first (oldest first), then made durable.
                (void)store.retry_save();
                services.save.retry();
            }
        },
        action);
}

}

void apply_actions(AppUi& ui, AppServices& services, std::vector<Action> actions)
{
    for (const Action& action : actions)
        apply(ui, services, action);
}

std::string file_name_slug(std::string_view name)
{
    std::string slug;
    bool dash = false;
    for (unsigned char c : name) {
        if (std::isalnum(c) && c < 0x80) {
            if (dash && !slug.empty())
                slug += '-';
            dash = false;
            slug += static_cast<char>(std::tolower(c));
        } else {
            dash = true;
        }
        if (slug.size() >= 48)
            break;
    }
    return slug.empty() ? std::string("program") : slug;
}

}
