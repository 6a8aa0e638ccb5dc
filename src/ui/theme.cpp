#include "ui/theme.h"

namespace turnabout::ui::theme {

void apply(ImGuiStyle& style)
{
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);

    style.WindowPadding = ImVec2(24, 24);
    style.FramePadding = ImVec2(12, 8);
    style.CellPadding = ImVec2(12, 9);
    style.ItemSpacing = ImVec2(12, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 14;
    style.GrabMinSize = 12;
    style.WindowRounding = 10;
    style.ChildRounding = 10;
    style.FrameRounding = 7;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 7;
    style.GrabRounding = 7;
    style.TabRounding = 7;
    style.WindowBorderSize = 1;
    style.ChildBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 1;
    style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    style.ButtonTextAlign = ImVec2(0.5f, 0.5f);

    ImVec4* c = style.Colors;
    const ImVec4 white{1, 1, 1, 1};
    const ImVec4 page = ImGui::ColorConvertU32ToFloat4(PAGE);
    const ImVec4 border = ImGui::ColorConvertU32ToFloat4(BORDER);
    const ImVec4 soft_accent{0.16f, 0.42f, 0.60f, 0.10f};
    const ImVec4 softer_accent{0.16f, 0.42f, 0.60f, 0.06f};

    c[ImGuiCol_Text] = TEXT;
    c[ImGuiCol_TextDisabled] = MUTED;
    c[ImGuiCol_WindowBg] = page;
    c[ImGuiCol_ChildBg] = white;
    c[ImGuiCol_PopupBg] = white;
    c[ImGuiCol_Border] = border;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = white;
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.97f, 0.98f, 0.99f, 1);
    c[ImGuiCol_FrameBgActive] = white;
    c[ImGuiCol_TitleBg] = white;
    c[ImGuiCol_TitleBgActive] = white;
    c[ImGuiCol_TitleBgCollapsed] = white;
    c[ImGuiCol_MenuBarBg] = white;
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = ImVec4(0.80f, 0.82f, 0.86f, 1);
    c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(0.70f, 0.73f, 0.78f, 1);
    c[ImGuiCol_ScrollbarGrabActive] = ImVec4(0.60f, 0.64f, 0.70f, 1);
    c[ImGuiCol_CheckMark] = ACCENT;
    c[ImGuiCol_SliderGrab] = ACCENT;
    c[ImGuiCol_SliderGrabActive] = ACCENT_ACTIVE;
    c[ImGuiCol_Button] = white;
    c[ImGuiCol_ButtonHovered] = ImVec4(0.94f, 0.96f, 0.98f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.89f, 0.92f, 0.95f, 1);
    c[ImGuiCol_Header] = soft_accent;
    c[ImGuiCol_HeaderHovered] = softer_accent;
    c[ImGuiCol_HeaderActive] = soft_accent;
    c[ImGuiCol_Separator] = border;
    c[ImGuiCol_SeparatorHovered] = border;
    c[ImGuiCol_SeparatorActive] = border;
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripActive] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.97f, 0.97f, 0.98f, 1);
    c[ImGuiCol_TableBorderStrong] = border;
    c[ImGuiCol_TableBorderLight] = ImVec4(0.93f, 0.94f, 0.96f, 1);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.98f, 0.985f, 0.99f, 1);
    c[ImGuiCol_TextSelectedBg] = ImVec4(0.16f, 0.42f, 0.60f, 0.25f);
    c[ImGuiCol_NavHighlight] = ACCENT;
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.10f, 0.12f, 0.16f, 0.35f);
}

}
