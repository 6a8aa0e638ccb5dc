// Scores for every mentee x mentor pair of a match type, fast enough for 10,000 x
// 10,000 in the browser. Each criterion is compiled once: mentors with the same value
// (a department, a time zone, a set of choices) form a group scored once per mentee,
// and groups of several criteria combine into one table; set criteria with many
// different values (skills, free text) are scored through posting lists, touching only
// the mentors who share something. Rules become per-person lists. Gives exactly
// explain_pair's scores and rules (scoring_rows.cpp has the per-row loops).
// Depends on: core/domain/state.h.
#pragma once

#include "core/domain/matching/eligibility.h"
#include "core/domain/matching/matching.h"
#include "core/domain/state.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace turnabout::matching {

// A pair's score 0..100, or this for an excluded pair.
inline constexpr std::int16_t EXCLUDED = -1;

// Criteria whose mentors have at most this many different values are scored by group.
inline constexpr int MAX_GROUPS = 256;

class ScoringModel {
public:
    // `max_groups` 0 scores every criterion pair by pair or through postings (tests
    // compare both ways).
    ScoringModel(const ProgramState& state, const program::MatchType& match_type, int max_groups = MAX_GROUPS);

    // Active members who can take each side, in id order.
    const std::vector<const people::Person*>& mentors() const { return m_mentors; }
    const std::vector<const people::Person*>& mentees() const { return m_mentees; }
    std::optional<int> mentor_index(const PersonId& id) const;
    std::optional<int> mentee_index(const PersonId& id) const;

    // Places left now (0 for a paused person).
    int mentor_room(int mentor) const { return m_mentor_room[static_cast<std::size_t>(mentor)]; }
    int mentee_room(int mentee) const { return m_mentee_room[static_cast<std::size_t>(mentee)]; }

    // The scores of one mentee against every mentor; EXCLUDED where a rule or a
    // threshold forbids the pair. `out` has mentors().size() entries.
    void score_row(int mentee, std::span<std::int16_t> out) const;
    // The scores of every mentee against one mentor; mentees().size() entries.
    void score_column(int mentor, std::span<std::int16_t> out) const;
    std::int16_t score(int mentee, int mentor) const;
    // The rule that excludes a pair, in words (the slow path, for the few shown).
    std::optional<Exclusion> exclusion(int mentee, int mentor) const;

    // One criterion compiled (below).
    struct Criterion;
    // Row sums: an excluded pair's sum is set to this; a failed threshold subtracts
    // PENALTY, more than any sum of weighted similarities.
    static constexpr std::int32_t OUT_OF_REACH = -(1 << 30);
    static constexpr std::int32_t PENALTY = 1 << 22;

private:
    int person_slot(const people::Person* person) const;
    void compile_rules(const ProgramState& state);
    void compile_criteria(const ProgramState& state);
    void compile_modes(int max_groups);
    int pair_rule(int mentee_slot, int mentor_slot) const;
    std::int16_t score_pair(std::size_t mentee_slot, std::size_t mentor_slot) const;
    int similarity(const Criterion& c, std::size_t mentee_slot, std::size_t mentor_slot) const;

    const ProgramState* m_state;
    const program::MatchType* m_match_type;
    std::vector<const people::Person*> m_mentors;
    std::vector<const people::Person*> m_mentees;
    std::vector<int> m_mentor_slot; // index into m_people
    std::vector<int> m_mentee_slot;
    std::vector<const people::Person*> m_people;
    std::vector<int> m_mentor_room;
    std::vector<int> m_mentee_room;
    // Rules: levels, and the pairs blocked by the admin or by existing or earlier
    // matches (per mentee); the reporting line is m_near below.
    bool m_reverse = false;
    int m_level_gap = 0;
    std::vector<int> m_level;
    std::vector<std::vector<std::pair<int, int>>> m_blocked; // per mentee slot: (mentor slot, rule)
    std::vector<Criterion> m_criteria;
    std::int64_t m_total_weight = 0;
    // Row scoring: slots within the reporting-line depth of each slot, the mentor index
    // of each slot (-1: not a mentor), grouped criteria combined into tables, a score
    // for every weighted sum, and a base per mentor (a penalty for the full).
    std::vector<std::vector<int>> m_near;
    std::vector<int> m_mentor_of_slot;
    struct Combo {
        std::vector<int> criteria;   // indices into m_criteria
        std::vector<int> radix;      // group count of each
        std::vector<std::uint16_t> group; // per mentor: combined group id
        int size = 1;
    };
    std::vector<Combo> m_combos;
    std::vector<std::uint8_t> m_score_of_sum;
    std::vector<std::int32_t> m_base;
};

// One criterion compiled: what kind of comparison and its per-person values.
struct ScoringModel::Criterion {
    enum class Eval { SkillsBothWays, Overlap, Slots, Text, Category, TimeZone, Level, Closeness };
    Eval eval = Eval::Overlap;
    int weight = 0;
    int threshold = 0; // thousandths
    bool prefer_different = false;
    bool colleague_level = false;
    bool reverse_level = false;
    std::vector<std::int32_t> size;   // set sizes (0: not given); offered skills
    std::vector<std::int32_t> size2;  // wanted skills
    std::vector<std::int64_t> value;  // categories, slots, offsets, levels, numbers
    std::vector<std::uint8_t> has;
    std::int64_t range = 0; // closeness of scale answers; 0 for numbers (relative)

    // How rows score it: by group, through posting lists, or pair by pair.
    enum class Mode { Grouped, Postings, PerPair };
    Mode mode = Mode::PerPair;
    std::vector<std::uint16_t> mentor_group; // Grouped: per mentor
    std::vector<int> group_slot;            // Grouped: a mentor slot of each group
    // Token ids of each slot's set (offered skills; tokens2: wanted skills), and for
    // Postings per token the mentors who have it (offer it; postings2: want it).
    std::vector<std::vector<std::uint32_t>> tokens;
    std::vector<std::vector<std::uint32_t>> tokens2;
    std::vector<std::vector<std::uint32_t>> postings;
    std::vector<std::vector<std::uint32_t>> postings2;
};

}
