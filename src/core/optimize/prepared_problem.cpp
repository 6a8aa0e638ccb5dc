#include "core/optimize/prepared_problem.h"

#include <algorithm>
#include <stdexcept>

namespace turnabout::optimize {

namespace {

void check_shape(const AssignmentProblem& problem)
{
    const std::size_t rows = problem.mentee_capacity.size();
    if (problem.first.size() != rows + 1)
        throw std::invalid_argument("assignment: first must have one entry per mentee plus one");
    if (problem.first.front() != 0)
        throw std::invalid_argument("assignment: first must start at 0");
    for (std::size_t i = 0; i < rows; ++i)
        if (problem.first[i] > problem.first[i + 1])
            throw std::invalid_argument("assignment: first must not decrease");
    if (problem.first.back() != problem.mentor.size() || problem.mentor.size() != problem.score.size())
        throw std::invalid_argument("assignment: first, mentor and score disagree on the pair count");
    for (int c : problem.mentee_capacity)
        if (c < 0) throw std::invalid_argument("assignment: negative mentee capacity");
    for (int c : problem.mentor_capacity)
        if (c < 0) throw std::invalid_argument("assignment: negative mentor capacity");
}

// Sorts one mentee's candidates by mentor (best score first among duplicates) and drops
// the duplicates; returns the new count. A total order, so every build sorts alike.
std::uint32_t sort_row(std::uint32_t* mentor, std::int32_t* score, std::uint32_t count,
                       std::vector<std::pair<std::uint32_t, std::int32_t>>& scratch)
{
    scratch.clear();
    for (std::uint32_t k = 0; k < count; ++k) scratch.emplace_back(mentor[k], score[k]);
    std::sort(scratch.begin(), scratch.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    std::uint32_t kept = 0;
    for (std::uint32_t k = 0; k < count; ++k) {
        if (k > 0 && scratch[k].first == scratch[k - 1].first) continue;
        mentor[kept] = scratch[k].first;
        score[kept] = scratch[k].second;
        ++kept;
    }
    return kept;
}

}

PreparedProblem prepare_problem(AssignmentProblem problem, Objective objective)
{
    check_shape(problem);
    PreparedProblem out;
    out.mentees = problem.mentees();
    out.mentors = problem.mentors();
    const auto mentors = static_cast<std::uint32_t>(out.mentors);
    const bool drop_zero = objective == Objective::MaxTotalScore;

    // One pass checks every pair and compacts the useful ones in place: a pair with no
    // capacity on either side can never be used, a pair of score 0 adds nothing to a
    // total. Duplicates keep their best score so that a pair is used at most once.
    std::vector<int> mentor_degree(out.mentors, 0);
    std::vector<std::pair<std::uint32_t, std::int32_t>> scratch;
    std::uint32_t* mentor = problem.mentor.data();
    std::int32_t* score = problem.score.data();
    std::uint32_t write = 0;
    std::int32_t top = 0;
    for (int i = 0; i < out.mentees; ++i) {
        const std::uint32_t begin = problem.first[i];
        const std::uint32_t end = problem.first[i + 1];
        const std::uint32_t row = write;
        const bool open = problem.mentee_capacity[i] > 0;
        bool ordered = true;
        std::uint32_t previous = 0;
        for (std::uint32_t e = begin; e < end; ++e) {
            const std::uint32_t j = mentor[e];
            const std::int32_t s = score[e];
            if (j >= mentors) throw std::invalid_argument("assignment: mentor index out of range");
            if (s < 0 || s > MAX_SCORE) throw std::invalid_argument("assignment: score out of 0..1000000");
            if (!open || problem.mentor_capacity[j] == 0 || (drop_zero && s == 0)) continue;
            if (write > row && j <= previous) ordered = false;
            previous = j;
            mentor[write] = j;
            score[write] = s;
            ++write;
        }
        if (!ordered) write = row + sort_row(mentor + row, score + row, write - row, scratch);
        problem.first[i] = row;
        for (std::uint32_t e = row; e < write; ++e) {
            ++mentor_degree[mentor[e]];
            top = std::max(top, score[e]);
        }
        problem.mentee_capacity[i] = std::min<int>(problem.mentee_capacity[i], static_cast<int>(write - row));
        out.units += problem.mentee_capacity[i];
    }
    problem.first[out.mentees] = write;
    problem.mentor.resize(write);
    problem.score.resize(write);

    std::int64_t mentor_units = 0;
    for (int j = 0; j < out.mentors; ++j) {
        problem.mentor_capacity[j] = std::min(problem.mentor_capacity[j], mentor_degree[j]);
        mentor_units += problem.mentor_capacity[j];
    }
    out.max_score = top;
    out.max_pairs = std::min<std::int64_t>({out.units, mentor_units, static_cast<std::int64_t>(write)});
    out.mentee_capacity = std::move(problem.mentee_capacity);
    out.mentor_capacity = std::move(problem.mentor_capacity);
    out.first = std::move(problem.first);
    out.mentor = std::move(problem.mentor);
    out.score = std::move(problem.score);
    return out;
}

}
