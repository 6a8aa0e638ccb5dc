#include "ui/matching/criteria_editor.h"

#include "core/domain/matching/criteria.h"
#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

// Department and choice questions can prefer difference (seed 002: other parts of the organisation).
bool can_prefer_different(const ProgramState& state, const matching::CriterionKey& key)
{
    if (key.kind == matching::CriterionKind::Department)
        return true;
    if (key.kind != matching::CriterionKind::Question)
        return false;
    auto it = std::find_if(state.questions.begin(), state.questions.end(), [&](const questionnaire::Question& q) { return q.id == key.question; });
    return it != state.questions.end()
        && (it->type == questionnaire::QuestionType::SingleChoice || it->type == questionnaire::QuestionType::MultipleChoice);
}

void header(const char* name)
{
    ImGui::TableNextColumn();
    widgets::text(fonts().small, theme::MUTED, name);
}

bool int_field(const char* id, int& value, float width)
{
    return widgets::int_field(id, value, width);
}

}

matching::MatchingSettings complete_settings(const ProgramState& state, const matching::MatchingSettings& settings)
{
    ProgramState copy;
    copy.program = state.program;
    copy.questions = state.questions;
    copy.matching.settings = settings;
    matching::MatchingSettings out = settings;
    out.criteria = matching::effective_criteria(copy);
    return out;
}

bool criteria_editor(const ProgramState& state, matching::MatchingSettings& settings, float width)
{
    bool changed = false;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("criteria", 4, flags, ImVec2(width, 0)))
        return false;
    ImGui::TableSetupColumn("Criterion", 0, 1.6f);
    ImGui::TableSetupColumn("Weight (0-10)", ImGuiTableColumnFlags_WidthFixed, 140);
    ImGui::TableSetupColumn("Must match at least (%)", ImGuiTableColumnFlags_WidthFixed, 190);
    ImGui::TableSetupColumn("Different is better", ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableNextRow();
    header("Criterion");
    header("Weight (0-10)");
    header("Must match at least (0 = none)");
    header("Different is better");
    for (matching::CriterionSetting& c : settings.criteria) {
        const std::string name = matching::criterion_key_name(c.key);
        ImGui::PushID(name.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(0);
        widgets::text(fonts().strong, c.weight > 0 ? theme::TEXT : theme::MUTED, matching::criterion_label(state, c.key));
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        changed |= int_field(("##weight-" + name).c_str(), c.weight, 130);
        ImGui::TableNextColumn();
        changed |= int_field(("##threshold-" + name).c_str(), c.threshold, 130);
        ImGui::TableNextColumn();
        if (can_prefer_different(state, c.key))
            changed |= ImGui::Checkbox(("Different##" + name).c_str(), &c.prefer_different);
        ImGui::PopID();
    }
    ImGui::EndTable();
    return changed;
}

bool rules_editor(const ProgramState& state, matching::MatchingSettings& settings, float width)
{
    bool changed = false;
    const bool reverse = state.program && state.program->type == program::ProgramType::ReverseMentorship;
    const float field = 130;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::text(fonts().strong, theme::TEXT, "Reporting line");
    widgets::muted("Nobody is matched with anyone this many steps up or down their reporting line (2: the manager and the manager's manager; 0: off).");
    changed |= int_field("##reporting_depth", settings.reporting_depth, field);
    widgets::gap(6);
    widgets::text(fonts().strong, theme::TEXT, "Level gap (reverse mentoring)");
    widgets::muted(reverse ? "The " + term(*state.program, Word::Mentor) + "'s level is at least this much below the " + term(*state.program, Word::Mentee) + "'s."
                           : std::string("Applies when the program is a reverse-mentoring program; this one is not."));
    changed |= int_field("##level_gap", settings.level_gap, field);
    widgets::gap(6);
    changed |= ImGui::Checkbox("Exclude previous partners", &settings.exclude_previous_partners);
    widgets::muted("Two people matched before, in any match type, are not proposed again.");
    widgets::gap(4);
    changed |= ImGui::Checkbox("Hide the browse page", &settings.browse_hidden);
    widgets::muted("Participants then see only the recommendations you push from bulk match.");
    ImGui::PopTextWrapPos();
    return changed;
}

}
