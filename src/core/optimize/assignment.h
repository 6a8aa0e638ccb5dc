// Optimal assignment with capacities: which mentees go with which mentors so that the
// total score is the largest possible (or, first, the number of pairs is). Exact, not
// greedy, deterministic, in integers only so that every build finds the same pairs.
// Depends on: the standard library.
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace turnabout::optimize {

enum class Objective {
    // The largest total score; people may stay unmatched.
    MaxTotalScore,
    // As many pairs as possible, then the largest total score among those.
    MaxPairsThenScore,
};

// Rows are mentees, columns mentors. Only the listed pairs may be matched, each at
// most once. Candidates of mentee i are entries [first[i], first[i + 1]).
struct AssignmentProblem {
    std::vector<int> mentee_capacity;   // mentors each mentee may have, >= 0
    std::vector<int> mentor_capacity;   // mentees each mentor may take, >= 0
    std::vector<std::uint32_t> first;   // size mentee_capacity.size() + 1
    std::vector<std::uint32_t> mentor;  // mentor index of each candidate pair
    std::vector<std::int32_t> score;    // 0..1,000,000 per pair

    int mentees() const { return static_cast<int>(mentee_capacity.size()); }
    int mentors() const { return static_cast<int>(mentor_capacity.size()); }
};

struct Assignment {
    // (mentee, mentor) pairs, sorted.
    std::vector<std::pair<int, int>> pairs;
    std::int64_t total_score = 0;
};

// Solves in steps so that a page can draw a progress bar between them.
class AssignmentSolver {
public:
    AssignmentSolver(AssignmentProblem problem, Objective objective);
    ~AssignmentSolver();
    AssignmentSolver(AssignmentSolver&&) noexcept;
    AssignmentSolver& operator=(AssignmentSolver&&) noexcept;

    // Does up to `units` units of work (an augmentation each); true when finished.
    bool run(int units);
    bool done() const;
    // 0 to 1.
    double progress() const;
    // The optimum; only once done().
    Assignment result() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// All at once.
Assignment solve_assignment(AssignmentProblem problem, Objective objective);

}
