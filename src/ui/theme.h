// The look: a calm light theme with one accent colour, generous spacing and rounded
// corners, so the app reads as a product rather than a debug window. Depends on: Dear ImGui.
#pragma once

#include <imgui.h>

namespace turnabout::ui::theme {

// Colours views use beyond ImGui's own style slots.
inline constexpr ImU32 PAGE = IM_COL32(246, 247, 249, 255);
inline constexpr ImU32 CARD = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 BORDER = IM_COL32(223, 227, 233, 255);
inline const ImVec4 TEXT{0.13f, 0.15f, 0.19f, 1.0f};
inline const ImVec4 MUTED{0.42f, 0.46f, 0.53f, 1.0f};
inline const ImVec4 ACCENT{0.16f, 0.42f, 0.60f, 1.0f};
inline const ImVec4 ACCENT_HOVER{0.12f, 0.36f, 0.53f, 1.0f};
inline const ImVec4 ACCENT_ACTIVE{0.09f, 0.30f, 0.45f, 1.0f};
inline const ImVec4 DANGER{0.72f, 0.18f, 0.16f, 1.0f};
inline const ImVec4 DANGER_HOVER{0.62f, 0.13f, 0.12f, 1.0f};
inline const ImVec4 SUCCESS{0.13f, 0.50f, 0.30f, 1.0f};
inline const ImVec4 WARNING{0.62f, 0.40f, 0.05f, 1.0f};
inline const ImVec4 ERROR_BACKGROUND{0.99f, 0.93f, 0.92f, 1.0f};
inline const ImVec4 SUCCESS_BACKGROUND{0.91f, 0.97f, 0.93f, 1.0f};
inline const ImVec4 INFO_BACKGROUND{0.99f, 0.96f, 0.88f, 1.0f};

// Spacing in CSS pixels.
inline constexpr float PAGE_MARGIN = 32.0f;
inline constexpr float GAP = 16.0f;
inline constexpr float CONTENT_MAX_WIDTH = 1120.0f;

void apply(ImGuiStyle& style);

}
