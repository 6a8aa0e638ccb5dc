#include "ui/matching/candidate_card.h"

#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/matching/explanation_view.h"
#include "ui/requests/request_buttons.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

std::string person_summary(const people::Person& person)
{
    std::string out;
    auto add = [&](const std::string& part) {
        if (part.empty())
            return;
        out += (out.empty() ? "" : " \xC2\xB7 ") + part;
    };
    add(person.details.job_title);
    add(person.details.department);
    add(person.profile.location);
    if (person.details.level > 0)
        add(std::string(people::level_name(person.details.level)));
    return out;
}

void candidate_card(const ViewContext& context, const ProgramId& id, const ProgramState& state, const program::MatchType& type,
    const PersonId& self, matching::Side side, const matching::Candidate& candidate, MatchingUi& ui, ActionQueue& actions, float width)
{
    auto found = state.people.find(candidate.person);
    if (found == state.people.end())
        return;
    const people::Person& other = found->second;
    ImGui::PushID(candidate.person.value.c_str());
    widgets::begin_card(width, ImVec2(18, 12));
    const float inner = width - 36;
    const float start_x = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    const float score_width = 70;
    ImGui::PushTextWrapPos(start_x + inner - score_width - 12);
    widgets::text(fonts().strong, theme::TEXT, other.details.name);
    const std::string summary = person_summary(other);
    if (!summary.empty())
        widgets::text(fonts().small, theme::MUTED, summary);
    if (candidate.pushed)
        widgets::text(fonts().small, theme::ACCENT, "Recommended by the program's admin");
    ImGui::PopTextWrapPos();
    const float bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(start_x + inner - score_width, top));
    ImGui::BeginGroup();
    score_text(candidate.score);
    widgets::text(fonts().small, theme::MUTED, "match");
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(start_x, std::max(bottom, ImGui::GetCursorPosY()) + 4));

    if (widgets::secondary_button("Why this match")) {
        const matching::PairKey pair = side == matching::Side::AsMentee ? matching::PairKey{candidate.person, self} : matching::PairKey{self, candidate.person};
        ui.why = WhyDialogUi{true, id, type.id, pair, std::nullopt};
    }
    ImGui::SameLine();
    request_buttons(context, id, state, type, self, side, candidate.person, ui, actions);
    ImGui::BeginDisabled(context.read_only);
    if (favorite_toggle("##favorite", candidate.favorite))
        actions.push(RunCommandAction{id, people::actor_of(self), matching::SetFavorite{self, candidate.person, !candidate.favorite},
            "", ResultTarget::Matching, {}});
    ImGui::EndDisabled();
    widgets::end_card();
    widgets::gap(6);
    ImGui::PopID();
}

void own_matches(const ProgramState& state, const PersonId& self, float width)
{
    if (!state.program)
        return;
    const program::Program& p = *state.program;
    std::vector<const matching::Match*> mine;
    for (const auto& [match_id, match] : state.matching.matches) {
        if (match.state == matching::MatchState::Active && (match.mentor == self || match.mentee == self))
            mine.push_back(&match);
    }
    if (mine.empty())
        return;
    widgets::gap(10);
    widgets::text(fonts().heading, theme::TEXT, "Your matches");
    widgets::gap(2);
    for (const matching::Match* match : mine) {
        ImGui::PushID(match->id.value.c_str());
        const bool as_mentor = match->mentor == self;
        const PersonId partner = as_mentor ? match->mentee : match->mentor;
        const program::MatchType* type = p.match_type(match->match_type);
        widgets::begin_card(width, ImVec2(18, 12));
        widgets::text(fonts().strong, theme::TEXT, person_name(state, partner));
        widgets::text(fonts().small, theme::MUTED,
            "Your " + term(p, as_mentor ? Word::Mentee : Word::Mentor) + (type ? " \xC2\xB7 " + type->name : std::string()) + " \xC2\xB7 "
                + timeframe_text(match->start, match->end));
        widgets::end_card();
        widgets::gap(6);
        ImGui::PopID();
    }
}

}
