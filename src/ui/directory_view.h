// The program directory: one tile per program on this device (name, summary, type,
// counts) with "Create a program" and "Open a program file". A tile opens the
// program's home. A program whose stored files cannot be read is listed too, with
// the reason and "Open a program file to restore it". Depends on: ui/actions,
// ui/view_context, ui/program_wizard.
#pragma once

#include "ui/actions.h"
#include "ui/program/program_wizard.h"
#include "ui/view_context.h"

namespace turnabout::ui {

struct ProgramCounts {
    std::size_t members = 0;  // active
    std::size_t awaiting = 0; // registrations awaiting approval
    std::size_t mentors = 0;  // active, mentor or both
    std::size_t mentees = 0;  // active, mentee or both
};
ProgramCounts count_people(const ProgramState& program);

void directory_view(const ViewContext& context, WizardUi& wizard, ActionQueue& actions);

}
