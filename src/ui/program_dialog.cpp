#include "ui/program_dialog.h"

#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace turnabout::ui {

void ProgramDialogUi::open_for_create()
{
    *this = ProgramDialogUi{};
    open = true;
    just_opened = true;
}

void ProgramDialogUi::open_for_edit(const ProgramId& program, std::string current_name, std::string current_description)
{
    *this = ProgramDialogUi{};
    open = true;
    just_opened = true;
    editing = program;
    name = std::move(current_name);
    description = std::move(current_description);
}

void program_dialog(const ViewContext& context, ProgramDialogUi& ui, ActionQueue& actions)
{
    const bool creating = ui.editing.empty();
    const char* id = creating ? "Create a program###program_dialog" : "Edit program details###program_dialog";
    if (!begin_dialog(id, ui.open, 560))
        return;

    widgets::text(fonts().heading, theme::TEXT, creating ? "Create a program" : "Edit program details");
    if (creating)
        widgets::muted("Give it a name people will recognise. You can change both later.");
    widgets::gap(8);

    const float width = ImGui::GetContentRegionAvail().x;
    if (ui.just_opened) {
        ImGui::SetKeyboardFocusHere(0); // the name field (its label is not focusable)
        ui.just_opened = false;
    }
    widgets::text_field("Name", "##program_name", ui.name, width, "e.g. Engineering reverse mentoring 2025");
    widgets::gap(4);
    widgets::text_area("Description", "##program_description", ui.description, ImVec2(width, 110));
    const bool description_active = ImGui::IsItemActive();

    if (!ui.error.empty()) {
        widgets::gap(6);
        widgets::message_box(widgets::Tone::Error, ui.error, width);
    }
    widgets::gap(12);

    const char* submit = creating ? "Create program" : "Save changes";
    const float submit_width = widgets::button_width(submit);
    const float cancel_width = widgets::button_width("Cancel");
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - submit_width - cancel_width - ImGui::GetStyle().ItemSpacing.x);
    bool cancel = widgets::secondary_button("Cancel", ImVec2(cancel_width, 0));
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    bool submitted = widgets::primary_button(submit, ImVec2(submit_width, 0));
    ImGui::EndDisabled();
    if (!description_active && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false))
        submitted = !context.read_only;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        cancel = true;

    if (cancel) {
        ui.open = false;
    } else if (submitted) {
        if (creating)
            actions.push(CreateProgramAction{ui.name, ui.description});
        else
            actions.push(ChangeProgramDetailsAction{ui.editing, ui.name, ui.description});
    }
    end_dialog();
}

}
