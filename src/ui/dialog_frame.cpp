#include "ui/dialog_frame.h"

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

}
