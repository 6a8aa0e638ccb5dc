// Times scoring every mentee x mentor pair of a seeded program with the real matching
// rules, and prints one line of JSON. Usage: turnabout_scoring_bench [MENTEES MENTORS]
#include "core/domain/matching/criteria.h"
#include "program_scores.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv)
{
    using namespace turnabout;
    bench::ProgramShape shape;
    shape.mentees = argc > 2 ? std::atoi(argv[1]) : 10000;
    shape.mentors = argc > 2 ? std::atoi(argv[2]) : 10000;
    shape.seed = 7;
    ProgramState state = bench::seeded_program(shape);
    auto start = std::chrono::steady_clock::now();
    matching::ScoringModel model(state, state.program->match_types.front());
    double build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::vector<std::int16_t> row(model.mentors().size());
    std::int64_t checksum = 0;
    std::int64_t eligible = 0;
    start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < model.mentees().size(); ++i) {
        model.score_row(static_cast<int>(i), row);
        for (std::int16_t s : row) {
            if (s != matching::EXCLUDED) {
                checksum += s;
                ++eligible;
            }
        }
    }
    double score_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    double pairs = static_cast<double>(model.mentees().size()) * static_cast<double>(model.mentors().size());
    std::printf("{\"mentees\": %zu, \"mentors\": %zu, \"criteria\": %zu, \"model_ms\": %.1f, \"score_ms\": %.1f, \"ns_per_pair\": %.2f, \"eligible\": %lld, \"checksum\": %lld}\n",
        model.mentees().size(), model.mentors().size(), matching::effective_criteria(state).size(), build_ms, score_ms, score_ms * 1e6 / pairs, static_cast<long long>(eligible), static_cast<long long>(checksum));
    return 0;
}
