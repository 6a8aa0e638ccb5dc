// ItemRegistry: what each frame showed, item by item (label, rectangle, window, state),
// recorded through Dear ImGui's test engine hooks. Browser tests click by label with it,
// and a screen-reader mirror can read the same structure. Depends on: Dear ImGui.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::ui {

struct ItemRect {
    float x = 0, y = 0, width = 0, height = 0; // CSS pixels, from the page's top left
};

struct RegisteredItem {
    enum class Kind { Widget, Text };

    Kind kind = Kind::Widget;
    std::uint32_t id = 0;       // ImGui's id; stable while the item's id stack is
    std::string label;          // what a person reads: the part before "##"
    std::string full_label;     // with the "##" suffix, which tells same-named items apart
    std::string window;         // the ImGui window holding it (a dialog's title, say)
    ItemRect rect;
    bool visible = true;        // false when scrolled out of its window
    bool disabled = false;      // drawn inside BeginDisabled: a person cannot use it
    bool checkable = false;
    bool checked = false;
    bool openable = false;
    bool opened = false;
    bool has_value = false;
    std::string value;          // what an input field shows (its text, or its number)
};

// Appends `text` as a JSON string literal (quotes and escapes added; UTF-8 kept).
void append_json_string(std::string& out, std::string_view text);

class ItemRegistry {
public:
    // The registry the hooks write to; one per ImGui context, set by whoever owns both.
    static void set_current(ItemRegistry* registry);
    static ItemRegistry* current();

    // Call before ImGui::NewFrame and after ImGui::Render: items recorded in between
    // become the last frame's items, which is what readers see.
    void begin_frame();
    void end_frame();

    // Hook side (see item_registry.cpp): an item's rectangle, then its label and flags.
    void item_added(std::uint32_t id, ItemRect rect, std::string_view window, bool visible, bool disabled);
    void item_info(std::uint32_t id, std::string_view label, int status_flags, bool disabled = false);
    // ImGui tells the hooks nothing of a field's contents: the widgets that draw
    // fields report what the field shows, right after drawing it.
    void item_value(std::uint32_t id, std::string_view value);
    // Plain text has no ImGui id; views that show text a person must read report it here.
    void text_shown(std::string_view text, ItemRect rect, std::string_view window);

    const std::vector<RegisteredItem>& last_frame() const { return m_last; }
    const char* debug_label(std::uint32_t id) const;
    // The last frame's labelled items as a JSON array (for JavaScript).
    std::string last_frame_json() const;

private:
    RegisteredItem* find_current(std::uint32_t id);

    std::vector<RegisteredItem> m_building;
    std::vector<RegisteredItem> m_last;
};

}
