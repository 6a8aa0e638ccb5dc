// Shared pieces of the participant screens (participant_widgets.h).
#include "ui/participant_widgets.h"

#include "core/domain/people/person.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

void two_columns(float column, float spacing, const std::function<void()>& left, const std::function<void()>& right)
{
    const float start_x = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    left();
    ImGui::EndGroup();
    const float left_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(start_x + column + spacing, top));
    ImGui::BeginGroup();
    right();
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(start_x, std::max(left_bottom, ImGui::GetCursorPosY())));
}

void level_combo(const char* id, int& level, float width)
{
    widgets::text(fonts().strong, theme::TEXT, "Level");
    ImGui::SetNextItemWidth(width);
    const std::string current(people::level_name(level));
    const ImGuiID combo_id = ImGui::GetID(id);
    const bool open = ImGui::BeginCombo(id, current.c_str());
    widgets::name_item(combo_id, id);
    if (!open)
        return;
    for (int candidate = people::MIN_LEVEL; candidate <= people::MAX_LEVEL; ++candidate) {
        const std::string name(people::level_name(candidate));
        ImGui::PushID(candidate);
        if (ImGui::Selectable(name.c_str(), candidate == level))
            level = candidate;
        if (candidate == level)
            ImGui::SetItemDefaultFocus();
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void section_heading(const std::string& text, float width)
{
    widgets::text(fonts().heading, theme::TEXT, text);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, at.y - 2), ImVec2(at.x + width, at.y - 2), theme::BORDER);
    widgets::gap(4);
}


}
