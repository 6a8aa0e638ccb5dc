#include "ui/notice_view.h"

#include "ui/fonts.h"

#include <algorithm>

namespace turnabout::ui {

void notice_view(NoticeUi& ui, float width)
{
    if (!ui.shown)
        return;
    const float close_width = widgets::button_width("Dismiss") + 8;
    const float start_y = ImGui::GetCursorPosY();
    const float start_x = ImGui::GetCursorPosX();
    widgets::message_box(ui.tone, ui.text, width - close_width - 8);
    const float end_y = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(start_x + width - close_width, start_y + 2));
    if (widgets::secondary_button("Dismiss##notice", ImVec2(close_width, 0)))
        ui.shown = false;
    ImGui::SetCursorPos(ImVec2(start_x, std::max(end_y, ImGui::GetCursorPosY())));
}

}
