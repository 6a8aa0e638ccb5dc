#include "ui/questionnaire_editor.h"

#include "ui/widgets.h"

namespace turnabout::ui {

void questionnaire_editor(const ViewContext&, const ProgramState&, QuestionnaireUi&, ActionQueue&) { widgets::muted("Questionnaire"); }
void questionnaire_dialogs(const ViewContext&, const ProgramState&, QuestionnaireUi&, ActionQueue&) {}

}
