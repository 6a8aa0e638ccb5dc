#include "ui/settings_page.h"

#include "ui/widgets.h"

namespace turnabout::ui {

void SettingsUi::stop_editing() { editing = SettingsSection::None; }

void settings_page(const ViewContext&, const ProgramState&, SettingsUi&, ActionQueue&) { widgets::muted("Settings"); }

}
