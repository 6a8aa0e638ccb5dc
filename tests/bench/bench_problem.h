// The two benchmark problems built from a score source, and the file that hands the
// same problem to the reference script.
// Depends on: core/optimize/assignment.h, bench_scores.h.
#pragma once

#include "bench_scores.h"
#include "core/optimize/assignment.h"

#include <cstdint>
#include <string>

namespace turnabout::bench {

// Every eligible pair.
optimize::AssignmentProblem all_pairs_problem(const ScoreSource& scores);

// Each mentee's k best mentors (ties to the lower index). One mentor of a seeded
// permutation is always among them, so that a matching of everyone exists when all
// capacities are 1: the sparse reference refuses problems without one.
optimize::AssignmentProblem top_k_problem(const ScoreSource& scores, int k, std::uint64_t seed);

// Little-endian binary: "TAMP", version 1, objective, mentees, mentors, pair count,
// then mentee capacities, mentor capacities (int32), first (uint32, mentees + 1),
// mentor (uint32) and score (int32) per pair.
bool write_problem(const std::string& path, const optimize::AssignmentProblem& problem,
                   optimize::Objective objective);

}
