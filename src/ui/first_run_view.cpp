#include "ui/first_run_view.h"

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

void first_run_view(const ViewContext& context, WizardUi& wizard, ActionQueue& actions)
{
    const ImVec2 available = ImGui::GetContentRegionAvail();
    const float card_width = std::min(520.0f, available.x - 2 * theme::PAGE_MARGIN);
    const float card_height = 464.0f;
    const float top = std::max(theme::PAGE_MARGIN, (available.y - card_height) * 0.42f);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (available.x - card_width) * 0.5f, ImGui::GetCursorPosY() + top));

    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(40, 36));
    ImGui::BeginChild("first_run", ImVec2(card_width, card_height), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    widgets::text(fonts().title, theme::TEXT, "Welcome to Turnabout");
    widgets::gap(2);
    widgets::wrapped("Run a reverse mentoring program: who takes part, who mentors whom, and how it is going. "
                     "Everything stays in this browser; share a program as a file, or keep one as a copy.",
        theme::MUTED);
    widgets::gap(18);

    const ImVec2 button_size(ImGui::GetContentRegionAvail().x, 52);
    ImGui::BeginDisabled(context.read_only);
    if (widgets::primary_button("Create a program", button_size))
        wizard.open_new(context.today);
    widgets::gap(2);
    if (widgets::secondary_button("Open a program file", button_size))
        actions.push(ChooseProgramFileAction{});
    widgets::gap(2);
    if (widgets::secondary_button("Try the demo program", button_size))
        actions.push(LoadDemoAction{});
    ImGui::EndDisabled();
    widgets::gap(10);
    ImGui::PushFont(fonts().small);
    widgets::muted("You can also drop a program file anywhere on this page.");
    ImGui::PopFont();
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

}
