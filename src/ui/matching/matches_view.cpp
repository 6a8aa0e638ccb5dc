// The admin's Matches screen: every published match per match type with its score,
// term and state (who asked for a reassignment is shown to the admin only), the
// admin's actions on an active match (end early with a reason, propose an extension),
// extensions waiting for agreement, matches ended early with their reasons, and
// "Check a pair": any mentor and mentee, their score or the rule that excludes them,
// the best partners of one chosen person, and "Create this match".
#include "core/domain/matching/eligibility.h"
#include "core/domain/matching/match_life_rules.h"
#include "core/domain/requests/request_rules.h"
#include "core/domain/requests/time_rules.h"
#include "ui/date_text.h"
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/fresh_ids.h"
#include "ui/matching/explanation_view.h"
#include "ui/matching/matching_ui.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

// The match action dialogs' fields. They belong to this screen alone (MatchingUi holds
// what the matching screens share), and a modal dialog cannot outlive the screen.
struct MatchActionDialog {
    enum class Kind { EndEarly, Extend };
    Kind kind = Kind::EndEarly;
    bool open = false;
    bool just_opened = false;
    matching::MatchId match;
    std::string reason;
    std::string new_end; // YYYY-MM-DD
    std::string note;
    std::string key; // the outcome it waits for
    std::uint64_t opened = 0;
    std::string problem; // a date that is not one, found before asking the core
};

MatchActionDialog g_dialog;

// When the screen was last drawn and with which pair: arriving with another pair
// chosen (the console's "Find a new match") scrolls to "Check a pair".
int g_last_frame = -10;
CheckPairUi g_last_check;

