// Pieces every matching screen shares: a pair's score, its explanation (each criterion
// with what matched and its points, or the rule that excludes the pair), the favorite
// star and the "Why" dialog. Depends on: core/domain/matching, Dear ImGui, ui/widgets.
#pragma once

#include "core/domain/matching/explain.h"

#include <string>

namespace turnabout::ui {

// "74%" in the accent colour (muted when zero).
void score_text(int score);
// "74% match" text for sentences and table cells.
std::string score_label(int score);
// A star button: filled when `on`. Labelled "Favorite" / "Favorited" for tests and
// screen readers; `id` tells rows apart. Returns true when clicked.
bool favorite_toggle(const char* id, bool on);
// The explanation: the exclusion (if any) first, then each criterion's line.
void explanation_body(const matching::ScoreExplanation& explanation, float width);

}
