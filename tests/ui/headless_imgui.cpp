#include "headless_imgui.h"

#include "ui/fonts.h"
#include "ui/imgui_assert_hook.h"
#include "ui/theme.h"

#include <imgui_internal.h>

namespace turnabout::testing {

namespace {

std::vector<std::string>* g_recording = nullptr;

void record_assertion(const char* expression, const char* file, int line)
{
    if (g_recording)
        g_recording->push_back(std::string(file) + ":" + std::to_string(line) + ": " + expression);
}

// One atlas for every context: rasterising Inter five times per test would cost more
// than drawing the screen. fonts() keeps pointers into it for the whole run.
ImFontAtlas& shared_atlas()
{
    static ImFontAtlas atlas;
    return atlas;
}

}

HeadlessImGui::HeadlessImGui()
{
    g_recording = &m_assertions;
    ui::set_imgui_assert_handler(record_assertion);
    m_context = ImGui::CreateContext(&shared_atlas());
    ImGui::SetCurrentContext(m_context);
    ui::ItemRegistry::set_current(&m_registry);
    m_context->TestEngineHookItems = true;

    // The page's settings (src/web/main_web.cpp).
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // The page's input backend maps every key ImGui asks for; keyboard navigation
    // (on, as on the page) checks that they are. Nothing is ever pressed here.
    for (int key = 0; key < ImGuiKey_COUNT; ++key)
        io.KeyMap[key] = key;
    io.DisplaySize = DISPLAY_SIZE;
    io.DeltaTime = 1.0f / 60.0f;
    ui::theme::apply(ImGui::GetStyle());
    if (!shared_atlas().IsBuilt())
        ui::build_fonts(1.0f, TURNABOUT_FONT_DIR);
    // What build_fonts set on the first context's io, for every later one.
    io.FontDefault = ui::fonts().body;
    io.FontGlobalScale = 1.0f;
}

HeadlessImGui::~HeadlessImGui()
{
    ui::ItemRegistry::set_current(nullptr);
    ImGui::DestroyContext(m_context);
    ui::set_imgui_assert_handler(nullptr);
    g_recording = nullptr;
}

void HeadlessImGui::frame(const std::function<void()>& draw)
{
    m_registry.begin_frame();
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    m_registry.end_frame();
}

}
