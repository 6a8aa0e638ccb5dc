// Where the person is in the app (which screen of which program) and who is using it.
// Transient UI state: never saved, so a reload of a shared kiosk asks again.
// Depends on: core/base, ui/view_context.
//
// Who owns what in src/ui:
// - Admin side (this file, app_view.cpp routing, top_bar, nav_bar, directory, wizard,
//   program home, settings, terminology in terms.h, questionnaire editor, approvals).
// - Participant side: participant_views.h and the files behind it (join form, own
//   profile, inbox, the person picker). The picker picks a person of the program (or
//   "someone new", who then joins); the admin choice lives in the top bar's "who is
//   using Turnabout?" menu, kept apart from people on purpose.
// - Matching (both sides): src/ui/matching (matching_ui.h is its entry point).
// - Shared: actions.h (RunCommandAction, CommandOutcome), apply_actions.cpp.
#pragma once

#include "core/base/ids.h"
#include "core/domain/state.h"
#include "ui/view_context.h"

namespace turnabout::ui {

enum class Screen {
    Directory,     // every program on this device, as tiles
    ProgramHome,   // about, purpose, goals, timeframe, match types
    People,        // admin: the people table
    Settings,      // admin: every setting, editable
    Questionnaire, // admin: the registration questions
    Approvals,     // admin: registrations awaiting approval
    Join,          // someone new registers
    Profile,       // the chosen person's own profile
    Inbox,         // the chosen person's messages
    Browse,        // participant: everyone they could be matched with
    MatchingSettings, // admin: criteria, weights, thresholds and rules
    BulkMatch,     // admin: drafts of pairs, published as matches
    Matches,       // admin: published matches and "check a pair"
    Requests,      // participant: requests sent and received, offers, the ranked list
    MyMatches,     // participant: their matches: end, extend, ask to be reassigned
    RequestsConsole, // admin: every request, figures, ranked lists, reassignments
    Privacy,       // participant: what others can see about them
    Sharing,       // everyone: keys to compare, exchanges, sharing and opening files
};

struct CurrentUser {
    enum class Kind {
        Nobody, // no one chosen: only public program information is shown
        Admin,  // this browser's admin actor, for a program it administers
        Person, // a participant chosen in the person picker
    };
    Kind kind = Kind::Nobody;
    ProgramId program; // the program the choice was made for
    PersonId person;   // Kind::Person only
};

// Whether this browser administers `program`: it created it here, or it is one of
// the admin's enrolled browsers.
inline bool browser_is_admin(const ViewContext& context, const ProgramState& program)
{
    return program.program && context.store.administers(program.program->id);
}

// The current user as it applies to `program`: a choice made for another program
// counts as nobody here.
inline CurrentUser::Kind user_kind_in(const CurrentUser& user, const ProgramId& program)
{
    return user.program == program ? user.kind : CurrentUser::Kind::Nobody;
}

}
