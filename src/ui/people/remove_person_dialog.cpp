#include "ui/people/remove_person_dialog.h"

#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace turnabout::ui {

void remove_person_dialog(const ViewContext& context, const ProgramId& program, RemovePersonUi& ui, ActionQueue& actions)
{
    if (!begin_dialog("Remove person###remove_person_dialog", ui.open, 480))
        return;

    widgets::text(fonts().heading, theme::TEXT, "Remove " + ui.name + "?");
    widgets::gap(4);
    widgets::wrapped(ui.name + " will no longer be part of this program. "
                               "Their earlier history stays in the program's record.",
        theme::MUTED);
    const float width = ImGui::GetContentRegionAvail().x;
    if (!ui.error.empty()) {
        widgets::gap(6);
        widgets::message_box(widgets::Tone::Error, ui.error, width);
    }
    widgets::gap(12);

    const char* confirm = "Remove person##confirm";
    const auto [cancel, confirmed] = cancel_confirm_row("Cancel", confirm, ConfirmStyle::Danger, context.read_only, width);

    if (cancel)
        ui.open = false;
    else if (confirmed)
        actions.push(RemovePersonAction{program, ui.person});
    end_dialog();
}

}
