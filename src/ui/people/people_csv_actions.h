// Carries out the people tools' actions after rendering: the CSV picker, recording a
// ready import, the people export; and hands a chosen CSV to the import dialog.
// Depends on: app/people_import, ui/apply_actions.
#pragma once

#include "ui/apply_actions.h"

#include <string_view>

namespace turnabout::ui {

void apply_people_csv(AppUi& ui, AppServices& services, const ChoosePeopleCsvAction& action);
void apply_people_csv(AppUi& ui, AppServices& services, const ImportPeopleAction& action);
void apply_people_csv(AppUi& ui, AppServices& services, const ExportPeopleCsvAction& action);

// A CSV the admin chose in the picker: opens the import dialog on it for the program
// the import was started from.
void receive_people_csv(AppUi& ui, std::string_view bytes, std::string_view filename);

}
