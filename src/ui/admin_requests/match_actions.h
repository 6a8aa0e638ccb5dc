// The admin's actions on a match, drawn by the Matches screen: end it early with a
// reason, propose an extension (the two people then agree); and the notes its one-line
// table rows cannot hold: extensions waiting for agreement, matches ended early with
// the reason, and those reassigned with who asked (for the admin's eyes only).
// Depends on: core/domain/matching, ui/actions.
#pragma once

#include "core/domain/matching/matching.h"
#include "core/domain/state.h"
#include "ui/actions.h"
#include "ui/view_context.h"

#include <cstdint>
#include <string>

namespace turnabout::ui {

// The dialog's fields: one instance serves every match.
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

void open_end_early_dialog(MatchActionDialog& dialog, const matching::Match& match);
void open_extension_dialog(MatchActionDialog& dialog, const matching::Match& match);
// The open dialog, if any; `outcome` is where its commands report (ResultTarget::Matching).
void match_action_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchActionDialog& dialog,
    const CommandOutcome& outcome, ActionQueue& actions);
void match_notes(const ProgramState& state, float width);

}
