#include "bench_problem.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace turnabout::bench {

namespace {

optimize::AssignmentProblem empty_problem(const ScoreSource& scores)
{
    optimize::AssignmentProblem problem;
    for (int i = 0; i < scores.mentees(); ++i) problem.mentee_capacity.push_back(scores.mentee_capacity(i));
    for (int j = 0; j < scores.mentors(); ++j) problem.mentor_capacity.push_back(scores.mentor_capacity(j));
    problem.first.push_back(0);
    return problem;
}

std::vector<int> seeded_permutation(int size, std::uint64_t seed)
{
    std::vector<int> order(size);
    for (int i = 0; i < size; ++i) order[i] = i;
    std::uint64_t state = seed;
    for (int i = size - 1; i > 0; --i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        std::swap(order[i], order[(state >> 33) % static_cast<std::uint64_t>(i + 1)]);
    }
    return order;
}

template <class T>
void put(std::FILE* file, const T* data, std::size_t count)
{
    std::fwrite(data, sizeof(T), count, file);
}

}

optimize::AssignmentProblem all_pairs_problem(const ScoreSource& scores)
{
    optimize::AssignmentProblem problem = empty_problem(scores);
    std::vector<std::int32_t> row(scores.mentors());
    for (int i = 0; i < scores.mentees(); ++i) {
        scores.score_row(i, row.data());
        for (int j = 0; j < scores.mentors(); ++j) {
            if (row[j] == INELIGIBLE) continue;
            problem.mentor.push_back(static_cast<std::uint32_t>(j));
            problem.score.push_back(row[j]);
        }
        problem.first.push_back(static_cast<std::uint32_t>(problem.mentor.size()));
    }
    return problem;
}

optimize::AssignmentProblem top_k_problem(const ScoreSource& scores, int k, std::uint64_t seed)
{
    optimize::AssignmentProblem problem = empty_problem(scores);
    const std::vector<int> guaranteed =
        seeded_permutation(std::max(scores.mentees(), scores.mentors()), seed);
    std::vector<std::int32_t> row(scores.mentors());
    std::vector<int> order(scores.mentors());
    for (int i = 0; i < scores.mentees(); ++i) {
        scores.score_row(i, row.data());
        for (int j = 0; j < scores.mentors(); ++j) order[j] = j;
        // A strict total order, so the chosen set is the same with every library.
        const auto better = [&row](int a, int b) { return row[a] != row[b] ? row[a] > row[b] : a < b; };
        const int take = std::min(k, scores.mentors());
        std::nth_element(order.begin(), order.begin() + take, order.end(), better);
        order.resize(take);
        std::sort(order.begin(), order.end(), better);
        while (!order.empty() && row[order.back()] == INELIGIBLE) order.pop_back();
        const int must = guaranteed[i] < scores.mentors() ? guaranteed[i] : -1;
        if (must >= 0 && std::find(order.begin(), order.end(), must) == order.end()) {
            if (static_cast<int>(order.size()) == take && !order.empty()) order.pop_back();
            order.push_back(must);
        }
        std::sort(order.begin(), order.end());
        for (int j : order) {
            problem.mentor.push_back(static_cast<std::uint32_t>(j));
            problem.score.push_back(row[j] == INELIGIBLE ? 0 : row[j]);
        }
        order.resize(scores.mentors());
        problem.first.push_back(static_cast<std::uint32_t>(problem.mentor.size()));
    }
    return problem;
}

bool write_problem(const std::string& path, const optimize::AssignmentProblem& problem,
                   optimize::Objective objective)
{
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return false;
    const std::int32_t header[6] = {
        0x504D4154,  // "TAMP"
        1,
        objective == optimize::Objective::MaxTotalScore ? 0 : 1,
        problem.mentees(),
        problem.mentors(),
        static_cast<std::int32_t>(problem.mentor.size())};
    put(file, header, 6);
    put(file, problem.mentee_capacity.data(), problem.mentee_capacity.size());
    put(file, problem.mentor_capacity.data(), problem.mentor_capacity.size());
    put(file, problem.first.data(), problem.first.size());
    put(file, problem.mentor.data(), problem.mentor.size());
    put(file, problem.score.data(), problem.score.size());
    return std::fclose(file) == 0;
}

}
