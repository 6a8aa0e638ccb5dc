// Input: our own small ImGui input backend over emscripten/html5.h callbacks (mouse,
// wheel, keys, typed text, paste). Dear ImGui 1.86 samples keys and buttons once per
// frame, so a press and release arriving between two frames would be lost: events are
// queued and applied in order; a button, or a key ImGui acts on, changes at most once per frame.
// Depends on: Dear ImGui, Emscripten.
#pragma once

#include <imgui.h>

#include <deque>
#include <functional>
#include <string>

namespace turnabout::web {

class Input {
public:
    // Installs the listeners; `wake` runs on every event so the page draws a frame.
    void install(const char* canvas_selector, std::function<void()> wake);
    // Moves queued events into ImGui's io; returns true if events remain for later frames.
    bool apply(ImGuiIO& io);
    // Events received and not yet given to ImGui (tests wait for none).
    std::size_t queued() const { return m_queue.size(); }
    // Sets the page's mouse cursor to what ImGui asks for (text beam over fields...).
    void update_cursor(ImGuiMouseCursor cursor);

    struct Event {
        enum class Kind { MouseMove, MouseButton, Wheel, Key, Text, ReleaseAll };
        Kind kind = Kind::MouseMove;
        float x = 0, y = 0;      // mouse position, or wheel deltas in ImGui units
        int code = 0;            // button or key index
        bool down = false;
        bool ctrl = false, shift = false, alt = false, super = false;
        std::string text;        // UTF-8, for Kind::Text
    };

    void push(Event event);

private:
    std::deque<Event> m_queue;
    std::function<void()> m_wake;
    ImGuiMouseCursor m_cursor = ImGuiMouseCursor_Arrow;
};

}
