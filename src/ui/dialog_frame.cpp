#include "ui/dialog_frame.h"

#include "ui/widgets.h"

namespace turnabout::ui {

bool begin_dialog(const char* id, bool& open, float width)
{
    const bool popup_open = ImGui::IsPopupOpen(id);
    if (open && !popup_open)
        ImGui::OpenPopup(id);
    if (!open && !popup_open)
        return false;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    const float max_width = viewport->WorkSize.x - 32;
    ImGui::SetNextWindowSize(ImVec2(width < max_width ? width : max_width, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(32, 28));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 12);
    const bool visible = ImGui::BeginPopupModal(id, nullptr,
        ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
            | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar(2);
    if (!visible)
        return false;
    if (!open) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    return true;
}

void end_dialog() { ImGui::EndPopup(); }

RowAnswer cancel_confirm_row(const char* cancel, const char* confirm, ConfirmStyle style, bool disabled, float width, bool escape_cancels)
{
    const float confirm_width = widgets::button_width(confirm);
    const float cancel_width = widgets::button_width(cancel);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - confirm_width - cancel_width - ImGui::GetStyle().ItemSpacing.x);
    RowAnswer answer;
    answer.cancel = widgets::secondary_button(cancel, ImVec2(cancel_width, 0)) || (escape_cancels && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false));
    ImGui::SameLine();
    ImGui::BeginDisabled(disabled);
    answer.confirm = style == ConfirmStyle::Danger ? widgets::danger_button(confirm, ImVec2(confirm_width, 0)) : widgets::primary_button(confirm, ImVec2(confirm_width, 0));
    ImGui::EndDisabled();
    return answer;
}

}
