// The matching screens' transient state and entry points: recommendations and browse for
// participants; matching settings, bulk match, matches and "check a pair" for the admin.
// Depends on: core/domain/matching, ui/actions, ui/navigation, ui/matching/matching_cache.
#pragma once

#include "core/domain/matching/bulk_match.h"
#include "core/domain/matching/matching.h"
#include "core/domain/requests/request.h"
#include "ui/actions.h"
#include "ui/match_life/match_life_ui.h"
#include "ui/matching/matching_cache.h"
#include "ui/navigation.h"
#include "ui/view_context.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace turnabout::ui {

// "Why this match": one pair's explained score, in a dialog.
struct WhyDialogUi {
    bool open = false;
    ProgramId program;
    program::MatchTypeId match_type;
    matching::PairKey pair;
    // Scored with these settings instead of the saved ones (the bulk match what-if).
    std::optional<matching::MatchingSettings> settings;
};

// The admin-routed ranked list a mentee is putting together on this device, until it
// is sent ("Add to my list" on a card, reordered on the Requests page).
struct RankedDraft {
    // A mentor and the note being typed on why.
    struct Choice {
        PersonId mentor;
        std::string note;
    };
    std::vector<Choice> choices; // best first
    std::vector<requests::RankedChoice> ranked() const
    {
        std::vector<requests::RankedChoice> out;
        for (const Choice& choice : choices)
            out.push_back(requests::RankedChoice{choice.mentor, choice.note});
        return out;
    }
    std::string message;
    Ticket ticket; // the command that sent it, to read its outcome
};

// "Request" / "Offer to mentor" on a card opens the request dialog (drawn by
// ui/requests); the ranked lists being put together live here too, since cards add to them.
struct RequestDialogUi {
    bool open = false;
    program::MatchTypeId match_type;
    requests::RequestKind kind = requests::RequestKind::MenteeAsks;
    PersonId person; // who is asked
    std::string name;
    std::string message;
    bool just_opened = false;
    Ticket ticket; // the command sent, to read its outcome
    // Per person and match type: a kiosk serves several people.
    std::map<std::pair<PersonId, program::MatchTypeId>, RankedDraft> ranked;
};

struct BrowseUi {
    // Whose filters these are: on a shared kiosk the next person starts afresh.
    PersonId person;
    program::MatchTypeId match_type;
    std::string search;
    std::string department;
    std::string location;
    int level = -1; // -1: any
    std::string skill;
    std::string availability;
    int min_score = 0;
    int max_score = 100;
    bool favorites_only = false;
    // Someone who is both mentor and mentee chooses which side they look from.
    matching::Side side = matching::Side::AsMentee;
};

struct MatchingSettingsUi {
    ProgramId loaded_for;
    std::uint64_t loaded_revision = 0;
    matching::MatchingSettings settings;    // every criterion listed, being edited
    matching::MatchingSettings loaded_from; // what was saved when the fields were loaded
    std::uint64_t seen_serial = 0;          // the last outcome read
    Ticket sent;                            // the last save, to read its outcome
    std::string saved_message;
};

struct BulkMatchUi {
    // The last of each command the page sent, to read its outcome.
    Ticket weights_saved, published, pushed;
    ProgramId program;
    program::MatchTypeId match_type;
    matching::Objective objective = matching::Objective::MaxTotalScore;
    std::set<matching::PairKey> locked;
    std::set<matching::PairKey> excluded;
    // What-if: the weights the drafts are computed with, unsaved until "Save these weights".
    bool what_if_loaded = false;
    matching::MatchingSettings what_if;
    std::unique_ptr<matching::BulkMatchJob> job; // running while set
    matching::MatchingSettings job_settings;     // the settings the job scores with
    std::uint64_t job_revision = 0;              // the store's revision when it started
    std::optional<matching::Draft> draft;
    std::optional<matching::Draft> previous;
    matching::MatchingSettings draft_settings; // the settings the draft was made with
    std::uint64_t draft_revision = 0;
    std::uint64_t seen_serial = 0;
    bool comparing = false;
    int push_count = 3;
    bool confirm_publish = false;
    std::string message;

    // Forgets drafts, locks and what-if (another program or match type).
    void reset(const ProgramId& for_program, const program::MatchTypeId& for_type);
};

struct CheckPairUi {
    program::MatchTypeId match_type;
    PersonId mentor;
    PersonId mentee;
    Sent<matching::PairKey> created; // "Create this match", about which pair
};

struct MatchingUi {
    MatchingCache cache;
    WhyDialogUi why;
    RequestDialogUi request;
    BrowseUi browse;
    MatchingSettingsUi settings;
    BulkMatchUi bulk;
    CheckPairUi check;
    MatchActionDialog match_action; // the admin's "End early" / "Propose an extension"
    CommandOutcome outcome; // ResultTarget::Matching
};

// Participant: their recommendations per match type and their matches, on Home.
void participant_matching_home(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& person,
    MatchingUi& ui, ActionQueue& actions);
// Participant: everyone they could be matched with, filtered and sorted by score.
void browse_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& person, MatchingUi& ui,
    ActionQueue& actions);
// Whether the browse page is offered (the admin may hide it).
bool browse_offered(const ProgramState& state);

// Admin screens.
void matching_settings_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, ActionQueue& actions);
void bulk_match_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, ActionQueue& actions);
void matches_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, ActionQueue& actions);

// "Why this match", drawn over any screen (the request dialog is ui/requests').
void matching_dialogs(const ViewContext& context, const ProgramState& state, MatchingUi& ui);

// Starts (or restarts) a draft from `state` with the what-if settings, locks and exclusions.
void start_bulk_match(BulkMatchUi& ui, const ProgramState& state, std::uint64_t revision);
// Runs the job for a few milliseconds (after rendering, asked for by StepBulkMatchAction,
// so the page keeps drawing and answering between steps).
void step_bulk_match(BulkMatchUi& ui);

}
