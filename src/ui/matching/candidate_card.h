// One possible partner as a participant sees them: name, job, score, "Why this match",
// the request buttons and the favorite star; and a participant's own matches.
// Depends on: ui/matching/matching_ui.h.
#pragma once

#include "ui/matching/matching_ui.h"

namespace turnabout::ui {

// The request buttons follow the match type's process (ui/requests/request_buttons.h).
void candidate_card(const ViewContext& context, const ProgramId& id, const ProgramState& state, const program::MatchType& type,
    const PersonId& self, matching::Side side, const matching::Candidate& candidate, MatchingUi& ui, ActionQueue& actions, float width);

// "Your matches": the person's active matches in every match type; nothing when none.
void own_matches(const ProgramState& state, const PersonId& self, float width);

// "Engineering · Lisbon · Senior": what tells people apart at a glance.
std::string person_summary(const people::Person& person);

}
