#include "ui/nav_bar.h"

#include "ui/fonts.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <string>

namespace turnabout::ui {

void nav_bar(const ViewContext& context, const ProgramId& program, Screen current, const std::vector<NavEntry>& entries,
    CurrentUser::Kind kind, ActionQueue& actions)
{
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(fonts().small);
    widgets::muted(kind == CurrentUser::Kind::Admin ? "PROGRAM ADMIN" : kind == CurrentUser::Kind::Person ? "YOUR PROGRAM" : "PROGRAM");
    ImGui::PopFont();
    widgets::gap(2);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 4));
    for (const NavEntry& entry : entries) {
        const bool selected = entry.screen == current;
        ImGui::PushID(static_cast<int>(entry.screen));
        ImGui::PushFont(selected ? fonts().strong : fonts().body);
        ImGui::PushStyleColor(ImGuiCol_Text, selected ? theme::ACCENT : theme::TEXT);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable(entry.label.c_str(), selected, 0, ImVec2(width, 36)) && !selected)
            actions.push(ShowScreenAction{program, entry.screen});
        ImGui::PopStyleColor();
        ImGui::PopFont();
        if (entry.badge > 0) {
            // A count pill at the right end of the row: drawn, and reported as text.
            const std::string count = std::to_string(entry.badge);
            ImGui::PushFont(fonts().small);
            const ImVec2 size = ImGui::CalcTextSize(count.c_str());
            const ImVec2 pill_min(at.x + width - size.x - 26, at.y + 8);
            const ImVec2 pill_max(at.x + width - 8, at.y + 28);
            ImDrawList* draw = ImGui::GetWindowDrawList();
            draw->AddRectFilled(pill_min, pill_max, ImGui::ColorConvertFloat4ToU32(theme::ACCENT), 10);
            draw->AddText(ImVec2(pill_min.x + 9, pill_min.y + (20 - size.y) * 0.5f), IM_COL32(255, 255, 255, 255), count.c_str());
            // Read out with its row's name: "Inbox: 2".
            if (ItemRegistry* registry = ItemRegistry::current())
                registry->text_shown(entry.label + ": " + count, ItemRect{pill_min.x, pill_min.y, pill_max.x - pill_min.x, pill_max.y - pill_min.y},
                    ImGui::GetCurrentWindow()->RootWindow->Name);
            ImGui::PopFont();
        }
        ImGui::PopID();
    }
    ImGui::PopStyleVar(2);
    if (kind == CurrentUser::Kind::Nobody) {
        widgets::gap(14);
        ImGui::BeginDisabled(context.read_only);
        if (widgets::primary_button("Join program", ImVec2(width, 44)))
            actions.push(ShowScreenAction{program, Screen::Join});
        ImGui::EndDisabled();
        widgets::gap(6);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::PushFont(fonts().small);
        widgets::wrapped("Already taking part? Choose who you are at the top right.", theme::MUTED);
        ImGui::PopFont();
        ImGui::PopTextWrapPos();
    }
}

}
