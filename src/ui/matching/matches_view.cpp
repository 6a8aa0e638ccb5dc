// The admin's Matches screen: every published match per match type with its score,
// term and state, with the admin's actions and notes (ui/match_life/match_life_ui.h);
// and "Check a pair": any mentor and mentee, their score or the rule that excludes them,
// the best partners of one chosen person, and "Create this match".
#include "core/domain/matching/eligibility.h"
#include "core/domain/match_life/match_life_rules.h"
#include "core/domain/requests/request_rules.h"
#include "ui/match_life/match_life_ui.h"
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

// When the screen was last drawn and with which pair: arriving with another pair
// chosen (the console's "Find a new match") scrolls to "Check a pair".
int g_last_frame = -10;
CheckPairUi g_last_check;

// "3 Feb 2027": a table's dates, short enough for their column.
std::string short_date(Date date)
{
    static constexpr const char* MONTHS[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int year = 0;
    unsigned month = 1, day = 1;
    civil_from_date(date, year, month, day);
    return std::to_string(day) + " " + MONTHS[(month - 1) % 12] + " " + std::to_string(year);
}

void cell(const std::string& text)
{
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    widgets::text(text);
}

void matches_table(const ViewContext& context, const ProgramState& state, const program::MatchType& type, MatchingUi& ui, float width)
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
        widgets::muted("No matches yet: publish a bulk match draft, or create one in Check a pair below.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH
        | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("matches", 7, flags, ImVec2(width, 0)))
        return;
    const float actions_width = widgets::button_width("End early") + widgets::button_width("Propose an extension") + ImGui::GetStyle().ItemSpacing.x + 8;
    ImGui::TableSetupColumn("mentor", 0, 1.4f);
    ImGui::TableSetupColumn("mentee", 0, 1.4f);
    ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableSetupColumn("start", ImGuiTableColumnFlags_WidthFixed, 100);
    ImGui::TableSetupColumn("end", ImGuiTableColumnFlags_WidthFixed, 100);
    ImGui::TableSetupColumn("state", 0, 1.0f);
    ImGui::TableSetupColumn("actions", ImGuiTableColumnFlags_WidthFixed, actions_width);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (const std::string& header : {capitalize(term(p, Word::Mentor)), capitalize(term(p, Word::Mentee)), std::string("Score"),
             std::string("Start"), std::string("End"), std::string("State"), std::string()}) {
        ImGui::TableNextColumn();
        widgets::text(fonts().small, theme::MUTED, header);
    }
    // Rows are one line each, so the clipper can skip those out of sight.
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
            ImGui::AlignTextToFramePadding();
            score_text(ui.cache.match_score(state, match));
            cell(short_date(match.start));
            cell(short_date(match.end));
            // Who asked for a reassignment, and pending extensions, are listed below the table.
            cell(match_life::match_state_label(match, true, context.today));
            ImGui::TableNextColumn();
            if (match.state == matching::MatchState::Active) {
                ImGui::BeginDisabled(context.read_only);
                if (widgets::secondary_button("End early"))
                    open_end_early_dialog(ui.match_action, match);
                ImGui::SameLine();
                if (widgets::secondary_button("Propose an extension"))
                    open_extension_dialog(ui.match_action, match);
                ImGui::EndDisabled();
            }
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

// One person chosen: their best partners on the other side, to choose from.
void best_partners(const ProgramState& state, MatchingUi& ui, float width)
{
    const program::Program& p = *state.program;
    CheckPairUi& check = ui.check;
    const bool mentee_chosen = !check.mentee.empty();
    const PersonId& person = mentee_chosen ? check.mentee : check.mentor;
    const auto& candidates = ui.cache.candidates(state, check.match_type, person, mentee_chosen ? matching::Side::AsMentee : matching::Side::AsMentor);
    widgets::gap(6);
    widgets::text(fonts().strong, theme::TEXT,
        "Best " + term(p, mentee_chosen ? Word::Mentor : Word::Mentee, Plural::Many) + " for " + person_name(state, person));
    if (candidates.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        widgets::muted("No one can be matched with " + person_name(state, person)
            + " now: they may have no place left, be paused, or every pair breaks a rule. Pick someone above to see why.");
        ImGui::PopTextWrapPos();
        return;
    }
    const std::size_t shown = std::min<std::size_t>(candidates.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) {
        const matching::Candidate& c = candidates[i];
        ImGui::PushID(c.person.value.c_str());
        ImGui::AlignTextToFramePadding();
        widgets::text(person_name(state, c.person));
        ImGui::SameLine(260);
        ImGui::AlignTextToFramePadding();
        score_text(c.score);
        ImGui::SameLine(340);
        if (widgets::secondary_button("Choose")) {
            if (mentee_chosen)
                check.mentor = c.person;
            else
                check.mentee = c.person;
        }
        ImGui::PopID();
    }
}

void check_pair(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    CheckPairUi& check = ui.check;
    if (!p.match_type(check.match_type))
        check.match_type = p.match_types.front().id;
    // Arriving with another pair chosen, or with one person waiting for a partner (the
    // requests console's "Find a new match"): this part is what the admin came for.
    const bool arrived = ImGui::GetFrameCount() > g_last_frame + 1;
    const bool changed = check.mentor != g_last_check.mentor || check.mentee != g_last_check.mentee || check.match_type != g_last_check.match_type;
    if (arrived && (changed || check.mentor.empty() != check.mentee.empty()))
        ImGui::SetScrollHereY(0.0f);
    widgets::text(fonts().heading, theme::TEXT, "Check a pair");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("Pick a " + term(p, Word::Mentor) + " and a " + term(p, Word::Mentee)
        + " to see their score, or the rule that keeps them apart. You can match any pair the rules allow, whatever the matching process.");
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
    if (check.mentor.empty() != check.mentee.empty())
        best_partners(state, ui, width);
    if (check.mentor.empty() || check.mentee.empty())
        return;
    widgets::gap(6);
    const matching::PairKey pair{check.mentor, check.mentee};
    const matching::ScoreExplanation& e = ui.cache.explanation(state, check.match_type, pair);
    const std::string names = person_name(state, check.mentor) + " and " + person_name(state, check.mentee);
    widgets::begin_card(width);
    const float inner = width - 44;
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    widgets::text(fonts().strong, theme::TEXT, names);
    widgets::text(fonts().body, e.exclusion ? theme::DANGER : theme::ACCENT,
        e.exclusion ? "Excluded: " + std::string(matching::exclusion_rule_phrase(e.exclusion->rule)) : "Score " + std::to_string(e.score) + "%");
    const float below = ImGui::GetCursorPosY();
    if (!e.exclusion) {
        const char* create = "Create this match";
        ImGui::SetCursorPos(ImVec2(left + inner - widgets::button_width(create), top));
        ImGui::BeginDisabled(context.read_only);
        if (widgets::primary_button(create)) {
            const matching::Match term_of = requests::match_from(state, matching::MatchId{}, check.match_type, check.mentor, check.mentee, context.today);
            matching::CreateMatches command{check.match_type, {matching::NewMatch{context.store.new_match_id(), check.mentor, check.mentee}}, term_of.start, term_of.end};
            actions.push(RunCommandAction{id, std::nullopt, std::move(command),
                "Matched " + names + ": both find the new " + term(p, Word::Connection) + " in their inbox.", ResultTarget::Matching, ui.check.created.send(pair)});
        }
        ImGui::EndDisabled();
        ImGui::SetCursorPos(ImVec2(left, std::max(below, ImGui::GetCursorPosY())));
    }
    if (ui.check.created.refused(ui.outcome, pair))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, inner);
    widgets::gap(4);
    explanation_body(e, inner);
    widgets::end_card();
}


}

void matches_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, ActionQueue& actions)
{
    if (!state.program || state.program->match_types.empty())
        return;
    ui.cache.refresh(context.store, id);
    const float width = std::min(theme::CONTENT_MAX_WIDTH, ImGui::GetContentRegionAvail().x - 4);
    widgets::text(fonts().title, theme::TEXT, "Matches");
    widgets::gap(6);
    for (const program::MatchType& type : state.program->match_types) {
        ImGui::PushID(type.id.value.c_str());
        matches_table(context, state, type, ui, width);
        ImGui::PopID();
        widgets::gap(12);
    }
    match_notes(context.store, state, width);
    check_pair(context, id, state, ui, actions, width);
    widgets::gap(24);
    match_action_dialog(context, id, state, ui.match_action, ui.outcome, actions);
    g_last_frame = ImGui::GetFrameCount();
    g_last_check = ui.check;
}

}
