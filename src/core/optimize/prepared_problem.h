// An assignment problem checked and put in the solver's shape: candidates sorted by
// mentor without duplicates, useless pairs dropped, capacities clamped to what can be used.
// Depends on: core/optimize/assignment.h.
#pragma once

#include "core/optimize/assignment.h"

#include <cstdint>
#include <vector>

namespace turnabout::optimize {

inline constexpr std::int32_t MAX_SCORE = 1'000'000;

struct PreparedProblem {
    int mentees = 0;
    int mentors = 0;
    // Clamped to the number of candidates: a unit beyond them can never be matched.
    std::vector<int> mentee_capacity;
    std::vector<int> mentor_capacity;
    std::vector<std::uint32_t> first;
    std::vector<std::uint32_t> mentor;
    std::vector<std::int32_t> score;
    std::int32_t max_score = 0;
    // An upper bound on the number of pairs of any assignment.
    std::int64_t max_pairs = 0;
    std::int64_t units = 0;  // sum of the clamped mentee capacities
};

// Throws std::invalid_argument when the problem is malformed (sizes, indices, ranges).
// For MaxTotalScore pairs of score 0 are dropped: they add nothing. Works in place on
// the problem's arrays: a large problem is never copied.
PreparedProblem prepare_problem(AssignmentProblem problem, Objective objective);

}
