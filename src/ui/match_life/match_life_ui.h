// A match's life on screen (core/domain/match_life). The participant's "My matches"
// page and its dialog: end, extend, answer an extension, ask confidentially to be
// reassigned. The admin's actions on a match, drawn by the Matches screen: end it
// early with a reason, propose an extension (the two people then agree); the notes its
// one-line table rows cannot hold (extensions waiting for agreement, matches ended
// early with the reason, those reassigned with who asked, for the admin's eyes only);
// and the requests console's confidential reassignment requests, which the admin
// ends ("End and reassign") and re-pairs.
// Depends on: core/domain/match_life, ui/actions.
#pragma once

#include "core/domain/match_life/match_life.h"
#include "core/domain/state.h"
#include "ui/actions.h"
#include "ui/view_context.h"

#include <cstdint>
#include <string>

namespace turnabout::ui {

struct RequestsUi; // ui/requests/requests_ui.h: the participant's dialogs report there
struct MatchingUi; // ui/matching/matching_ui.h

// What a match's dialog does.
enum class MatchAction { Extend, Complete, EndEarly, Reassign };

struct MatchDialogUi {
    bool open = false;
    MatchAction action = MatchAction::Extend;
    matching::MatchId match;
    std::string partner;  // the other person's name
    std::string new_end;  // Extend: YYYY-MM-DD as typed
    std::string note;     // the extension's note, the reason, or the reassignment note
    bool just_opened = false;
    Ticket ticket;
};


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
    Ticket ticket; // the outcome it waits for
    std::uint64_t opened = 0;
    std::string problem; // a date that is not one, found before asking the core
};

void open_end_early_dialog(MatchActionDialog& dialog, const matching::Match& match);
void open_extension_dialog(MatchActionDialog& dialog, const matching::Match& match);
// The open dialog, if any; `outcome` is where its commands report (ResultTarget::Matching).
void match_action_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchActionDialog& dialog,
    const CommandOutcome& outcome, ActionQueue& actions);
void match_notes(const Store& store, const ProgramState& state, float width);


// The participant's side: "My matches" (end, extend, answer an extension, ask
// confidentially to be reassigned) and its dialog, drawn over any screen.
void my_matches_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& person, RequestsUi& ui,
    ActionQueue& actions);
void match_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    ActionQueue& actions);

// The admin's side of reassignments, drawn by the requests console.
// Confidential reassignment requests: those waiting (who asked, the note, "End and
// reassign"), then those ended with whether each person has been re-paired since;
// "Find a new match" opens Check a pair with them chosen.
void reassignments_section(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& matching,
    ActionQueue& actions, float width);
// The active match of the same match type that `person` started on or after the
// reassignment, if any.
const matching::Match* repaired_in(const ProgramState& state, const matching::Reassignment& reassignment, const PersonId& person);
// Reassignment requests waiting for the admin, and those ended where someone still in
// the program has no new match yet.
std::size_t open_reassignments(const ProgramState& state);
}
