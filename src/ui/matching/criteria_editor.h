// The matching settings as fields: every criterion's weight, "must match at least"
// threshold and "different is better", and the rules (reporting line, level gap,
// previous partners, browse page). Shared by the settings screen and bulk match's what-if.
// Depends on: core/domain/matching, Dear ImGui.
#pragma once

#include "core/domain/matching/matching.h"
#include "core/domain/state.h"

namespace turnabout::ui {

// `settings` with every criterion of the program listed, in display order.
matching::MatchingSettings complete_settings(const ProgramState& state, const matching::MatchingSettings& settings);

// Returns true when a value changed.
bool criteria_editor(const ProgramState& state, matching::MatchingSettings& settings, float width);
bool rules_editor(const ProgramState& state, matching::MatchingSettings& settings, float width);

}
