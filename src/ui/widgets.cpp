#include "ui/widgets.h"

#include "ui/fonts.h"
#include "ui/item_registry.h"
#include "ui/theme.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace turnabout::ui::widgets {

namespace {

void report_text(std::string_view text)
{
    if (auto* registry = ItemRegistry::current()) {
        ImVec2 min = ImGui::GetItemRectMin();
        ImVec2 size = ImGui::GetItemRectSize();
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        registry->text_shown(text, {min.x, min.y, size.x, size.y}, window->RootWindow->Name);
    }
}

bool colored_button(const char* label, ImVec2 size, const ImVec4& base, const ImVec4& hover, const ImVec4& active)
{
    ImGui::PushStyleColor(ImGuiCol_Button, base);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, active);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    ImGui::PushFont(fonts().strong);
    bool pressed = ImGui::Button(label, size);
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    return pressed;
}

}

void text(std::string_view value)
{
    ImGui::TextUnformatted(value.data(), value.data() + value.size());
    report_text(value);
}

void text(ImFont* font, const ImVec4& color, std::string_view value)
{
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    text(value);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void muted(std::string_view value) { text(fonts().body, theme::MUTED, value); }

void wrapped(std::string_view value, const ImVec4& color)
{
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(0.0f);
    text(value);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

bool primary_button(const char* label, ImVec2 size)
{
    return colored_button(label, size, theme::ACCENT, theme::ACCENT_HOVER, theme::ACCENT_ACTIVE);
}

bool secondary_button(const char* label, ImVec2 size)
{
    return ImGui::Button(label, size);
}

bool danger_button(const char* label, ImVec2 size)
{
    return colored_button(label, size, theme::DANGER, theme::DANGER_HOVER, theme::DANGER_HOVER);
}

float button_width(const char* label)
{
    ImGui::PushFont(fonts().strong);
    float width = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PopFont();
    return width;
}

bool text_field(const char* label, const char* id, std::string& value, float width, const char* hint)
{
    text(fonts().strong, theme::TEXT, label);
    ImGui::SetNextItemWidth(width);
    return ImGui::InputTextWithHint(id, hint, &value);
}

bool text_area(const char* label, const char* id, std::string& value, ImVec2 size)
{
    text(fonts().strong, theme::TEXT, label);
    return ImGui::InputTextMultiline(id, &value, size);
}

bool int_field(const char* id, int& value, float width)
{
    // ImGui 1.86's InputInt with step buttons asserts when typed into inside a table, and
    // names its field "": a plain field and our own buttons avoid both.
    const float button = ImGui::GetFrameHeight();
    const float spacing = ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(std::max(40.0f, width - 2 * (button + spacing)));
    bool changed = ImGui::InputInt(id, &value, 0, 0);
    if (auto* registry = ItemRegistry::current())
        registry->item_value(ImGui::GetItemID(), std::to_string(value));
    ImGui::PushID(id);
    ImGui::SameLine(0, spacing);
    if (ImGui::Button("-", ImVec2(button, button))) {
        --value;
        changed = true;
    }
    ImGui::SameLine(0, spacing);
    if (ImGui::Button("+", ImVec2(button, button))) {
        ++value;
        changed = true;
    }
    ImGui::PopID();
    return changed;
}

void message_box(Tone tone, std::string_view message, float width)
{
    ImVec4 background = theme::ERROR_BACKGROUND;
    ImVec4 foreground = theme::DANGER;
    if (tone == Tone::Success) {
        background = theme::SUCCESS_BACKGROUND;
        foreground = theme::SUCCESS;
    } else if (tone == Tone::Info) {
        background = theme::INFO_BACKGROUND;
        foreground = theme::WARNING;
    }
    if (width <= 0)
        width = ImGui::GetContentRegionAvail().x;
    const ImVec2 padding(14, 10);
    ImGui::PushFont(fonts().body);
    const float text_width = width - padding.x * 2;
    ImVec2 text_size = ImGui::CalcTextSize(message.data(), message.data() + message.size(), false, text_width);
    ImVec2 start = ImGui::GetCursorScreenPos();
    ImVec2 end(start.x + width, start.y + text_size.y + padding.y * 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(start, end, ImGui::ColorConvertFloat4ToU32(background), 8);
    draw->AddRectFilled(start, ImVec2(start.x + 4, end.y), ImGui::ColorConvertFloat4ToU32(foreground), 8, ImDrawFlags_RoundCornersLeft);
    ImGui::SetCursorScreenPos(ImVec2(start.x + padding.x, start.y + padding.y));
    ImGui::PushStyleColor(ImGuiCol_Text, foreground);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_width);
    text(message);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(start.x, end.y));
    ImGui::Dummy(ImVec2(width, 0));
}

void name_item(ImGuiID id, const char* label)
{
    if (auto* registry = ItemRegistry::current())
        registry->item_info(id, label, 0);
}

namespace {

struct Card {
    ImVec2 start;
    float width = 0;
    ImVec2 padding;
};
Card g_card;

}

void begin_card(float width, ImVec2 padding)
{
    g_card = Card{ImGui::GetCursorScreenPos(), width, padding};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(g_card.start.x + padding.x, g_card.start.y + padding.y));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * padding.x);
}

void end_card()
{
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + g_card.padding.y;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSetCurrent(0);
    const ImVec2 max(g_card.start.x + g_card.width, bottom);
    draw->AddRectFilled(g_card.start, max, theme::CARD, 10);
    draw->AddRect(g_card.start, max, theme::BORDER, 10);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(g_card.start.x, bottom));
    ImGui::Dummy(ImVec2(g_card.width, 0));
}

void gap(float height) { ImGui::Dummy(ImVec2(0, height)); }

}
