// The program's name and description at the top of its page, with "Edit details".
// Depends on: ui/view_context, ui/program_dialog.
#pragma once

#include "ui/program_dialog.h"
#include "ui/view_context.h"

namespace turnabout::ui {

void program_header(const ViewContext& context, const ProgramState& program, ProgramDialogUi& program_dialog);

}
