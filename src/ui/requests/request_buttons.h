// What the matching screens (recommendations, browse) show of requests: the buttons on
// a candidate's card, the line that says how people are matched in a match type when
// there is no Request button, and the mentor's encouragement on Home while nobody has
// asked them. Depends on: ui/matching/matching_ui.h.
#pragma once

#include "core/domain/matching/recommendations.h"
#include "ui/matching/matching_ui.h"

namespace turnabout::ui {

// "Request", "Offer to mentor", "Add to my list" (or "Request sent", "Answer their
// request") as the match type's process and the program allow; each followed by
// SameLine, so the caller's next button sits beside them.
void request_buttons(const ViewContext& context, const ProgramId& id, const ProgramState& state, const program::MatchType& type,
    const PersonId& self, matching::Side side, const PersonId& other, MatchingUi& ui, ActionQueue& actions);

// Whether a mentor can reach out to mentees in this match type (a reverse request or an
// offer), so that they are shown mentees to ask.
bool reaches_out_to_mentees(const ProgramState& state, const program::MatchType& type, const people::Person& person);

// Above a list of candidates: why there is no Request button (admin-led), or how the
// ranked list works (admin-routed). Draws nothing for the user-led processes.
void process_note(const ProgramState& state, const program::MatchType& type, const PersonId& self, matching::Side side, float width);

// A mentor's Home while nobody has asked them and they have no match yet: a word of
// encouragement and what they can do meanwhile (the recommendations under it). Draws
// nothing otherwise.
void mentor_waiting_prompt(const ProgramState& state, const PersonId& self, float width);

}