void open_dialog(MatchActionDialog::Kind kind, const matching::Match& match)
{
    g_dialog.kind = kind;
    g_dialog.open = true;
    g_dialog.just_opened = true;
    g_dialog.match = match.id;
    g_dialog.reason.clear();
    g_dialog.note.clear();
    g_dialog.problem.clear();
    // Three more months is the usual ask; the admin changes it.
    g_dialog.new_end = format_iso_date(requests::add_days(match.end, 91));
    g_dialog.key = (kind == MatchActionDialog::Kind::EndEarly ? "end:" : "extend:") + std::to_string(++g_dialog.opened);
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
    ImGui::TableSetupColumn("mentor", 0, 1.2f);
    ImGui::TableSetupColumn("mentee", 0, 1.2f);
    ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableSetupColumn("start", 0, 1.0f);
    ImGui::TableSetupColumn("end", 0, 1.0f);
    ImGui::TableSetupColumn("state", 0, 1.3f);
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
            cell(long_date(match.start));
            cell(long_date(match.end));
            const std::string label = matching::match_state_label(match, true, context.today);
            cell(match.extension && match.state == matching::MatchState::Active ? label + " \xC2\xB7 extension proposed" : label);
            ImGui::TableNextColumn();
            if (match.state == matching::MatchState::Active) {
                ImGui::BeginDisabled(context.read_only);
                if (widgets::secondary_button("End early"))
                    open_dialog(MatchActionDialog::Kind::EndEarly, match);
                ImGui::SameLine();
                if (widgets::secondary_button("Propose an extension"))
                    open_dialog(MatchActionDialog::Kind::Extend, match);
                ImGui::EndDisabled();
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

// Extensions waiting for the people's agreement, and matches ended early with why:
// what the table's one-line rows cannot hold.
void match_notes(const ProgramState& state, float width)
{
    const program::Program& p = *state.program;
    std::vector<const matching::Match*> extending, ended;
    for (const auto& [id, match] : state.matching.matches) {
        if (match.state == matching::MatchState::Active && match.extension)
            extending.push_back(&match);
        else if (match.state == matching::MatchState::EndedEarly)
            ended.push_back(&match);
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (!extending.empty()) {
        widgets::text(fonts().heading, theme::TEXT, "Extensions waiting for agreement (" + std::to_string(extending.size()) + ")");
        for (const matching::Match* match : extending) {
            const matching::Extension& e = *match->extension;
            ImGui::PushID(match->id.value.c_str());
            widgets::text(fonts().strong, theme::TEXT, person_name(state, match->mentor) + " and " + person_name(state, match->mentee));
            std::string agreed;
            for (const PersonId& person : e.agreed)
                agreed += (agreed.empty() ? "" : ", ") + person_name(state, person);
            const bool by_admin = e.proposed_by == p.admin;
            widgets::muted("To " + long_date(e.new_end) + " (now " + long_date(match->end) + "), proposed on " + long_date(e.proposed_on)
                + (by_admin ? " by you" : "") + ". Agreed: " + (agreed.empty() ? std::string("no one yet") : agreed) + ".");
            if (!e.note.empty())
                widgets::text(fonts().body, theme::TEXT, "\xE2\x80\x9C" + e.note + "\xE2\x80\x9D");
            widgets::gap(4);
            ImGui::PopID();
        }
        widgets::gap(10);
    }
    if (!ended.empty()) {
        widgets::text(fonts().heading, theme::TEXT, capitalize(term(p, Word::Connection, Plural::Many)) + " ended early (" + std::to_string(ended.size()) + ")");
        for (const matching::Match* match : ended) {
            ImGui::PushID(match->id.value.c_str());
            widgets::text(fonts().strong, theme::TEXT, person_name(state, match->mentor) + " and " + person_name(state, match->mentee));
            std::string by = match->ended_by == p.admin ? std::string("you") : std::string();
            if (by.empty()) {
                for (const PersonId& person : {match->mentor, match->mentee}) {
                    if (people::actor_of(person) == match->ended_by)
                        by = person_name(state, person);
                }
            }
            widgets::muted("On " + long_date(match->ended) + (by.empty() ? "" : " by " + by) + ": "
                + (match->end_reason.empty() ? std::string("no reason given") : match->end_reason));
            ImGui::PopID();
        }
        widgets::gap(10);
    }
    ImGui::PopTextWrapPos();
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
    // Arriving from the requests console with someone chosen: show this part.
    const bool arrived = ImGui::GetFrameCount() > g_last_frame + 1;
    if (arrived && (check.mentor != g_last_check.mentor || check.mentee != g_last_check.mentee || check.match_type != g_last_check.match_type))
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
    const std::string key = "create:" + check.mentor.value + ":" + check.mentee.value;
    if (!e.exclusion) {
        const char* create = "Create this match";
        ImGui::SetCursorPos(ImVec2(left + inner - widgets::button_width(create), top));
        ImGui::BeginDisabled(context.read_only);
        if (widgets::primary_button(create)) {
            const matching::Match term_of = requests::match_from(state, matching::MatchId{}, check.match_type, check.mentor, check.mentee, context.today);
            matching::CreateMatches command{check.match_type, {matching::NewMatch{fresh_match_id(), check.mentor, check.mentee}}, term_of.start, term_of.end};
            actions.push(RunCommandAction{id, std::nullopt, std::move(command),
                "Matched " + names + ": both find the new " + term(p, Word::Connection) + " in their inbox.", ResultTarget::Matching, key});
        }
        ImGui::EndDisabled();
        ImGui::SetCursorPos(ImVec2(left, std::max(below, ImGui::GetCursorPosY())));
    }
    if (ui.outcome.refused(key))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, inner);
    widgets::gap(4);
    explanation_body(e, inner);
    widgets::end_card();
}

void match_action_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, ActionQueue& actions)
{
    MatchActionDialog& d = g_dialog;
    if (d.open && ui.outcome.succeeded(d.key))
        d.open = false;
    auto found = state.matching.matches.find(d.match);
    if (d.open && found == state.matching.matches.end())
        d.open = false;
    const bool ending = d.kind == MatchActionDialog::Kind::EndEarly;
    if (!begin_dialog(ending ? "End early###match_action" : "Propose an extension###match_action", d.open, 580))
        return;
    const program::Program& p = *state.program;
    const matching::Match& match = found->second;
    const std::string names = person_name(state, match.mentor) + " and " + person_name(state, match.mentee);
    const std::string connection = term(p, Word::Connection);
    const float width = ImGui::GetContentRegionAvail().x;
    if (ending) {
        widgets::text(fonts().heading, theme::TEXT, "End this " + connection + " early?");
        widgets::wrapped(names + "'s " + connection + " ends today instead of " + long_date(match.end)
                + ". Both find it in their inbox; the reason is kept for you.",
            theme::MUTED);
    } else {
        widgets::text(fonts().heading, theme::TEXT, "Propose an extension");
        widgets::wrapped(names + "'s " + connection + " ends on " + long_date(match.end)
                + ". Both are asked to agree; the new end applies once they have.",
            theme::MUTED);
    }
    widgets::gap(6);
    if (d.just_opened) {
        ImGui::SetKeyboardFocusHere(ending ? 0 : 0);
        d.just_opened = false;
    }
    if (ending) {
        widgets::text_area("Reason", "##admin_end_reason", d.reason, ImVec2(width, 90));
    } else {
        widgets::text_field("New end (YYYY-MM-DD)", "##admin_extension_end", d.new_end, 200);
        widgets::gap(4);
        widgets::text_area("Note (optional)", "##admin_extension_note", d.note, ImVec2(width, 70));
    }
    if (!d.problem.empty()) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, d.problem, width);
    } else if (ui.outcome.refused(d.key)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    }
    widgets::gap(10);
    const std::string confirm = ending ? "End " + connection + "##admin_end" : std::string("Send proposal##admin_extension");
    const char* cancel_label = "Cancel##match_action";
    const float confirm_width = widgets::button_width(confirm.c_str());
    const float cancel_width = widgets::button_width(cancel_label);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - confirm_width - cancel_width - ImGui::GetStyle().ItemSpacing.x);
    bool cancel = widgets::secondary_button(cancel_label, ImVec2(cancel_width, 0));
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    const bool confirmed = ending ? widgets::danger_button(confirm.c_str(), ImVec2(confirm_width, 0))
                                  : widgets::primary_button(confirm.c_str(), ImVec2(confirm_width, 0));
    ImGui::EndDisabled();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        cancel = true;
    if (cancel) {
        d.open = false;
    } else if (confirmed) {
        d.problem.clear();
        if (ending) {
            actions.push(RunCommandAction{id, std::nullopt, matching::EndMatch{match.id, false, d.reason, context.today},
                "Ended " + names + "'s " + connection + ": both find it in their inbox.", ResultTarget::Matching, d.key});
        } else if (auto end = parse_iso_date(d.new_end)) {
            actions.push(RunCommandAction{id, std::nullopt, matching::ProposeExtension{match.id, *end, d.note, context.today},
                "Proposed to extend " + names + "'s " + connection + " to " + long_date(*end) + ": both are asked to agree.",
                ResultTarget::Matching, d.key});
        } else {
            d.problem = date_problem("New end", d.new_end);
        }
    }
    end_dialog();
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
    match_notes(state, width);
    check_pair(context, id, state, ui, actions, width);
    widgets::gap(24);
    match_action_dialog(context, id, state, ui, actions);
    g_last_frame = ImGui::GetFrameCount();
    g_last_check = ui.check;
}

}
