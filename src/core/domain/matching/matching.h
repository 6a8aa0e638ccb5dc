// The matching feature's values: how pairs are scored (criteria, weights, thresholds),
// the rules no pair may break, matches, favorites, the admin's excluded pairs and
// pushed recommendations; the commands that change them and the events that record
// it (seed 001: Chronus's match score, favorites, bulk match and recommendations;
// seed 002/003: interpersonal fit first, no supervisory relationship in a pair).
// Depends on: core/base, questionnaire and program ids.
#pragma once

#include "core/base/date.h"
#include "core/base/ids.h"
#include "core/domain/privacy/private_text_value.h"
#include "core/domain/program/settings.h"
#include "core/domain/questionnaire/question.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::matching {

using MatchId = Id<struct MatchIdTag>;

// What a criterion compares. Question criteria name their question.
enum class CriterionKind {
    Skills,       // what one offers against what the other wants, both ways
    Interests,    // shared interests
    Availability, // shared days and parts of the day
    TimeZone,     // overlap of an 8-hour working day
    Department,   // same, or different when that is preferred
    Location,     // same place
    Level,        // the mentor's seniority against the mentee's, the program's way round
    Question,     // answers to a questionnaire question marked as a criterion
};

std::string_view criterion_kind_name(CriterionKind kind); // "skills", "question"
std::optional<CriterionKind> criterion_kind_from_name(std::string_view name);

struct CriterionKey {
    CriterionKind kind = CriterionKind::Skills;
    questionnaire::QuestionId question; // only for Question

    auto operator<=>(const CriterionKey&) const = default;
    bool operator==(const CriterionKey&) const = default;
};

inline constexpr int MAX_WEIGHT = 10;

// The admin's choice for one criterion. A threshold makes it "must match": a pair
// whose similarity on it is below `threshold` percent scores zero and is excluded.
struct CriterionSetting {
    CriterionKey key;
    int weight = 1;   // 0 (ignored) to MAX_WEIGHT
    int threshold = 0; // 0: none; 1 to 100 percent
    // Department and choice questions: a difference counts as the match.
    bool prefer_different = false;

    bool operator==(const CriterionSetting&) const = default;
};

inline constexpr int MAX_REPORTING_DEPTH = 10;
inline constexpr int MAX_LEVEL_GAP = 9;
inline constexpr int MAX_RECOMMENDATIONS = 10;

// The program's time rules and offers for requests (seed 001: remind after a few
// days, close unanswered requests automatically).
struct RequestRules {
    int remind_after_days = 7; // 0: no reminder
    int close_after_days = 21; // 0: requests never close by themselves
    // A mentor may offer to mentor someone (the mentee accepts or declines).
    bool mentor_offers = true;

    bool operator==(const RequestRules&) const = default;
};

inline constexpr int MAX_REQUEST_DAYS = 365;

struct MatchingSettings {
    // Criteria the admin has set; any other criterion keeps its default.
    std::vector<CriterionSetting> criteria;
    // Nobody is matched with anyone this many steps up or down their reporting line
    // (2: the direct manager and their manager). 0 turns the rule off.
    int reporting_depth = 2;
    // Reverse mentoring: the mentor's level is at least this much below the mentee's.
    int level_gap = 1;
    // Two people who were matched before (in any match type) are not proposed again.
    bool exclude_previous_partners = true;
    // Participants see only the recommendations the admin pushed, no browse page.
    bool browse_hidden = false;
    RequestRules requests;

    bool operator==(const MatchingSettings&) const = default;
};

enum class MatchState {
    Active,
    Completed,
    EndedEarly,
    Reassigned,
    // One of the two left the program (the admin removed them); the reason names them
    // and is for the other person too.
    PersonLeft,
};

std::string_view match_state_name(MatchState state);
std::optional<MatchState> match_state_from_name(std::string_view name);

// A proposal to move a match's end, waiting for the two people's agreement; the one
// who proposed (or the admin) counts as agreeing.
struct Extension {
    ActorId proposed_by;
    Date new_end;
    privacy::PrivateText note; // for the two people and the admin
    Date proposed_on;
    std::set<PersonId> agreed;

    bool operator==(const Extension&) const = default;
};

struct Match {
    MatchId id;
    program::MatchTypeId match_type;
    PersonId mentor;
    PersonId mentee;
    Date start;
    Date end;
    MatchState state = MatchState::Active;
    // Once it is no longer active: when, by whom and (ended early) why. The reason is
    // sealed to the two people and the admin; when a person left, it names them and is
    // plain (apply writes it, no file carries it).
    Date ended;
    ActorId ended_by;
    privacy::PrivateText end_reason;
    std::optional<Extension> extension;

