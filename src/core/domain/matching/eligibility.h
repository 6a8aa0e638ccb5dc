// The rules no proposed pair may break, each with the reason a person can read:
// role, membership, pause, capacity, the reporting line in both directions, the
// reverse-mentoring level gap, existing and previous matches, the admin's exclusions,
// and the pairs the admin's browser ruled out on fields this state's reader cannot
// read (core/domain/privacy/ruled_out.h).
// Thresholds are checked with the score (explain.h). Depends on: core/domain/state.h.
#pragma once

#include "core/domain/matching/matching.h"
#include "core/domain/state.h"

#include <optional>
#include <string>

namespace turnabout::matching {

enum class ExclusionRule {
    NotInProgram,
    NotMentor,
    NotMentee,
    SamePerson,
    Paused,
    MentorFull,
    MenteeFull,
    ReportingLine,
    LevelGap,
    LevelUnknown,
    AlreadyMatched,
    PreviousPartners,
    ExcludedByAdmin,
    RuledOut,
    BelowThreshold,
};

// "reporting_line": stable names for the command-line tool's CSV.
std::string_view exclusion_rule_name(ExclusionRule rule);
// "in the reporting line": what a count of excluded candidates is, in words.
std::string_view exclusion_rule_phrase(ExclusionRule rule);

struct Exclusion {
    ExclusionRule rule = ExclusionRule::NotInProgram;
    std::string reason;

    bool operator==(const Exclusion&) const = default;
};

// How many mentees `mentor` may have in `match_type` at once: their own capacity
// within the match type's limit.
int mentor_capacity(const program::MatchType& match_type, const people::Person& mentor);
int mentee_capacity(const program::MatchType& match_type);
// Active matches in the match type where the person is the mentor (mentee).
int active_as_mentor(const ProgramState& state, const program::MatchTypeId& match_type, const PersonId& person);
int active_as_mentee(const ProgramState& state, const program::MatchTypeId& match_type, const PersonId& person);

bool can_mentor(const people::Person& person);
bool can_be_mentee(const people::Person& person);

// How many steps apart two people are in one reporting line (either is above the
// other), counting at most `depth` steps; nullopt when neither is within reach.
std::optional<int> reporting_steps(const ProgramState& state, const PersonId& a, const PersonId& b, int depth);

// Rules about one side alone; `count_capacity` false when the caller accounts for it.
std::optional<Exclusion> mentor_exclusion(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentor, bool count_capacity = true);
std::optional<Exclusion> mentee_exclusion(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentee, bool count_capacity = true);
// The rules that read the reporting line and the reverse-mentoring levels: fields
// often sealed from participants, so the admin's browser judges them for everyone
// (core/domain/privacy/ruled_out.h). A field sealed from this state's reader is not
// judged here.
std::optional<Exclusion> line_and_level_exclusion(const ProgramState& state, const people::Person& mentor, const people::Person& mentee);
// Rules about the two together.
std::optional<Exclusion> pair_rule_exclusion(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentor, const people::Person& mentee);
// All of the above, sides first.
std::optional<Exclusion> pair_exclusion(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentor, const people::Person& mentee);

}
