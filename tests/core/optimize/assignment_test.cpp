#include "core/optimize/assignment.h"

#include "core/optimize/flow_engine.h"
#include "core/optimize/prepared_problem.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace turnabout::optimize {
namespace {

// The same numbers in every build (the standard distributions differ between libraries).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }

private:
    std::uint64_t m_state;
};

struct Pair {
    int mentee;
    int mentor;
    std::int32_t score;
};

AssignmentProblem make_problem(std::vector<int> mentee_capacity, std::vector<int> mentor_capacity,
                               const std::vector<Pair>& pairs)
{
    AssignmentProblem problem;
    problem.mentee_capacity = std::move(mentee_capacity);
    problem.mentor_capacity = std::move(mentor_capacity);
    problem.first.assign(problem.mentee_capacity.size() + 1, 0);
    for (const Pair& p : pairs) ++problem.first[p.mentee + 1];
    for (std::size_t i = 0; i < problem.mentee_capacity.size(); ++i)
        problem.first[i + 1] += problem.first[i];
    problem.mentor.resize(pairs.size());
    problem.score.resize(pairs.size());
    std::vector<std::uint32_t> at(problem.first.begin(), problem.first.end() - 1);
    for (const Pair& p : pairs) {
        problem.mentor[at[p.mentee]] = static_cast<std::uint32_t>(p.mentor);
        problem.score[at[p.mentee]++] = p.score;
    }
    return problem;
}

using Pairs = std::vector<std::pair<int, int>>;

// Every pair is eligible, capacities hold, and the total is the sum of the pairs' scores.
void expect_valid(const AssignmentProblem& problem, const Assignment& result, Objective objective)
{
    std::vector<int> mentee_load(problem.mentee_capacity.size(), 0);
    std::vector<int> mentor_load(problem.mentor_capacity.size(), 0);
    std::int64_t total = 0;
    ASSERT_TRUE(std::is_sorted(result.pairs.begin(), result.pairs.end()));
    ASSERT_TRUE(std::adjacent_find(result.pairs.begin(), result.pairs.end()) == result.pairs.end());
    for (const auto& [i, j] : result.pairs) {
        ASSERT_GE(i, 0);
        ASSERT_LT(i, problem.mentees());
        ASSERT_GE(j, 0);
        ASSERT_LT(j, problem.mentors());
        std::int32_t best = -1;
        for (std::uint32_t e = problem.first[i]; e < problem.first[i + 1]; ++e)
            if (static_cast<int>(problem.mentor[e]) == j) best = std::max(best, problem.score[e]);
        ASSERT_GE(best, 0) << "pair " << i << "," << j << " is not eligible";
        if (objective == Objective::MaxTotalScore) {
            EXPECT_GT(best, 0) << "a pair of score 0";
        }
        total += best;
        ++mentee_load[i];
        ++mentor_load[j];
    }
    for (std::size_t i = 0; i < mentee_load.size(); ++i)
        EXPECT_LE(mentee_load[i], problem.mentee_capacity[i]);
    for (std::size_t j = 0; j < mentor_load.size(); ++j)
        EXPECT_LE(mentor_load[j], problem.mentor_capacity[j]);
    EXPECT_EQ(total, result.total_score);
}

Assignment solve_with(const AssignmentProblem& problem, Objective objective, Layout layout)
{
    auto engine = make_engine(prepare_problem(problem, objective), objective, layout);
    while (!engine->run(1 << 20)) {
    }
    return engine->result();
}

// ---- hand-worked examples ----

TEST(AssignmentExamples, GreedyIsWrong)
{
    // Greedy takes A-X (10) and is left with B-Y (1): 11. The optimum is 9 + 8 = 17.
    const auto problem = make_problem({1, 1}, {1, 1}, {{0, 0, 10}, {0, 1, 9}, {1, 0, 8}, {1, 1, 1}});
    for (Objective objective : {Objective::MaxTotalScore, Objective::MaxPairsThenScore}) {
        const Assignment result = solve_assignment(problem, objective);
        EXPECT_EQ(result.pairs, (Pairs{{0, 1}, {1, 0}}));
        EXPECT_EQ(result.total_score, 17);
    }
}

TEST(AssignmentExamples, PairsFirstGivesUpScore)
{
    // A alone with X scores 10; A-Y and B-X are two pairs worth 2.
    const auto problem = make_problem({1, 1}, {1, 1}, {{0, 0, 10}, {0, 1, 1}, {1, 0, 1}});
    const Assignment total = solve_assignment(problem, Objective::MaxTotalScore);
    EXPECT_EQ(total.pairs, (Pairs{{0, 0}}));
    EXPECT_EQ(total.total_score, 10);
    const Assignment pairs = solve_assignment(problem, Objective::MaxPairsThenScore);
    EXPECT_EQ(pairs.pairs, (Pairs{{0, 1}, {1, 0}}));
    EXPECT_EQ(pairs.total_score, 2);
}

