// Where the benchmark's scores come from: a source of score rows, seeded. This is the
// seam for real scoring: another source (a seeded program scored by the matching rules)
// can replace the random one without touching the benchmark around it.
// Depends on: the standard library.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

namespace turnabout::bench {

inline constexpr std::int32_t INELIGIBLE = -1;

class ScoreSource {
public:
    virtual ~ScoreSource() = default;
    virtual int mentees() const = 0;
    virtual int mentors() const = 0;
    virtual int mentee_capacity(int mentee) const = 0;
    virtual int mentor_capacity(int mentor) const = 0;
    // Fills row[0..mentors()) with the score of each pair of this mentee, 0..1,000,000,
    // or INELIGIBLE. The same call gives the same row in every build.
    virtual void score_row(int mentee, std::int32_t* row) const = 0;
};

struct RandomScoreShape {
    int mentees = 0;
    int mentors = 0;
    int min_mentor_capacity = 1;
    int max_mentor_capacity = 1;
    std::int32_t max_score = 100;
    int ineligible_percent = 0;
};

// Independent uniform scores per pair, from a counter-based hash of (seed, mentee, mentor).
std::unique_ptr<ScoreSource> random_scores(const RandomScoreShape& shape, std::uint64_t seed);

}
