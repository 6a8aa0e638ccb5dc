// "What others can see about me": each field of the person's own, its value, and who
// reads it now, by name where a match partner does; then what earlier files carried
// in plain text, which cannot be recalled. Depends on: app, core.
#pragma once

#include "ui/view_context.h"

namespace turnabout::ui {

void my_privacy_view(const ViewContext& context, const ProgramId& program, const ProgramState& state, const PersonId& person);

}
