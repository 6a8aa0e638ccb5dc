// The browse page: everyone a participant could be matched with in a match type, with
// search, filters (department, location, level, skills, availability, score range,
// favorites only) and a sort; full and paused people are already left out by the core.
#include "core/domain/matching/eligibility.h"
#include "core/base/text.h"
#include "ui/fonts.h"
#include "ui/matching/candidate_card.h"
#include "ui/matching/matching_ui.h"
#include "ui/requests/request_buttons.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace turnabout::ui {

namespace {

constexpr std::size_t MAX_SHOWN = 200;


bool has(std::string_view haystack, const std::string& needle_lowercase)
{
    return needle_lowercase.empty() || ascii_lower(haystack).find(needle_lowercase) != std::string::npos;
}

bool any_has(const std::vector<std::string>& items, const std::string& needle_lowercase)
{
    return std::any_of(items.begin(), items.end(), [&](const std::string& item) { return has(item, needle_lowercase); });
}

// A combo of the values people have, "Any …" first; `value` empty means any.
void choice_filter(const char* id, const char* any, const std::set<std::string>& values, std::string& value, float width)
{
    ImGui::SetNextItemWidth(width);
    const ImGuiID combo_id = ImGui::GetID(id);
    const bool open = ImGui::BeginCombo(id, value.empty() ? any : value.c_str());
    widgets::name_item(combo_id, id);
    if (!open)
        return;
    if (ImGui::Selectable(any, value.empty()))
        value.clear();
    for (const std::string& v : values) {
        if (ImGui::Selectable(v.c_str(), v == value))
            value = v;
    }
    ImGui::EndCombo();
}

void level_filter(int& level, float width)
{
    const char* id = "##browse_level";
    ImGui::SetNextItemWidth(width);
    const ImGuiID combo_id = ImGui::GetID(id);
    const std::string current = level < 0 ? std::string("Any level") : std::string(people::level_name(level));
    const bool open = ImGui::BeginCombo(id, current.c_str());
    widgets::name_item(combo_id, id);
    if (!open)
        return;
    if (ImGui::Selectable("Any level", level < 0))
        level = -1;
    for (int l = people::MIN_LEVEL + 1; l <= people::MAX_LEVEL; ++l) {
        const std::string name(people::level_name(l));
        ImGui::PushID(l);
        if (ImGui::Selectable(name.c_str(), l == level))
            level = l;
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

bool passes(const people::Person& p, const matching::Candidate& c, const BrowseUi& ui)
{
    if (ui.favorites_only && !c.favorite)
        return false;
    if (c.score < ui.min_score || c.score > ui.max_score)
        return false;
    if (!ui.department.empty() && p.details.department != ui.department)
        return false;
    if (!ui.location.empty() && p.profile.location != ui.location)
        return false;
    if (ui.level >= 0 && p.details.level != ui.level)
        return false;
    if (!has(p.details.name, ascii_lower(ui.search)))
        return false;
    const std::string skill = ascii_lower(ui.skill);
    if (!skill.empty() && !any_has(p.profile.skills_offered, skill) && !any_has(p.profile.skills_wanted, skill) && !any_has(p.profile.interests, skill))
        return false;
    return has(p.profile.availability, ascii_lower(ui.availability));
}

void filters(const ProgramState& state, const std::vector<matching::Candidate>& all, BrowseUi& ui, float width)
{
    std::set<std::string> departments, locations;
    for (const matching::Candidate& c : all) {
        const people::Person& p = state.people.at(c.person);
        if (!p.details.department.empty())
            departments.insert(p.details.department);
        if (!p.profile.location.empty())
            locations.insert(p.profile.location);
    }
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float column = (width - 2 * spacing) / 3;
    ImGui::SetNextItemWidth(column * 2 + spacing);
    ImGui::InputTextWithHint("##browse_search", "Search by name", &ui.search);
    ImGui::SameLine();
    ImGui::Checkbox("Favorites only", &ui.favorites_only);
    choice_filter("##browse_department", "Any department", departments, ui.department, column);
    ImGui::SameLine();
    choice_filter("##browse_location", "Any location", locations, ui.location, column);
    ImGui::SameLine();
    level_filter(ui.level, column);
    ImGui::SetNextItemWidth(column);
    ImGui::InputTextWithHint("##browse_skill", "Skill or interest", &ui.skill);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(column);
    ImGui::InputTextWithHint("##browse_availability", "Availability, e.g. Tuesday", &ui.availability);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(column);
    if (ImGui::DragIntRange2("##browse_score", &ui.min_score, &ui.max_score, 0.5f, 0, 100, "Score from %d%%", "to %d%%"))
        ui.max_score = std::max(ui.max_score, ui.min_score);
}

}

void browse_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, MatchingUi& ui,
    ActionQueue& actions)
{
    if (!state.program || state.program->match_types.empty())
        return;
    auto found = state.people.find(self);
    if (found == state.people.end())
        return;
    ui.cache.refresh(context.store, id);
    const program::Program& p = *state.program;
    const people::Person& person = found->second;
    const float width = std::min(900.0f, ImGui::GetContentRegionAvail().x);
    BrowseUi& b = ui.browse;
    if (b.person != self) {
        b = BrowseUi{};
        b.person = self;
    }
    if (!p.match_type(b.match_type))
        b.match_type = p.match_types.front().id;
    // Someone who is only a mentor looks for mentees; someone who is both chooses.
    const bool both = matching::can_be_mentee(person) && matching::can_mentor(person);
    if (!both)
        b.side = matching::can_be_mentee(person) ? matching::Side::AsMentee : matching::Side::AsMentor;
    const matching::Side side = b.side;
    const bool as_mentee = side == matching::Side::AsMentee;

    widgets::text(fonts().title, theme::TEXT, "Browse " + term(p, as_mentee ? Word::Mentor : Word::Mentee, Plural::Many));
    if (state.matching.settings.browse_hidden) {
        widgets::muted("The program's admin chooses recommendations for you: see them on Home.");
        return;
    }
    if (both) {
        widgets::text(fonts().small, theme::MUTED, "Looking for");
        ImGui::SameLine();
        const std::string mentors = capitalize(term(p, Word::Mentor, Plural::Many)) + "##browse_side";
        const std::string mentees = capitalize(term(p, Word::Mentee, Plural::Many)) + "##browse_side";
        if (ImGui::RadioButton(mentors.c_str(), as_mentee))
            b.side = matching::Side::AsMentee;
        ImGui::SameLine();
        if (ImGui::RadioButton(mentees.c_str(), !as_mentee))
            b.side = matching::Side::AsMentor;
    }
    if (p.match_types.size() > 1) {
        for (const program::MatchType& type : p.match_types) {
            ImGui::PushID(type.id.value.c_str());
            if (ImGui::RadioButton(type.name.c_str(), b.match_type == type.id))
                b.match_type = type.id;
            ImGui::PopID();
            ImGui::SameLine();
        }
        ImGui::NewLine();
    }
    const auto& all = ui.cache.candidates(state, b.match_type, self, side);
    filters(state, all, b, width);
    widgets::gap(6);
    if (const program::MatchType* type = p.match_type(b.match_type))
        process_note(state, *type, self, side, width);

    std::vector<const matching::Candidate*> shown;
    for (const matching::Candidate& c : all) {
        if (passes(state.people.at(c.person), c, b))
            shown.push_back(&c);
    }
    widgets::muted(std::to_string(shown.size()) + " of " + count_of(&p, as_mentee ? Word::Mentor : Word::Mentee, all.size())
        + " who could be matched with you, best score first");
    widgets::gap(4);
    if (all.empty()) {
        widgets::muted("No one can be matched with you here right now: you may have no place left, your role may not take this side, or the program's rules may not allow these matches (the program's admin can tell you more).");
        return;
    }
    if (shown.empty())
        widgets::muted("No one fits these filters.");
    const program::MatchType& type = *p.match_type(b.match_type);
    for (std::size_t i = 0; i < shown.size() && i < MAX_SHOWN; ++i)
        candidate_card(context, id, state, type, self, side, *shown[i], ui, actions, width);
    if (shown.size() > MAX_SHOWN)
        widgets::muted("Showing the first " + std::to_string(MAX_SHOWN) + ": narrow the filters to see others.");
}

}
