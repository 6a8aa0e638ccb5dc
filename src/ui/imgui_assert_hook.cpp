#include "ui/imgui_assert_hook.h"

#include <cstdio>
#include <cstdlib>

namespace turnabout::ui {

namespace {

ImGuiAssertHandler g_handler = nullptr;

}

ImGuiAssertHandler set_imgui_assert_handler(ImGuiAssertHandler handler)
{
    ImGuiAssertHandler previous = g_handler;
    g_handler = handler;
    return previous;
}

void imgui_assert_failed(const char* expression, const char* file, int line)
{
    if (g_handler) {
        g_handler(expression, file, line);
        return;
    }
    std::fprintf(stderr, "%s:%d: ImGui assertion failed: %s\n", file, line, expression);
    std::abort();
}

}
