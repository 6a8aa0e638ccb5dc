#include "ui/people/people_csv_actions.h"
#include "ui/wording.h"

#include "app/people_import.h"

namespace turnabout::ui {

namespace {


}

void apply_people_csv(AppUi& ui, AppServices& services, const ChoosePeopleCsvAction& action)
{
    ui.people.import.program = action.program; // where the chosen file will go
    services.host.choose_people_csv();
}

void apply_people_csv(AppUi& ui, AppServices& services, const ImportPeopleAction& action)
{
    PeopleImportUi& dialog = ui.people.import;
    if (dialog.program != action.program || !dialog.preview.ready())
        return;
    auto added = commit_people_import(services.store, action.program, dialog.preview);
    if (!added) {
        dialog.commit_error = added.error().message;
        return;
    }
    const std::string file = dialog.filename;
    dialog = PeopleImportUi{};
    ui.notice.show(widgets::Tone::Success, "Imported " + people_count(*added) + " from " + quoted(file) + ".");
}

void apply_people_csv(AppUi& ui, AppServices& services, const ExportPeopleCsvAction& action)
{
    const ProgramState* state = services.store.program(action.program);
    if (!state || !state->program)
        return;
    std::size_t active = 0;
    for (const auto& [id, person] : state->people)
        active += person.membership == people::Membership::Active ? 1 : 0;
    const std::string filename = file_name_slug(state->program->name) + "-people-" + services.host.today() + ".csv";
    services.host.download_file(filename, export_people_csv(*state));
    ui.notice.show(widgets::Tone::Success, "Exported " + people_count(active) + " as " + filename + ".");
}

void receive_people_csv(AppUi& ui, std::string_view bytes, std::string_view filename)
{
    const ProgramId program = ui.people.import.program.empty() ? ui.selected : ui.people.import.program;
    open_people_csv(ui.people.import, program, bytes, filename);
}

}
