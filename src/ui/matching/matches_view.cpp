// The admin's Matches screen: every published match per match type with its score and
// term, and "Check a pair": any mentor and mentee, their score or the rule that
// excludes them, with the full explanation.
#include "core/domain/matching/eligibility.h"
#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/matching/explanation_view.h"
#include "ui/matching/matching_ui.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

void cell(const std::string& text)
{
    ImGui::TableNextColumn();
    widgets::text(text);
}

void matches_table(const ProgramState& state, const program::MatchType& type, MatchingUi& ui, float width)
{
    const program::Program& p = *state.program;
    std::vector<const matching::Match*> rows;
    for (const auto& [id, match] : state.matching.matches) {
        if (match.match_type == type.id)
            rows.push_back(&match);
    }
    std::sort(rows.begin(), rows.end(), [&](const matching::Match* a, const matching::Match* b) {
        return person_name(state, a->mentor) < person_name(state, b->mentor);
    });
    widgets::text(fonts().heading, theme::TEXT, type.name + " (" + std::to_string(rows.size()) + ")");
    if (rows.empty()) {
        widgets::muted("No matches yet: publish a bulk match draft.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH
        | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("matches", 6, flags, ImVec2(width, 0)))
        return;
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (const std::string& header : {capitalize(term(p, Word::Mentor)), capitalize(term(p, Word::Mentee)), std::string("Score"),
             std::string("Start"), std::string("End"), std::string("State")}) {
        ImGui::TableNextColumn();
        widgets::text(fonts().small, theme::MUTED, header);
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const matching::Match& match = *rows[static_cast<std::size_t>(i)];
            ImGui::PushID(match.id.value.c_str());
            ImGui::TableNextRow();
            cell(person_name(state, match.mentor));
            cell(person_name(state, match.mentee));
            ImGui::TableNextColumn();
            score_text(ui.cache.match_score(state, match));
            cell(long_date(match.start));
            cell(long_date(match.end));
            cell(capitalize(matching::match_state_name(match.state)));
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

// A combo of the people who can take one side, by name.
void person_combo(const char* id, const char* none, const ProgramState& state, bool mentors, PersonId& chosen, float width)
{
    std::vector<const people::Person*> people;
    for (const auto& [pid, person] : state.people) {
        if (person.membership == people::Membership::Active && (mentors ? matching::can_mentor(person) : matching::can_be_mentee(person)))
            people.push_back(&person);
    }
    std::sort(people.begin(), people.end(), [](const auto* a, const auto* b) { return a->details.name < b->details.name; });
    ImGui::SetNextItemWidth(width);
    const ImGuiID combo_id = ImGui::GetID(id);
    const std::string current = chosen.empty() ? std::string(none) : person_name(state, chosen);
    const bool open = ImGui::BeginCombo(id, current.c_str(), ImGuiComboFlags_HeightLarge);
    widgets::name_item(combo_id, id);
    if (!open)
        return;
    for (const people::Person* person : people) {
        ImGui::PushID(person->id.value.c_str());
        if (ImGui::Selectable(person->details.name.c_str(), person->id == chosen))
            chosen = person->id;
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void check_pair(const ProgramState& state, MatchingUi& ui, float width)
{
    const program::Program& p = *state.program;
    CheckPairUi& check = ui.check;
    if (!p.match_type(check.match_type))
        check.match_type = p.match_types.front().id;
    widgets::text(fonts().heading, theme::TEXT, "Check a pair");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("Pick a " + term(p, Word::Mentor) + " and a " + term(p, Word::Mentee) + " to see their score, or the rule that keeps them apart.");
    ImGui::PopTextWrapPos();
    if (p.match_types.size() > 1) {
        for (const program::MatchType& type : p.match_types) {
            ImGui::PushID(type.id.value.c_str());
            if (ImGui::RadioButton(type.name.c_str(), check.match_type == type.id))
                check.match_type = type.id;
            ImGui::PopID();
            ImGui::SameLine();
        }
        ImGui::NewLine();
    }
    const float column = (width - ImGui::GetStyle().ItemSpacing.x) / 2;
    person_combo("##check_mentor", ("Choose a " + term(p, Word::Mentor)).c_str(), state, true, check.mentor, column);
    ImGui::SameLine();
    person_combo("##check_mentee", ("Choose a " + term(p, Word::Mentee)).c_str(), state, false, check.mentee, column);
    if (check.mentor.empty() || check.mentee.empty())
        return;
    widgets::gap(6);
    const matching::ScoreExplanation& e = ui.cache.explanation(state, check.match_type, matching::PairKey{check.mentor, check.mentee});
    widgets::begin_card(width);
    widgets::text(fonts().strong, theme::TEXT, person_name(state, check.mentor) + " and " + person_name(state, check.mentee));
    widgets::text(fonts().body, e.exclusion ? theme::DANGER : theme::ACCENT,
        e.exclusion ? "Excluded: " + std::string(matching::exclusion_rule_phrase(e.exclusion->rule)) : "Score " + std::to_string(e.score) + "%");
    widgets::gap(4);
    explanation_body(e, width - 44);
    widgets::end_card();
}

}

void matches_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, ActionQueue&)
{
    if (!state.program || state.program->match_types.empty())
        return;
    ui.cache.refresh(context.store, id);
    const float width = std::min(960.0f, ImGui::GetContentRegionAvail().x);
    widgets::text(fonts().title, theme::TEXT, "Matches");
    widgets::gap(6);
    for (const program::MatchType& type : state.program->match_types) {
        ImGui::PushID(type.id.value.c_str());
        matches_table(state, type, ui, width);
        ImGui::PopID();
        widgets::gap(12);
    }
    check_pair(state, ui, width);
    widgets::gap(24);
}

}
