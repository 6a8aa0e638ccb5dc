#include "web/input.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cstring>

extern "C" {
void turnabout_page_set_cursor(const char* css_cursor);
void turnabout_page_install_paste();
void turnabout_page_write_clipboard(const char* text);
}

namespace turnabout::web {

namespace {

Input* g_input = nullptr;

// DOM keyCode values, which double as our io.KeysDown indices.
enum DomKey {
    KEY_BACKSPACE = 8, KEY_TAB = 9, KEY_ENTER = 13, KEY_SHIFT = 16, KEY_CONTROL = 17, KEY_ALT = 18,
    KEY_ESCAPE = 27, KEY_SPACE = 32, KEY_PAGE_UP = 33, KEY_PAGE_DOWN = 34, KEY_END = 35, KEY_HOME = 36,
    KEY_LEFT = 37, KEY_UP = 38, KEY_RIGHT = 39, KEY_DOWN = 40, KEY_INSERT = 45, KEY_DELETE = 46,
    KEY_A = 65, KEY_C = 67, KEY_V = 86, KEY_X = 88, KEY_Y = 89, KEY_Z = 90, KEY_META = 91,
};

bool is_editing_key(unsigned long key)
{
    switch (key) {
    case KEY_BACKSPACE: case KEY_TAB: case KEY_ENTER: case KEY_ESCAPE: case KEY_PAGE_UP: case KEY_PAGE_DOWN:
    case KEY_END: case KEY_HOME: case KEY_LEFT: case KEY_UP: case KEY_RIGHT: case KEY_DOWN: case KEY_DELETE:
        return true;
    default:
        return false;
    }
}

// Whether ImGui itself acts on this key event: a key it maps (Tab, the arrows,
// Enter…), or any key held with Ctrl, Alt or Super (Ctrl+A, Ctrl+V). A letter, digit
// or sign typed on its own only types its character, which arrives as text.
bool imgui_acts_on(const Input::Event& e)
{
    const bool character_or_modifier = (e.code >= 48 && e.code <= 90 && e.code != KEY_META) || (e.code >= 96 && e.code <= 111)
        || (e.code >= 186 && e.code <= 222) || e.code == KEY_SHIFT || e.code == KEY_CONTROL || e.code == KEY_ALT;
    return !character_or_modifier || e.ctrl || e.alt || e.super;
}

Input::Event modifiers_from(const EmscriptenKeyboardEvent& e)
{
    Input::Event event;
    event.ctrl = e.ctrlKey;
    event.shift = e.shiftKey;
    event.alt = e.altKey;
    event.super = e.metaKey;
    return event;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*)
{
    Input::Event move;
    move.kind = Input::Event::Kind::MouseMove;
    move.x = static_cast<float>(e->clientX);
    move.y = static_cast<float>(e->clientY);
    g_input->push(move);
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        Input::Event button;
        button.kind = Input::Event::Kind::MouseButton;
        // DOM: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
        button.code = e->button == 1 ? 2 : (e->button == 2 ? 1 : e->button);
        button.down = type == EMSCRIPTEN_EVENT_MOUSEDOWN;
        if (button.code < 5)
            g_input->push(button);
    }
    // Mouse-down on the canvas must not start a text selection or steal focus.
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*)
{
    // ImGui scrolls about 5 lines per unit; pixels, lines and pages all become units.
    double scale = 1.0 / 100.0;
    if (e->deltaMode == DOM_DELTA_LINE)
        scale = 1.0 / 3.0;
    else if (e->deltaMode == DOM_DELTA_PAGE)
        scale = 2.0;
    Input::Event wheel;
    wheel.kind = Input::Event::Kind::Wheel;
    wheel.x = static_cast<float>(-e->deltaX * scale);
    wheel.y = static_cast<float>(-e->deltaY * scale);
    g_input->push(wheel);
    return true; // the page itself never scrolls
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*)
{
    if (type == EMSCRIPTEN_EVENT_KEYPRESS) {
        if (e->charCode < 32 || e->ctrlKey || e->metaKey)
            return false;
        Input::Event typed = modifiers_from(*e);
        typed.kind = Input::Event::Kind::Text;
        typed.text = e->key[0] && std::strlen(e->key) <= 4 ? std::string(e->key) : std::string(1, static_cast<char>(e->charCode));
        g_input->push(typed);
        return true;
    }
    Input::Event key = modifiers_from(*e);
    key.kind = Input::Event::Kind::Key;
    key.code = static_cast<int>(e->keyCode);
    key.down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    if (key.code <= 0 || key.code >= 512)
        return false;
    g_input->push(key);
    if (type != EMSCRIPTEN_EVENT_KEYDOWN)
        return false;
    // Keep the browser from acting on editing keys (Backspace, Tab, arrows...) and
    // select-all/undo; let character keys through (so keypress follows) and leave
    // copy, cut and paste to the browser, whose events bring the clipboard.
    const bool command = e->ctrlKey || e->metaKey;
    if (is_editing_key(e->keyCode))
        return true;
    return command && (e->keyCode == KEY_A || e->keyCode == KEY_Z || e->keyCode == KEY_Y);
}

EM_BOOL on_blur(int, const EmscriptenFocusEvent*, void*)
{
    Input::Event release;
    release.kind = Input::Event::Kind::ReleaseAll;
    g_input->push(release);
    return false;
}

void set_clipboard(void*, const char* text) { turnabout_page_write_clipboard(text); }

// Pasting arrives as typed text from the browser's paste event (clipboard reads are
// asynchronous on the web), so ImGui's own Ctrl+V must paste nothing.
const char* get_clipboard(void*) { return ""; }

}

