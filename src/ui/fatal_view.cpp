#include "ui/fatal_view.h"

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace turnabout::ui {

void fatal_view(std::string_view reason)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("Turnabout could not start###fatal", nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    const float width = std::min(560.0f, viewport->Size.x - 2 * theme::PAGE_MARGIN);
    ImGui::SetCursorPos(ImVec2((viewport->Size.x - width) * 0.5f, std::max(theme::PAGE_MARGIN, viewport->Size.y * 0.25f)));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::text(fonts().title, theme::TEXT, "Turnabout could not start");
    widgets::gap(6);
    widgets::message_box(widgets::Tone::Error, std::string(reason), width);
    widgets::gap(6);
    widgets::wrapped("Reload the page to try again. If this keeps happening, this browser may be refusing "
                     "storage to the site (private windows sometimes do), or its storage may be full.",
        theme::MUTED);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::End();
}

}
