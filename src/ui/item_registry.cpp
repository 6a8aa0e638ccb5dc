// Implements Dear ImGui 1.86's test engine hooks (declared in imgui_internal.h when
// IMGUI_ENABLE_TEST_ENGINE is defined) by recording into the current ItemRegistry.
#include "ui/item_registry.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>

namespace turnabout::ui {

namespace {

ItemRegistry* g_current = nullptr;

std::string_view visible_part(std::string_view label)
{
    auto hidden = label.find("##");
    return hidden == std::string_view::npos ? label : label.substr(0, hidden);
}

}

void append_json_string(std::string& out, std::string_view text)
{
    out += '"';
    for (unsigned char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out += escaped;
            } else {
                out += static_cast<char>(c); // UTF-8 passes through unchanged
            }
        }
    }
    out += '"';
}

namespace {

void append_number(std::string& out, float value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    out += buffer;
}

}

void ItemRegistry::set_current(ItemRegistry* registry) { g_current = registry; }
ItemRegistry* ItemRegistry::current() { return g_current; }

void ItemRegistry::begin_frame() { m_building.clear(); }

void ItemRegistry::end_frame() { m_last.swap(m_building); }

RegisteredItem* ItemRegistry::find_current(std::uint32_t id)
{
    // ItemInfo follows its ItemAdd closely: search from the end.
    for (auto it = m_building.rbegin(); it != m_building.rend(); ++it) {
        if (it->id == id && it->kind == RegisteredItem::Kind::Widget)
            return &*it;
    }
    return nullptr;
}

void ItemRegistry::item_added(std::uint32_t id, ItemRect rect, std::string_view window, bool visible, bool disabled)
{
    if (auto* existing = find_current(id); existing && existing->label.empty()) {
        // Some widgets register their box twice in a frame; keep the latest.
        existing->rect = rect;
        existing->visible = visible;
        existing->disabled = disabled;
        return;
    }
    RegisteredItem item;
    item.id = id;
    item.rect = rect;
    item.window = std::string(visible_part(window));
    item.visible = visible;
    item.disabled = disabled;
    m_building.push_back(std::move(item));
}

void ItemRegistry::item_info(std::uint32_t id, std::string_view label, int status_flags, bool disabled)
{
    RegisteredItem* item = find_current(id);
    if (!item)
        return;
    item->disabled = item->disabled || disabled;
    item->full_label = std::string(label);
    item->label = std::string(visible_part(label));
    item->checkable = (status_flags & ImGuiItemStatusFlags_Checkable) != 0;
    item->checked = (status_flags & ImGuiItemStatusFlags_Checked) != 0;
    item->openable = (status_flags & ImGuiItemStatusFlags_Openable) != 0;
    item->opened = (status_flags & ImGuiItemStatusFlags_Opened) != 0;
}

void ItemRegistry::item_value(std::uint32_t id, std::string_view value)
{
    if (RegisteredItem* item = find_current(id)) {
        item->has_value = true;
        item->value = std::string(value);
    }
}

void ItemRegistry::text_shown(std::string_view text, ItemRect rect, std::string_view window)
{
    RegisteredItem item;
    item.kind = RegisteredItem::Kind::Text;
    item.label = std::string(text);
    item.full_label = item.label;
    item.window = std::string(visible_part(window));
    item.rect = rect;
    m_building.push_back(std::move(item));
}

const char* ItemRegistry::debug_label(std::uint32_t id) const
{
    for (const auto& item : m_last) {
        if (item.id == id && !item.full_label.empty())
            return item.full_label.c_str();
    }
    return nullptr;
}

std::string ItemRegistry::last_frame_json() const
{
    std::string out = "[";
    bool first = true;
    for (const auto& item : m_last) {
        if (item.label.empty() && item.full_label.empty())
            continue; // scrollbars, window backgrounds: nothing a person would name
        if (!first)
            out += ',';
        first = false;
        out += "{\"kind\":";
        out += item.kind == RegisteredItem::Kind::Text ? "\"text\"" : "\"widget\"";
        out += ",\"id\":" + std::to_string(item.id);
        out += ",\"label\":";
        append_json_string(out, item.label);
        out += ",\"fullLabel\":";
        append_json_string(out, item.full_label);
        out += ",\"window\":";
        append_json_string(out, item.window);
        out += ",\"x\":";
        append_number(out, item.rect.x);
        out += ",\"y\":";
        append_number(out, item.rect.y);
        out += ",\"width\":";
        append_number(out, item.rect.width);
        out += ",\"height\":";
        append_number(out, item.rect.height);
        out += ",\"visible\":";
        out += item.visible ? "true" : "false";
        if (item.kind == RegisteredItem::Kind::Widget) {
            out += ",\"disabled\":";
            out += item.disabled ? "true" : "false";
        }
        if (item.has_value) {
            out += ",\"value\":";
            append_json_string(out, item.value);
        }
        if (item.checkable) {
            out += ",\"checked\":";
            out += item.checked ? "true" : "false";
        }
        if (item.openable) {
            out += ",\"opened\":";
            out += item.opened ? "true" : "false";
        }
        out += '}';
    }
    out += ']';
    return out;
}

}

namespace {

// Whether the item being added is disabled. ItemAdd sets LastItemData (with the
// flags of BeginDisabled and the item's own) before calling the hook; ButtonBehavior
// calls it for items that never went through ItemAdd, which only the current flags
// describe.
bool item_disabled(const ImGuiContext& ctx, ImGuiID id)
{
    const ImGuiItemFlags flags = ctx.LastItemData.ID == id ? ctx.LastItemData.InFlags : ctx.CurrentItemFlags;
    return (flags & ImGuiItemFlags_Disabled) != 0;
}

}

// The hooks Dear ImGui calls. Items outside the window's clip rectangle are still
// recorded (ImGui registers them before its clipping test), marked not visible.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id)
{
    auto* registry = turnabout::ui::ItemRegistry::current();
    if (!registry || !ctx->CurrentWindow)
        return;
    ImGuiWindow* window = ctx->CurrentWindow;
    const bool visible = window->ClipRect.Overlaps(bb) && window->Active;
    // Child windows are named "Parent/Child_id"; a person knows the top window.
    const char* window_name = window->RootWindow ? window->RootWindow->Name : window->Name;
    registry->item_added(id, {bb.Min.x, bb.Min.y, bb.GetWidth(), bb.GetHeight()}, window_name, visible, item_disabled(*ctx, id));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags)
{
    if (auto* registry = turnabout::ui::ItemRegistry::current(); registry && label)
        registry->item_info(id, label, flags, item_disabled(*ctx, id));
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id)
{
    auto* registry = turnabout::ui::ItemRegistry::current();
    return registry ? registry->debug_label(id) : nullptr;
}
