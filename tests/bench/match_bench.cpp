// Times bulk matching on a seeded problem and prints one line of JSON; optionally writes
// the problem for the reference script. Usage:
//   turnabout_match_bench dense|sparse [--seed N] [--runs N] [--write FILE] [--scores program|random]
// Scores come from a seeded program scored by the matching rules (the default) or are
// uniformly random.
#include "bench_problem.h"
#include "bench_scores.h"
#include "program_scores.h"
#include "core/optimize/assignment.h"

#include <algorithm>
#include <memory>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace turnabout;

struct Options {
    std::string kind;
    std::uint64_t seed = 1;
    int runs = 3;
    std::string write;
    std::string scores = "program";
};

bool parse(int argc, char** argv, Options& options)
{
    if (argc < 2) return false;
    options.kind = argv[1];
    if (options.kind != "dense" && options.kind != "sparse") return false;
    for (int a = 2; a + 1 < argc; a += 2) {
        const std::string flag = argv[a];
        if (flag == "--seed") options.seed = std::strtoull(argv[a + 1], nullptr, 10);
        else if (flag == "--runs") options.runs = std::max(1, std::atoi(argv[a + 1]));
        else if (flag == "--write") options.write = argv[a + 1];
        else if (flag == "--scores") options.scores = argv[a + 1];
        else return false;
    }
    return options.scores == "program" || options.scores == "random";
}

double milliseconds_since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}

int main(int argc, char** argv)
{
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(stderr, "usage: turnabout_match_bench dense|sparse [--seed N] [--runs N] [--write FILE] [--scores program|random]\n");
        return 2;
    }
#ifdef __EMSCRIPTEN__
    const char* build = "wasm";
#else
    const char* build = "native";
#endif
    const bool dense = options.kind == "dense";
    const auto objective = dense ? optimize::Objective::MaxTotalScore : optimize::Objective::MaxPairsThenScore;

    const auto generate_start = std::chrono::steady_clock::now();
    std::unique_ptr<bench::ScoreSource> scores;
    if (options.scores == "program") {
        bench::ProgramShape program = dense ? bench::ProgramShape{2000, 1200, 1, 3, options.seed} : bench::ProgramShape{10000, 10000, 1, 1, options.seed};
        scores = std::make_unique<bench::ProgramScoreSource>(program);
    } else {
        bench::RandomScoreShape shape;
        if (dense) {
            shape = {2000, 1200, 1, 3, 100, 10};
        } else {
            shape = {10000, 10000, 1, 1, 1'000'000, 0};
        }
        scores = bench::random_scores(shape, options.seed);
    }
    const optimize::AssignmentProblem problem =
        dense ? bench::all_pairs_problem(*scores) : bench::top_k_problem(*scores, 50, options.seed);
    const double generate_ms = milliseconds_since(generate_start);
    if (!options.write.empty() && !bench::write_problem(options.write, problem, objective)) {
        std::fprintf(stderr, "cannot write %s\n", options.write.c_str());
        return 1;
    }

    std::vector<double> times;
    optimize::Assignment result;
    for (int run = 0; run < options.runs; ++run) {
        optimize::AssignmentProblem copy = problem;
        const auto start = std::chrono::steady_clock::now();
        result = optimize::solve_assignment(std::move(copy), objective);
        times.push_back(milliseconds_since(start));
    }
    std::string runs;
    for (double t : times) runs += (runs.empty() ? "" : ", ") + std::to_string(t);
    std::printf("{\"case\": \"%s\", \"build\": \"%s\", \"scores\": \"%s\", \"seed\": %llu, \"mentees\": %d, \"mentors\": %d, "
                "\"eligible_pairs\": %zu, \"generate_ms\": %.1f, \"time_ms\": %.3f, \"runs_ms\": [%s], "
                "\"total\": %lld, \"pairs\": %zu}\n",
                options.kind.c_str(), build, options.scores.c_str(), static_cast<unsigned long long>(options.seed), problem.mentees(),
                problem.mentors(), problem.mentor.size(), generate_ms,
                *std::min_element(times.begin(), times.end()), runs.c_str(),
                static_cast<long long>(result.total_score), result.pairs.size());
    return 0;
}
