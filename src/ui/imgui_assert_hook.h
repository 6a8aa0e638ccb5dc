// Dear ImGui's configuration for the native (headless) UI build: IM_ASSERT reports to
// a handler instead of aborting, so a test fails on a broken ImGui rule and goes on.
// Depends on: nothing (imgui.h includes it first, through IMGUI_USER_CONFIG).
#pragma once

namespace turnabout::ui {

using ImGuiAssertHandler = void (*)(const char* expression, const char* file, int line);

// Sets the handler and returns the one it replaces. With none set, a failed assertion
// prints where it failed and aborts, as assert() would.
ImGuiAssertHandler set_imgui_assert_handler(ImGuiAssertHandler handler);

void imgui_assert_failed(const char* expression, const char* file, int line);

}

// Evaluated in every build type: Release would otherwise compile ImGui's checks away.
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::turnabout::ui::imgui_assert_failed(#_EXPR, __FILE__, __LINE__))
