// Bulk match's pieces apart from the screen itself: the commands it sends and the
// draft's lists (pairs, the unmatched, problems, the comparison with the previous draft).
// Depends on: ui/matching/matching_ui.h.
#pragma once

#include "core/domain/matching/eligibility.h"
#include "ui/matching/matching_ui.h"

namespace turnabout::ui {

// The draft's pairs as new matches with fresh ids, from today to the program's end
// (or a year from today when the program ends sooner).
matching::CreateMatches publish_command(const ViewContext& context, const ProgramState& state, const matching::Draft& draft);
// Each active mentee's best `count` mentors by score (at least 1 point).
matching::PushRecommendations push_command(const ProgramState& state, const program::MatchTypeId& type, int count);

// The draft's pairs with score, Lock, Exclude and Why on every row.
void draft_table(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, float width);
// Unmatched mentees with reasons, mentors with places left, pairs left out, problems.
void draft_leftovers(const ProgramState& state, MatchingUi& ui, float width);
// Both drafts' totals and pair counts, and the pairs only one of them has.
void draft_comparison(const ProgramState& state, const matching::Draft& now, const matching::Draft& before, float width);

}