TEST(AssignmentExamples, CapacitiesOnBothSides)
{
    // Mentee 0 takes two mentors, mentor 0 takes two mentees. Scores:
    //            m0  m1  m2
    //   mentee0   9   8   .
    //   mentee1   7   .   6
    //   mentee2   5   4   .
    // Mentor capacities 2, 1, 1. Best: 0-m0 9, 0-m1 8, 1-m2 6, 2-m0 5 = 28
    // (1-m0 7 instead of 1-m2 and 2-m0 gives 9 + 8 + 7 = 24, with 2 left out).
    const auto problem = make_problem({2, 1, 1}, {2, 1, 1},
        {{0, 0, 9}, {0, 1, 8}, {1, 0, 7}, {1, 2, 6}, {2, 0, 5}, {2, 1, 4}});
    const Assignment result = solve_assignment(problem, Objective::MaxTotalScore);
    EXPECT_EQ(result.pairs, (Pairs{{0, 0}, {0, 1}, {1, 2}, {2, 0}}));
    EXPECT_EQ(result.total_score, 28);
}

TEST(AssignmentExamples, MenteeWithoutCandidatesStaysUnmatched)
{
    const auto problem = make_problem({1, 1, 1}, {1, 1}, {{0, 0, 3}, {2, 0, 5}, {2, 1, 1}});
    const Assignment result = solve_assignment(problem, Objective::MaxPairsThenScore);
    EXPECT_EQ(result.pairs, (Pairs{{0, 0}, {2, 1}}));
    EXPECT_EQ(result.total_score, 4);
    const Assignment total = solve_assignment(problem, Objective::MaxTotalScore);
    EXPECT_EQ(total.pairs, (Pairs{{2, 0}}));
    EXPECT_EQ(total.total_score, 5);
}

TEST(AssignmentExamples, ZeroScorePairsCountOnlyAsPairs)
{
    const auto problem = make_problem({1, 1}, {1, 1}, {{0, 0, 0}, {1, 1, 0}, {1, 0, 2}});
    const Assignment total = solve_assignment(problem, Objective::MaxTotalScore);
    EXPECT_EQ(total.pairs, (Pairs{{1, 0}}));
    EXPECT_EQ(total.total_score, 2);
    const Assignment pairs = solve_assignment(problem, Objective::MaxPairsThenScore);
    EXPECT_EQ(pairs.pairs, (Pairs{{0, 0}, {1, 1}}));
    EXPECT_EQ(pairs.total_score, 0);
}

TEST(AssignmentExamples, DuplicatePairsAreUsedOnce)
{
    const auto problem = make_problem({2}, {2}, {{0, 0, 3}, {0, 0, 5}});
    const Assignment result = solve_assignment(problem, Objective::MaxPairsThenScore);
    EXPECT_EQ(result.pairs, (Pairs{{0, 0}}));
    EXPECT_EQ(result.total_score, 5);
}

TEST(AssignmentExamples, EmptyProblems)
{
    EXPECT_TRUE(solve_assignment(make_problem({}, {}, {}), Objective::MaxTotalScore).pairs.empty());
    EXPECT_TRUE(solve_assignment(make_problem({2}, {}, {}), Objective::MaxPairsThenScore).pairs.empty());
    const auto no_room = make_problem({0, 1}, {1, 0}, {{0, 0, 5}, {1, 1, 5}});
    EXPECT_TRUE(solve_assignment(no_room, Objective::MaxPairsThenScore).pairs.empty());
}

TEST(AssignmentExamples, MalformedProblemsAreRefused)
{
    auto bad_mentor = make_problem({1}, {1}, {{0, 0, 1}});
    bad_mentor.mentor[0] = 1;
    EXPECT_THROW(solve_assignment(bad_mentor, Objective::MaxTotalScore), std::invalid_argument);
    auto bad_score = make_problem({1}, {1}, {{0, 0, 1'000'001}});
    EXPECT_THROW(solve_assignment(bad_score, Objective::MaxTotalScore), std::invalid_argument);
    auto bad_first = make_problem({1}, {1}, {{0, 0, 1}});
    bad_first.first.pop_back();
    EXPECT_THROW(solve_assignment(bad_first, Objective::MaxTotalScore), std::invalid_argument);
    auto bad_capacity = make_problem({-1}, {1}, {{0, 0, 1}});
    EXPECT_THROW(solve_assignment(bad_capacity, Objective::MaxTotalScore), std::invalid_argument);
}

