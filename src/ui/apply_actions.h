// Carries out what the views asked for, after rendering: store commands, file
// exchange, save retries. Results go back into the Ui structs: a refused command keeps
// its dialog open with the store's reason. Depends on: app, ui/app_view, ui/host.
#pragma once

#include "app/save_status.h"
#include "app/store.h"
#include "ui/actions.h"
#include "ui/app_view.h"
#include "ui/host.h"

#include <string_view>
#include <vector>

namespace turnabout::ui {

struct AppServices {
    Store& store;
    SaveCoordinator& save;
    Host& host;
};

void apply_actions(AppUi& ui, AppServices& services, std::vector<Action> actions);

// "Ana's Program 2025!" -> "anas-program-2025": a file name part from a program name.
std::string file_name_slug(std::string_view name);

}
