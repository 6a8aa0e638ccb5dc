// The admin's questionnaire editor: the registration questions in order with their
// section, type, audience and flags; add, edit, remove (confirmed) and move up/down.
// Depends on: ui/actions, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/view_context.h"

#include <string>

namespace turnabout::ui {

struct QuestionnaireUi {
    bool dialog_open = false;
    bool adding = false;
    questionnaire::Question draft;
    std::string new_option;
    std::string scale_low;  // the labels of a scale's two ends
    std::string scale_high;
    bool just_opened = false;

    bool remove_open = false;
    questionnaire::QuestionId removing;
    std::string removing_text;

    // The last command of each kind, about which question.
    Sent<questionnaire::QuestionId> moved, saved, removed;
    CommandOutcome outcome;
};

void questionnaire_editor(const ViewContext& context, const ProgramState& program, QuestionnaireUi& ui, ActionQueue& actions);
// The add/edit and remove dialogs (drawn outside the page's child window).
void questionnaire_dialogs(const ViewContext& context, const ProgramState& program, QuestionnaireUi& ui, ActionQueue& actions);

}
