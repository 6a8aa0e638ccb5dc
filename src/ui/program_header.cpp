#include "ui/program_header.h"

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

void program_header(const ViewContext& context, const ProgramState& program, ProgramDialogUi& program_dialog)
{
    if (!program.program) {
        // An imported log whose creation event has not arrived yet.
        widgets::text(fonts().title, theme::TEXT, "Program not complete yet");
        widgets::muted("This file holds changes to a program whose beginning is missing. Open an export that includes it.");
        return;
    }
    const program::Program& details = *program.program;
    const float width = ImGui::GetContentRegionAvail().x;
    const char* edit_label = "Edit details";
    const float edit_width = widgets::button_width(edit_label);
    const float start_x = ImGui::GetCursorPosX();

    ImGui::PushTextWrapPos(start_x + width - edit_width - 24);
    widgets::text(fonts().title, theme::TEXT, details.name);
    ImGui::PopTextWrapPos();
    const float after_title = ImGui::GetCursorPosY();
    ImGui::SameLine(start_x + width - edit_width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4);
    ImGui::BeginDisabled(context.read_only);
    if (widgets::secondary_button(edit_label))
        program_dialog.open_for_edit(details.id, details.name, details.description);
    ImGui::EndDisabled();
    ImGui::SetCursorPosY(std::max(after_title, ImGui::GetCursorPosY()));

    ImGui::PushTextWrapPos(start_x + std::min(width, 760.0f));
    if (details.description.empty())
        widgets::text(fonts().body, theme::MUTED, "No description yet.");
    else
        widgets::text(fonts().body, theme::MUTED, details.description);
    ImGui::PopTextWrapPos();
}

}
