#include "core/optimize/prepared_problem.h"

#include <algorithm>
#include <stdexcept>
#include <string>

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
    const auto mentors = static_cast<std::uint32_t>(problem.mentor_capacity.size());
    for (std::uint32_t j : problem.mentor)
        if (j >= mentors) throw std::invalid_argument("assignment: mentor index out of range");
    for (std::int32_t s : problem.score)
        if (s < 0 || s > MAX_SCORE) throw std::invalid_argument("assignment: score out of 0..1000000");
}

}

PreparedProblem prepare_problem(const AssignmentProblem& problem, Objective objective)
{
    check_shape(problem);
    PreparedProblem out;
    out.mentees = problem.mentees();
    out.mentors = problem.mentors();
    out.mentee_capacity.assign(out.mentees, 0);
    out.mentor_capacity.assign(out.mentors, 0);
    out.first.assign(out.mentees + 1, 0);
    out.mentor.reserve(problem.mentor.size());
    out.score.reserve(problem.score.size());

    // A pair with no capacity on either side can never be used: dropping it keeps the
    // search small. Duplicates keep their best score so that a pair is used at most once.
    std::vector<int> mentor_degree(out.mentors, 0);
    std::vector<std::pair<std::uint32_t, std::int32_t>> row;
    for (int i = 0; i < out.mentees; ++i) {
        row.clear();
        if (problem.mentee_capacity[i] > 0) {
            for (std::uint32_t e = problem.first[i]; e < problem.first[i + 1]; ++e) {
                const std::uint32_t j = problem.mentor[e];
                const std::int32_t s = problem.score[e];
                if (problem.mentor_capacity[j] == 0) continue;
                if (objective == Objective::MaxTotalScore && s == 0) continue;
                row.emplace_back(j, s);
            }
        }
        const bool sorted = std::is_sorted(row.begin(), row.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
        if (!sorted) {
            // A total order (mentor, then best score first), so every build sorts alike.
            std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first < b.first : a.second > b.second;
            });
        }
        int degree = 0;
        for (std::size_t k = 0; k < row.size(); ++k) {
            if (k > 0 && row[k].first == row[k - 1].first) {
                // Sorted input may still hold duplicates; keep the best.
                out.score.back() = std::max(out.score.back(), row[k].second);
                continue;
            }
            out.mentor.push_back(row[k].first);
            out.score.push_back(row[k].second);
            ++mentor_degree[row[k].first];
            ++degree;
        }
        out.first[i + 1] = static_cast<std::uint32_t>(out.mentor.size());
        out.mentee_capacity[i] = std::min(problem.mentee_capacity[i], degree);
        out.units += out.mentee_capacity[i];
    }
    std::int64_t mentor_units = 0;
    for (int j = 0; j < out.mentors; ++j) {
        out.mentor_capacity[j] = std::min(problem.mentor_capacity[j], mentor_degree[j]);
        mentor_units += out.mentor_capacity[j];
    }
    for (std::int32_t s : out.score) out.max_score = std::max(out.max_score, s);
    out.max_pairs = std::min<std::int64_t>({out.units, mentor_units,
                                            static_cast<std::int64_t>(out.mentor.size())});
    return out;
}

}