void Input::install(const char* canvas_selector, std::function<void()> wake)
{
    g_input = this;
    m_wake = std::move(wake);
    const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_mousedown_callback(canvas_selector, nullptr, true, on_mouse);
    emscripten_set_mouseup_callback(window, nullptr, true, on_mouse);
    emscripten_set_mousemove_callback(window, nullptr, true, on_mouse);
    emscripten_set_wheel_callback(canvas_selector, nullptr, false, on_wheel);
    emscripten_set_keydown_callback(window, nullptr, true, on_key);
    emscripten_set_keyup_callback(window, nullptr, true, on_key);
    emscripten_set_keypress_callback(window, nullptr, true, on_key);
    emscripten_set_blur_callback(window, nullptr, true, on_blur);
    turnabout_page_install_paste();

    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "turnabout_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    io.KeyMap[ImGuiKey_Tab] = KEY_TAB;
    io.KeyMap[ImGuiKey_LeftArrow] = KEY_LEFT;
    io.KeyMap[ImGuiKey_RightArrow] = KEY_RIGHT;
    io.KeyMap[ImGuiKey_UpArrow] = KEY_UP;
    io.KeyMap[ImGuiKey_DownArrow] = KEY_DOWN;
    io.KeyMap[ImGuiKey_PageUp] = KEY_PAGE_UP;
    io.KeyMap[ImGuiKey_PageDown] = KEY_PAGE_DOWN;
    io.KeyMap[ImGuiKey_Home] = KEY_HOME;
    io.KeyMap[ImGuiKey_End] = KEY_END;
    io.KeyMap[ImGuiKey_Insert] = KEY_INSERT;
    io.KeyMap[ImGuiKey_Delete] = KEY_DELETE;
    io.KeyMap[ImGuiKey_Backspace] = KEY_BACKSPACE;
    io.KeyMap[ImGuiKey_Space] = KEY_SPACE;
    io.KeyMap[ImGuiKey_Enter] = KEY_ENTER;
    io.KeyMap[ImGuiKey_Escape] = KEY_ESCAPE;
    io.KeyMap[ImGuiKey_KeyPadEnter] = KEY_ENTER;
    io.KeyMap[ImGuiKey_A] = KEY_A;
    io.KeyMap[ImGuiKey_C] = KEY_C;
    io.KeyMap[ImGuiKey_V] = KEY_V;
    io.KeyMap[ImGuiKey_X] = KEY_X;
    io.KeyMap[ImGuiKey_Y] = KEY_Y;
    io.KeyMap[ImGuiKey_Z] = KEY_Z;
}

