#include "ui/remove_person_dialog.h"

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
    const float confirm_width = widgets::button_width(confirm);
    const float cancel_width = widgets::button_width("Cancel");
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - confirm_width - cancel_width - ImGui::GetStyle().ItemSpacing.x);
    bool cancel = widgets::secondary_button("Cancel", ImVec2(cancel_width, 0));
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    const bool confirmed = widgets::danger_button(confirm, ImVec2(confirm_width, 0));
    ImGui::EndDisabled();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        cancel = true;

    if (cancel)
        ui.open = false;
    else if (confirmed)
        actions.push(RemovePersonAction{program, ui.person});
    end_dialog();
}

}
