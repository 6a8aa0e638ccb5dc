// Bulk match: for one match type, the assignment that maximises the total score under
// every rule and capacity (or matches as many people as possible first), as a draft
// the admin reviews: pairs with scores, who stays unmatched and why, locked pairs kept
// and excluded pairs left out on re-runs. Runs in steps for a progress bar.
// Depends on: core/domain/state.h, core/optimize.
#pragma once

#include "core/domain/matching/matching.h"
#include "core/domain/state.h"

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace turnabout::matching {

// What the admin's bulk match puts first (core/optimize finds the true optimum of it).
enum class Objective {
    // The largest total score; people may stay unmatched.
    MaxTotalScore,
    // As many pairs as possible, then the largest total score among those.
    MaxPairsThenScore,
};

struct DraftOptions {
    Objective objective = Objective::MaxTotalScore;
    // Pairs the draft must keep, and pairs it must leave out (this draft only).
    std::set<PairKey> locked;
    std::set<PairKey> excluded;

    bool operator==(const DraftOptions&) const = default;
};

struct DraftPair {
    PairKey pair;
    int score = 0;
    bool locked = false;

    bool operator==(const DraftPair&) const = default;
};

struct Unmatched {
    PersonId person;
    std::string reason;

    bool operator==(const Unmatched&) const = default;
};

struct Draft {
    program::MatchTypeId match_type;
    // Sorted by mentee then mentor id.
    std::vector<DraftPair> pairs;
    std::int64_t total_score = 0;
    std::vector<Unmatched> unmatched_mentees;
    // Mentors with places left after the draft.
    std::vector<Unmatched> unmatched_mentors;
    // Locked pairs the rules no longer allow, with the reason.
    std::vector<std::string> problems;

    bool operator==(const Draft&) const = default;
};

class BulkMatchJob {
public:
    BulkMatchJob(const ProgramState& state, const program::MatchTypeId& match_type, DraftOptions options);
    ~BulkMatchJob();
    BulkMatchJob(BulkMatchJob&&) noexcept;
    BulkMatchJob& operator=(BulkMatchJob&&) noexcept;

    // Scores up to `units` mentees or does up to `units` solver steps; true when done.
    bool run(int units);
    bool done() const;
    double progress() const;
    // Only once done().
    const Draft& draft() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// All at once: the draft a job gives.
Draft bulk_match(const ProgramState& state, const program::MatchTypeId& match_type, const DraftOptions& options = {});

}
