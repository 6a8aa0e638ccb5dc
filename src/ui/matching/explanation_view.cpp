#include "ui/matching/explanation_view.h"

#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/matching/matching_ui.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <cmath>

namespace turnabout::ui {

namespace {

std::string points_text(int tenths)
{
    const int whole = tenths / 10;
    const int fraction = tenths % 10;
    return "+" + std::to_string(whole) + (fraction ? "." + std::to_string(fraction) : std::string()) + " points";
}

void draw_star(ImVec2 centre, float radius, ImU32 color, bool filled)
{
    ImVec2 points[10];
    for (int i = 0; i < 10; ++i) {
        const float r = i % 2 == 0 ? radius : radius * 0.45f;
        const float angle = -1.5707963f + static_cast<float>(i) * 3.14159265f / 5.0f;
        points[i] = ImVec2(centre.x + r * std::cos(angle), centre.y + r * std::sin(angle));
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (filled) {
        // A star is convex seen from its centre: a fan of triangles fills it.
        for (int i = 0; i < 10; ++i)
            draw->AddTriangleFilled(centre, points[i], points[(i + 1) % 10], color);
    } else
        draw->AddPolyline(points, 10, color, ImDrawFlags_Closed, 1.5f);
}

}

std::string score_label(int score) { return std::to_string(score) + "% match"; }

void score_text(int score)
{
    widgets::text(fonts().strong, score > 0 ? theme::ACCENT : theme::MUTED, std::to_string(score) + "%");
}

bool favorite_toggle(const char* id, bool on)
{
    const std::string label = std::string(on ? "Favorited" : "Favorite") + id;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    // Room on the left for the star, drawn over the button.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(30, ImGui::GetStyle().FramePadding.y));
    if (on)
        ImGui::PushStyleColor(ImGuiCol_Text, theme::WARNING);
    const bool clicked = ImGui::Button(label.c_str());
    if (on)
        ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    const float height = ImGui::GetItemRectSize().y;
    const ImU32 gold = IM_COL32(214, 158, 46, 255);
    draw_star(ImVec2(at.x + 16, at.y + height * 0.5f), 8, on ? gold : ImGui::ColorConvertFloat4ToU32(theme::MUTED), on);
    return clicked;
}

void explanation_body(const matching::ScoreExplanation& explanation, float width)
{
    if (explanation.exclusion) {
        widgets::message_box(widgets::Tone::Error, "Not possible: " + explanation.exclusion->reason, width);
        widgets::gap(6);
    }
    if (explanation.criteria.empty()) {
        widgets::muted("No criterion counts: every weight is 0.");
        return;
    }
    const float points_width = 110;
    for (std::size_t i = 0; i < explanation.criteria.size(); ++i) {
        const matching::CriterionResult& c = explanation.criteria[i];
        ImGui::PushID(static_cast<int>(i));
        const float start_x = ImGui::GetCursorPosX();
        const float top = ImGui::GetCursorPosY();
        ImGui::PushTextWrapPos(start_x + width - points_width - 12);
        widgets::text(fonts().strong, theme::TEXT, c.label);
        widgets::text(fonts().body, c.below_threshold ? theme::DANGER : (c.answered ? theme::TEXT : theme::MUTED), c.detail);
        if (c.setting.threshold > 0)
            widgets::text(fonts().small, c.below_threshold ? theme::DANGER : theme::MUTED,
                "Must match at least " + std::to_string(c.setting.threshold) + "% (this pair: " + std::to_string(c.similarity / 10) + "%)");
        ImGui::PopTextWrapPos();
        const float bottom = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(start_x + width - points_width, top));
        ImGui::BeginGroup();
        widgets::text(fonts().strong, c.points_tenths > 0 ? theme::SUCCESS : theme::MUTED, points_text(c.points_tenths));
        widgets::text(fonts().small, theme::MUTED, "weight " + std::to_string(c.setting.weight));
        ImGui::EndGroup();
        ImGui::SetCursorPos(ImVec2(start_x, std::max(bottom, ImGui::GetCursorPosY()) + 6));
        ImGui::PopID();
    }
}

void matching_dialogs(const ViewContext&, const ProgramState& state, MatchingUi& ui)
{
    if (begin_dialog("Why this match###why_dialog", ui.why.open, 640)) {
        const float width = ImGui::GetContentRegionAvail().x;
        const matching::ScoreExplanation& e = ui.cache.explanation(state, ui.why.match_type, ui.why.pair, ui.why.settings);
        widgets::text(fonts().heading, theme::TEXT, "Why this match");
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        widgets::text(fonts().strong, theme::TEXT, person_name(state, ui.why.pair.mentor) + " and " + person_name(state, ui.why.pair.mentee));
        widgets::muted(e.exclusion ? std::string("Score: 0% (excluded)") : "Score: " + std::to_string(e.score) + "%");
        if (ui.why.settings && *ui.why.settings != state.matching.settings)
            widgets::text(fonts().small, theme::WARNING, "Scored with the weights being tried on the bulk match screen, not yet saved.");
        ImGui::PopTextWrapPos();
        widgets::gap(8);
        ImGui::BeginChild("why_criteria", ImVec2(width, std::min(420.0f, ImGui::GetMainViewport()->Size.y - 280)), false);
        explanation_body(e, ImGui::GetContentRegionAvail().x - 8);
        ImGui::EndChild();
        widgets::gap(8);
        const float close_width = widgets::button_width("Close##why");
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - close_width);
        if (widgets::primary_button("Close##why", ImVec2(close_width, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
            ui.why.open = false;
        end_dialog();
    }
}

}