    bool operator==(const Match&) const = default;
};

// A confidential request to be reassigned: only the admin sees who asked and the
// note; the other person sees only that the match ended (seed 003: "without blame").
struct Reassignment {
    MatchId match;
    PersonId asked_by;
    privacy::PrivateText note;
    Date on;

    bool operator==(const Reassignment&) const = default;
};

// A note a person sent the admin (match_life::AdminNoteSent) as recorded: its sealed
// content, identical on every device. A browser that may open it reads what it is
// about (app) into `MatchingState::reassignment_requests` of its reading.
struct NoteToAdmin {
    EventId event;
    PersonId from;
    privacy::PrivateText content;
    Date on;

    bool operator==(const NoteToAdmin&) const = default;
};

struct PairKey {
    PersonId mentor;
    PersonId mentee;

    auto operator<=>(const PairKey&) const = default;
    bool operator==(const PairKey&) const = default;
};

// One pair to create, as the bulk match draft or the admin proposes it.
struct NewMatch {
    MatchId id;
    PersonId mentor;
    PersonId mentee;

    bool operator==(const NewMatch&) const = default;
};

inline constexpr std::size_t MAX_MATCHES_PER_COMMAND = 5000;

// Commands.
struct ChangeMatchingSettings {
    MatchingSettings settings;
};

// The admin creates matches: one, or a published bulk-match draft. All or nothing.
// The term runs from `start` to `end` (the program's end, or a year).
struct CreateMatches {
    program::MatchTypeId match_type;
    std::vector<NewMatch> matches;
    Date start;
    Date end;
};

// The admin keeps a pair from ever being proposed, or allows it again.
struct ExcludePair {
    PairKey pair;
    bool excluded = true;
};

// A participant marks someone they would like to be matched with.
struct SetFavorite {
    PersonId person;
    PersonId favorite;
    bool on = true;
};

// The admin chooses each mentee's recommendations for a match type; an empty list
// for a mentee takes theirs back.
struct PushRecommendations {
    program::MatchTypeId match_type;
    std::vector<std::pair<PersonId, std::vector<PersonId>>> mentee_mentors;
};

// Events.
struct MatchingSettingsChanged {
    static constexpr std::string_view TYPE = "MatchingSettingsChanged";
    MatchingSettings settings;

    bool operator==(const MatchingSettingsChanged&) const = default;
};

struct MatchesCreated {
    static constexpr std::string_view TYPE = "MatchesCreated";
    program::MatchTypeId match_type;
    std::vector<NewMatch> matches;
    Date start;
    Date end;

    bool operator==(const MatchesCreated&) const = default;
};

struct PairExcluded {
    static constexpr std::string_view TYPE = "PairExcluded";
    PairKey pair;
    bool excluded = true;

    bool operator==(const PairExcluded&) const = default;
};

struct FavoriteSet {
    static constexpr std::string_view TYPE = "FavoriteSet";
    PersonId person;
    PersonId favorite;
    bool on = true;

    bool operator==(const FavoriteSet&) const = default;
};

struct RecommendationsPushed {
    static constexpr std::string_view TYPE = "RecommendationsPushed";
    program::MatchTypeId match_type;
    std::vector<std::pair<PersonId, std::vector<PersonId>>> mentee_mentors;

    bool operator==(const RecommendationsPushed&) const = default;
};

}

namespace turnabout::matching {

// Everything the matching feature keeps in a program's state.
struct MatchingState {
    MatchingSettings settings;
    std::map<MatchId, Match> matches;
    std::set<PairKey> excluded;
    std::map<PersonId, std::set<PersonId>> favorites;
    // Per match type, each mentee's pushed mentors in the admin's order.
    std::map<program::MatchTypeId, std::map<PersonId, std::vector<PersonId>>> pushed;
    // Matches reassigned on request, with who asked and why, for the admin's eyes: from
    // older programs' ReassignmentAsked, and in a reading from the notes it opens.
    std::map<MatchId, Reassignment> reassignments;
    // Notes to the admin, sealed, in the order recorded.
    std::vector<NoteToAdmin> notes_to_admin;
    // Requests to be reassigned from a match still active: empty as recorded, filled
    // in a reading that opens the notes (the admin's, or the asker's own).
    std::map<MatchId, Reassignment> reassignment_requests;

    bool operator==(const MatchingState&) const = default;
};

}
