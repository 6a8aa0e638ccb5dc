// A Dear ImGui context with no window and no renderer: Inter in the font atlas, a fixed
// display, frames drawn on demand with the item registry recording, as the page does,
// and ImGui's failed assertions collected instead of aborting.
// Depends on: Dear ImGui, ui (fonts, theme, item registry, the IM_ASSERT hook).
#pragma once

#include "ui/item_registry.h"

#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

namespace turnabout::testing {

// The display the screens are drawn on: a laptop's browser window, in CSS pixels.
inline const ImVec2 DISPLAY_SIZE{1280, 800};

class HeadlessImGui {
public:
    HeadlessImGui();
    ~HeadlessImGui();
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    // One frame: NewFrame, `draw`, Render; what the page does minus input and GL.
    void frame(const std::function<void()>& draw);

    const ui::ItemRegistry& registry() const { return m_registry; }
    // Each failed IM_ASSERT since construction, as "file:line: expression".
    const std::vector<std::string>& assertions() const { return m_assertions; }

private:
    ImGuiContext* m_context = nullptr;
    ui::ItemRegistry m_registry;
    std::vector<std::string> m_assertions;
};

}
