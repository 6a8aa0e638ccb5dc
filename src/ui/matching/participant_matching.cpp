// A participant's matching on their Home: the top recommendations per match type
// with reasons, a way to browse everyone (unless the admin hid it), and their matches.
#include "core/domain/matching/eligibility.h"
#include "ui/fonts.h"
#include "ui/matching/candidate_card.h"
#include "ui/matching/matching_ui.h"
#include "ui/requests/request_buttons.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

constexpr int RECOMMENDATION_COUNT = 3;

void recommendations_block(const ViewContext& context, const ProgramId& id, const ProgramState& state, const program::MatchType& type,
    const PersonId& self, matching::Side side, MatchingUi& ui, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    const bool as_mentee = side == matching::Side::AsMentee;
    std::string heading = capitalize(term(p, as_mentee ? Word::Mentor : Word::Mentee, Plural::Many)) + " recommended for you";
    if (p.match_types.size() > 1)
        heading += " \xC2\xB7 " + type.name;
    widgets::text(fonts().heading, theme::TEXT, heading);
    const auto& recommendations = ui.cache.recommendations(state, type.id, self, side, RECOMMENDATION_COUNT);
    if (recommendations.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        widgets::muted(as_mentee ? "No recommendations right now: you may already have as many " + term(p, Word::Mentor, Plural::Many)
                                       + " as allowed, or no one fits yet. Completing your profile helps."
                                 : "No recommendations right now. Completing your profile helps.");
        ImGui::PopTextWrapPos();
        widgets::gap(8);
        return;
    }
    widgets::muted(recommendations.front().pushed ? "Chosen for you by the program's admin, best first."
                                                  : "Best first, by how well your profiles fit. A score is a guide, not a verdict.");
    process_note(state, type, self, side, width);
    widgets::gap(4);
    ImGui::PushID(type.id.value.c_str());
    ImGui::PushID(static_cast<int>(side));
    for (const matching::Candidate& candidate : recommendations)
        candidate_card(context, id, state, type, self, side, candidate, ui, actions, width);
    ImGui::PopID();
    ImGui::PopID();
    widgets::gap(6);
}

}

bool browse_offered(const ProgramState& state)
{
    return !state.matching.settings.browse_hidden;
}

void participant_matching_home(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self,
    MatchingUi& ui, ActionQueue& actions)
{
    if (!state.program)
        return;
    auto found = state.people.find(self);
    if (found == state.people.end() || found->second.membership != people::Membership::Active)
        return;
    ui.cache.refresh(context.store, id);
    const people::Person& person = found->second;
    const program::Program& p = *state.program;
    const float width = std::min(780.0f, ImGui::GetContentRegionAvail().x);

    widgets::text(fonts().title, theme::TEXT, "Welcome, " + person.details.name);
    if (person.profile.paused)
        widgets::message_box(widgets::Tone::Info, "You are not taking requests for now: others do not see you in their recommendations.", width);
    own_matches(state, self, width);
    mentor_waiting_prompt(state, self, width);
    widgets::gap(10);
    bool any = false;
    for (const program::MatchType& type : p.match_types) {
        if (matching::can_be_mentee(person)) {
            recommendations_block(context, id, state, type, self, matching::Side::AsMentee, ui, actions, width);
            any = true;
        }
        if (matching::can_mentor(person) && reaches_out_to_mentees(state, type, person)) {
            recommendations_block(context, id, state, type, self, matching::Side::AsMentor, ui, actions, width);
            any = true;
        }
    }
    if (!any) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        widgets::muted(capitalize(term(p, Word::Mentee, Plural::Many)) + " find you through their recommendations; your matches appear here.");
        ImGui::PopTextWrapPos();
    }
    if (any && browse_offered(state)) {
        const std::string label = "Browse all " + term(p, matching::can_be_mentee(person) ? Word::Mentor : Word::Mentee, Plural::Many);
        if (widgets::secondary_button(label.c_str()))
            actions.push(ShowScreenAction{id, Screen::Browse});
    }
    widgets::gap(10);
    ImGui::Separator();
}

}