void Input::push(Event event)
{
    m_queue.push_back(std::move(event));
    if (m_wake)
        m_wake();
}

bool Input::apply(ImGuiIO& io)
{
    bool button_changed[5] = {};
    bool any_button_changed = false;
    bool key_changed[512] = {};
    while (!m_queue.empty()) {
        const Event& e = m_queue.front();
        switch (e.kind) {
        case Event::Kind::MouseMove:
            // A move after a click in the same frame would move the click: next frame.
            if (any_button_changed)
                return true;
            io.MousePos = ImVec2(e.x, e.y);
            break;
        case Event::Kind::MouseButton:
            if (button_changed[e.code])
                return true;
            io.MouseDown[e.code] = e.down;
            button_changed[e.code] = any_button_changed = true;
            break;
        case Event::Kind::Wheel:
            io.MouseWheelH += e.x;
            io.MouseWheel += e.y;
            break;
        case Event::Kind::Key:
            // ImGui must see each press and release of a key it acts on in a frame of
            // its own. A character key typed on its own need not wait: its press and
            // release may share a frame, so fast typing on a slow frame rate does not
            // trail one letter per frame behind the keyboard.
            if (key_changed[e.code] && imgui_acts_on(e))
                return true;
            io.KeysDown[e.code] = e.down;
            key_changed[e.code] = true;
            io.KeyCtrl = e.ctrl || (e.down && e.code == KEY_CONTROL);
            io.KeyShift = e.shift || (e.down && e.code == KEY_SHIFT);
            io.KeyAlt = e.alt || (e.down && e.code == KEY_ALT);
            io.KeySuper = e.super || (e.down && e.code == KEY_META);
            break;
        case Event::Kind::Text:
            io.AddInputCharactersUTF8(e.text.c_str());
            break;
        case Event::Kind::ReleaseAll:
            for (bool& down : io.KeysDown)
                down = false;
            for (bool& down : io.MouseDown)
                down = false;
            io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
            break;
        }
        m_queue.pop_front();
    }
    return false;
}

void Input::update_cursor(ImGuiMouseCursor cursor)
{
    if (cursor == m_cursor)
        return;
    m_cursor = cursor;
    const char* css = "default";
    switch (cursor) {
    case ImGuiMouseCursor_None: css = "none"; break;
    case ImGuiMouseCursor_TextInput: css = "text"; break;
    case ImGuiMouseCursor_ResizeAll: css = "move"; break;
    case ImGuiMouseCursor_ResizeNS: css = "ns-resize"; break;
    case ImGuiMouseCursor_ResizeEW: css = "ew-resize"; break;
    case ImGuiMouseCursor_ResizeNESW: css = "nesw-resize"; break;
    case ImGuiMouseCursor_ResizeNWSE: css = "nwse-resize"; break;
    case ImGuiMouseCursor_Hand: css = "pointer"; break;
    case ImGuiMouseCursor_NotAllowed: css = "not-allowed"; break;
    default: break;
    }
    turnabout_page_set_cursor(css);
}

}

// Text the browser's paste event brought (page_input.js).
extern "C" EMSCRIPTEN_KEEPALIVE void turnabout_paste_text(const char* text)
{
    using turnabout::web::Input;
    if (!turnabout::web::g_input || !text)
        return;
    Input::Event typed;
    typed.kind = Input::Event::Kind::Text;
    typed.text = text;
    turnabout::web::g_input->push(typed);
}
