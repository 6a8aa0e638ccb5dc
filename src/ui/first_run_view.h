// The first screen of a browser that has no program yet: what Turnabout is and the
// three ways to start. Depends on: ui/actions, ui/view_context, ui/program_wizard.
#pragma once

#include "ui/actions.h"
#include "ui/program/program_wizard.h"
#include "ui/view_context.h"

namespace turnabout::ui {

void first_run_view(const ViewContext& context, WizardUi& wizard, ActionQueue& actions);

}