TEST(AssignmentExamples, LargestScoresDoNotOverflow)
{
    // 300 mentees all wanting the same 200 mentors at the top score: the unmatched cost
    // of MaxPairsThenScore is then far beyond 32 bits.
    std::vector<Pair> pairs;
    for (int i = 0; i < 300; ++i)
        for (int j = 0; j < 200; ++j)
            pairs.push_back({i, j, (i + j) % 7 == 0 ? 0 : 1'000'000});
    const auto problem = make_problem(std::vector<int>(300, 1), std::vector<int>(200, 1), pairs);
    for (Layout layout : {Layout::Dense, Layout::Sparse}) {
        const Assignment result = solve_with(problem, Objective::MaxPairsThenScore, layout);
        expect_valid(problem, result, Objective::MaxPairsThenScore);
        EXPECT_EQ(result.pairs.size(), 200u);
        EXPECT_EQ(result.total_score, 200'000'000);
    }
}

// ---- exhaustive search on small random problems ----

struct Value {
    int pairs = 0;
    std::int64_t score = 0;
};

// Every way to give each mentee a subset of its candidates within the capacities, with
// the best of the rest memoised by the mentors' remaining capacities.
class BruteForce {
public:
    BruteForce(const AssignmentProblem& problem, Objective objective)
        : m_problem(problem), m_objective(objective)
    {
    }

    Value best()
    {
        std::vector<int> room = m_problem.mentor_capacity;
        return search(0, room);
    }

private:
    bool better(const Value& a, const Value& b) const
    {
        if (m_objective == Objective::MaxPairsThenScore && a.pairs != b.pairs) return a.pairs > b.pairs;
        return a.score > b.score;
    }

    Value search(int mentee, std::vector<int>& room)
    {
        if (mentee == m_problem.mentees()) return {};
        std::int64_t key = mentee;
        for (int r : room) key = key * 8 + r;
        const auto found = m_memo.find(key);
        if (found != m_memo.end()) return found->second;

        const std::uint32_t begin = m_problem.first[mentee];
        const auto count = static_cast<int>(m_problem.first[mentee + 1] - begin);
        Value best;
        bool any = false;
        for (int subset = 0; subset < (1 << count); ++subset) {
            if (__builtin_popcount(static_cast<unsigned>(subset)) > m_problem.mentee_capacity[mentee]) continue;
            Value here;
            bool fits = true;
            std::vector<int> used_mentors;
            for (int b = 0; b < count; ++b) {
                if (!(subset >> b & 1)) continue;
                const auto j = static_cast<int>(m_problem.mentor[begin + b]);
                if (room[j] == 0 || std::find(used_mentors.begin(), used_mentors.end(), j) != used_mentors.end()) {
                    fits = false;
                    break;
                }
                used_mentors.push_back(j);
                here.pairs += 1;
                here.score += m_problem.score[begin + b];
            }
            if (!fits) continue;
            for (int j : used_mentors) --room[j];
            const Value rest = search(mentee + 1, room);
            for (int j : used_mentors) ++room[j];
            here.pairs += rest.pairs;
            here.score += rest.score;
            if (!any || better(here, best)) best = here;
            any = true;
        }
        m_memo[key] = best;
        return best;
    }

    const AssignmentProblem& m_problem;
    Objective m_objective;
    std::map<std::int64_t, Value> m_memo;
};

AssignmentProblem random_problem(Random& random, int max_mentees, int max_mentors, int max_capacity,
                                 int max_score)
{
    const int mentees = random.between(1, max_mentees);
    const int mentors = random.between(1, max_mentors);
    std::vector<int> mentee_capacity(mentees), mentor_capacity(mentors);
    for (int& c : mentee_capacity) c = random.between(max_capacity > 1 ? 0 : 1, max_capacity);
    for (int& c : mentor_capacity) c = random.between(max_capacity > 1 ? 0 : 1, max_capacity);
    const int density = random.between(10, 100);
    std::vector<Pair> pairs;
    for (int i = 0; i < mentees; ++i)
        for (int j = 0; j < mentors; ++j)
            if (random.below(100) < density) pairs.push_back({i, j, random.between(0, max_score)});
    // Candidates in a scrambled order, as callers may give them.
    for (std::size_t k = pairs.size(); k > 1; --k)
        std::swap(pairs[k - 1], pairs[static_cast<std::size_t>(random.below(static_cast<int>(k)))]);
    return make_problem(std::move(mentee_capacity), std::move(mentor_capacity), pairs);
}

