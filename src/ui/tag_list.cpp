#include "ui/tag_list.h"

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

namespace turnabout::ui {

namespace {

std::string trimmed(std::string_view text)
{
    std::size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin])))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1])))
        --end;
    return std::string(text.substr(begin, end - begin));
}

bool same_tag(const std::string& a, const std::string& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); });
}

// A rounded chip with the tag and a small remove button; returns true when removed.
bool chip(const std::string& tag)
{
    const ImVec2 padding(10, 4);
    const float close = ImGui::GetFontSize();
    const ImVec2 text = ImGui::CalcTextSize(tag.c_str());
    const ImVec2 size(padding.x * 2 + text.x + 6 + close, std::max(text.y, close) + padding.y * 2);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), IM_COL32(228, 238, 246, 255), size.y * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(at.x + padding.x, at.y + padding.y));
    widgets::text(tag);
    ImGui::SameLine(0, 6);
    ImGui::SetCursorScreenPos(ImVec2(at.x + padding.x + text.x + 6, at.y + padding.y));
    // The remove button reads "Remove <tag>" to tests and assistive tools, shows "×".
    const std::string id = "Remove " + tag + "##remove";
    const bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(close, close));
    const ImU32 color = ImGui::ColorConvertFloat4ToU32(ImGui::IsItemHovered() ? theme::DANGER : theme::MUTED);
    const ImVec2 c(at.x + padding.x + text.x + 6 + close * 0.5f, at.y + padding.y + close * 0.5f);
    const float r = close * 0.22f;
    draw->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), color, 1.6f);
    draw->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), color, 1.6f);
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(size);
    return pressed;
}

}

bool commit_pending_tags(std::vector<std::string>& tags, std::string& pending)
{
    bool changed = false;
    std::size_t start = 0;
    while (start <= pending.size()) {
        std::size_t comma = pending.find(',', start);
        if (comma == std::string::npos)
            comma = pending.size();
        std::string tag = trimmed(std::string_view(pending).substr(start, comma - start));
        if (!tag.empty() && std::none_of(tags.begin(), tags.end(), [&](const std::string& t) { return same_tag(t, tag); })) {
            tags.push_back(std::move(tag));
            changed = true;
        }
        start = comma + 1;
    }
    pending.clear();
    return changed;
}

bool tag_list(const char* label, const char* id, std::vector<std::string>& tags, std::string& pending, float width, const char* hint)
{
    bool changed = false;
    widgets::text(fonts().strong, theme::TEXT, label);
    ImGui::PushID(id);
    const float start_x = ImGui::GetCursorPosX();
    float x = 0;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const float chip_width = ImGui::CalcTextSize(tags[i].c_str()).x + 26 + ImGui::GetFontSize();
        if (i > 0 && x + 8 + chip_width <= width) {
            ImGui::SameLine(start_x + x + 8);
            x += 8 + chip_width;
        } else {
            x = chip_width;
        }
        if (chip(tags[i])) {
            tags.erase(tags.begin() + static_cast<std::ptrdiff_t>(i));
            changed = true;
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::SetCursorPosX(start_x);
    ImGui::SetNextItemWidth(width);
    const bool entered = ImGui::InputTextWithHint(id, hint, &pending, ImGuiInputTextFlags_EnterReturnsTrue);
    if (entered || pending.find(',') != std::string::npos) {
        changed |= commit_pending_tags(tags, pending);
        if (entered)
            ImGui::SetKeyboardFocusHere(-1); // keep typing the next tag
    }
    return changed;
}

}