TEST(AssignmentBruteForce, SmallRandomProblemsAreSolvedExactly)
{
    Random random(20240611);
    int checked = 0;
    for (int round = 0; round < 4000; ++round) {
        // Few distinct scores make many ties; a large range makes few.
        const int max_score = round % 3 == 0 ? 1'000'000 : random.between(1, 4);
        const int max_capacity = round % 4 == 0 ? 1 : 3;
        const AssignmentProblem problem = random_problem(random, 5, 5, max_capacity, max_score);
        for (Objective objective : {Objective::MaxTotalScore, Objective::MaxPairsThenScore}) {
            const Value expected = BruteForce(problem, objective).best();
            for (Layout layout : {Layout::Auto, Layout::Dense, Layout::Sparse}) {
                const Assignment result = layout == Layout::Auto ? solve_assignment(problem, objective)
                                                                 : solve_with(problem, objective, layout);
                SCOPED_TRACE("round " + std::to_string(round) + " objective " +
                             std::to_string(static_cast<int>(objective)) + " layout " +
                             std::to_string(static_cast<int>(layout)));
                expect_valid(problem, result, objective);
                ASSERT_EQ(result.total_score, expected.score);
                if (objective == Objective::MaxPairsThenScore) {
                    ASSERT_EQ(static_cast<int>(result.pairs.size()), expected.pairs);
                }
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, 4000 * 2 * 3);
}

// ---- an independent reference on medium problems ----

// Plain successive shortest paths with Bellman-Ford on the explicit network (source,
// mentees, mentors, sink) with costs -score: the cheapest flow of each size in turn.
class BellmanFordFlow {
public:
    explicit BellmanFordFlow(const AssignmentProblem& problem)
        : m_mentees(problem.mentees()), m_nodes(problem.mentees() + problem.mentors() + 2)
    {
        m_out.resize(m_nodes);
        const int source = m_nodes - 2, sink = m_nodes - 1;
        for (int i = 0; i < m_mentees; ++i) arc(source, i, problem.mentee_capacity[i], 0);
        for (int j = 0; j < problem.mentors(); ++j)
            arc(m_mentees + j, sink, problem.mentor_capacity[j], 0);
        for (int i = 0; i < m_mentees; ++i)
            for (std::uint32_t e = problem.first[i]; e < problem.first[i + 1]; ++e)
                arc(i, m_mentees + static_cast<int>(problem.mentor[e]), 1, -problem.score[e]);
    }

    Value solve(Objective objective)
    {
        const int source = m_nodes - 2, sink = m_nodes - 1;
        Value value;
        for (;;) {
            std::vector<std::int64_t> dist(m_nodes, std::numeric_limits<std::int64_t>::max());
            std::vector<int> via(m_nodes, -1);
            dist[source] = 0;
            for (bool changed = true; changed;) {
                changed = false;
                for (int u = 0; u < m_nodes; ++u) {
                    if (dist[u] == std::numeric_limits<std::int64_t>::max()) continue;
                    for (int a : m_out[u]) {
                        const Arc& arc = m_arcs[a];
                        if (arc.capacity > 0 && dist[u] + arc.cost < dist[arc.to]) {
                            dist[arc.to] = dist[u] + arc.cost;
                            via[arc.to] = a;
                            changed = true;
                        }
                    }
                }
            }
            if (via[sink] < 0) break;
            if (objective == Objective::MaxTotalScore && dist[sink] >= 0) break;
            for (int v = sink; v != source; v = m_arcs[via[v] ^ 1].to) {
                --m_arcs[via[v]].capacity;
                ++m_arcs[via[v] ^ 1].capacity;
            }
            value.pairs += 1;
            value.score -= dist[sink];
        }
        return value;
    }

private:
    struct Arc {
        int to;
        int capacity;
        std::int64_t cost;
    };

    void arc(int from, int to, int capacity, std::int64_t cost)
    {
        m_out[from].push_back(static_cast<int>(m_arcs.size()));
        m_arcs.push_back({to, capacity, cost});
        m_out[to].push_back(static_cast<int>(m_arcs.size()));
        m_arcs.push_back({from, 0, -cost});
    }

    int m_mentees;
    int m_nodes;
    std::vector<Arc> m_arcs;
    std::vector<std::vector<int>> m_out;
};

TEST(AssignmentReference, MediumRandomProblemsMatchBellmanFord)
{
    Random random(77);
    for (int round = 0; round < 16; ++round) {
        const int density = round % 2 == 0 ? 90 : 8;
        const int max_score = round % 4 < 2 ? 20 : 1'000'000;
        std::vector<int> mentee_capacity(60), mentor_capacity(40);
        for (int& c : mentee_capacity) c = random.between(0, 2);
        for (int& c : mentor_capacity) c = random.between(1, 3);
        std::vector<Pair> pairs;
        for (int i = 0; i < 60; ++i)
            for (int j = 0; j < 40; ++j)
                if (random.below(100) < density) pairs.push_back({i, j, random.between(0, max_score)});
        const auto problem = make_problem(mentee_capacity, mentor_capacity, pairs);
        for (Objective objective : {Objective::MaxTotalScore, Objective::MaxPairsThenScore}) {
            const Value expected = BellmanFordFlow(problem).solve(objective);
            for (Layout layout : {Layout::Dense, Layout::Sparse}) {
                SCOPED_TRACE("round " + std::to_string(round));
                const Assignment result = solve_with(problem, objective, layout);
                expect_valid(problem, result, objective);
                EXPECT_EQ(result.total_score, expected.score);
                if (objective == Objective::MaxPairsThenScore) {
                    EXPECT_EQ(static_cast<int>(result.pairs.size()), expected.pairs);
                }
            }
        }
    }
}

// ---- steps, determinism ----

TEST(AssignmentSteps, OneUnitAtATimeGivesTheSameResult)
{
    Random random(5);
    std::vector<int> mentee_capacity(80), mentor_capacity(50);
    for (int& c : mentee_capacity) c = random.between(1, 2);
    for (int& c : mentor_capacity) c = random.between(1, 3);
    std::vector<Pair> pairs;
    for (int i = 0; i < 80; ++i)
        for (int j = 0; j < 50; ++j)
            if (random.below(100) < 30) pairs.push_back({i, j, random.between(0, 9)});
    const auto problem = make_problem(mentee_capacity, mentor_capacity, pairs);
    for (Objective objective : {Objective::MaxTotalScore, Objective::MaxPairsThenScore}) {
        const Assignment whole = solve_assignment(problem, objective);
        AssignmentSolver solver(problem, objective);
        double last = solver.progress();
        EXPECT_GE(last, 0.0);
        int calls = 0;
        while (!solver.run(1)) {
            EXPECT_GE(solver.progress(), last);
            EXPECT_LE(solver.progress(), 1.0);
            last = solver.progress();
            ++calls;
        }
        EXPECT_GT(calls, 1);
        EXPECT_TRUE(solver.done());
        EXPECT_EQ(solver.progress(), 1.0);
        EXPECT_TRUE(solver.run(1));
        const Assignment stepped = solver.result();
        EXPECT_EQ(stepped.pairs, whole.pairs);
        EXPECT_EQ(stepped.total_score, whole.total_score);
    }
}

TEST(AssignmentSteps, MovedSolverKeepsWorking)
{
    const auto problem = make_problem({1, 1}, {1, 1}, {{0, 0, 10}, {0, 1, 9}, {1, 0, 8}, {1, 1, 1}});
    AssignmentSolver first(problem, Objective::MaxTotalScore);
    AssignmentSolver second = std::move(first);
    while (!second.run(1)) {
    }
    EXPECT_EQ(second.result().total_score, 17);
}

// The pairs chosen among many equally good assignments are fixed by the algorithm alone:
// this checksum is the same natively and in WebAssembly.
TEST(AssignmentDeterminism, TiesAreBrokenTheSameWayEverywhere)
{
    Random random(99);
    std::vector<Pair> pairs;
    for (int i = 0; i < 120; ++i)
        for (int j = 0; j < 90; ++j)
            if (random.below(100) < 40) pairs.push_back({i, j, random.between(0, 3)});
    std::vector<int> mentee_capacity(120, 1), mentor_capacity(90);
    for (int& c : mentor_capacity) c = random.between(1, 2);
    const auto problem = make_problem(mentee_capacity, mentor_capacity, pairs);
    std::vector<std::uint64_t> sums;
    for (Objective objective : {Objective::MaxTotalScore, Objective::MaxPairsThenScore}) {
        for (Layout layout : {Layout::Dense, Layout::Sparse}) {
            const Assignment result = solve_with(problem, objective, layout);
            std::uint64_t sum = 1469598103934665603ull;
            for (const auto& [i, j] : result.pairs) sum = (sum ^ static_cast<std::uint64_t>(i * 1000 + j)) * 1099511628211ull;
            sums.push_back(sum);
        }
    }
    EXPECT_EQ(sums, (std::vector<std::uint64_t>{16295935812741898379ull, 11916413540413370339ull,
                                                16295935812741898379ull, 11916413540413370339ull}));
}

}
}
