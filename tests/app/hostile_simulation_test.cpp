// The simulation of honest browsers with one to three hostile browsers among them
// (support/hostile_simulation.h), over many seeds.
//
// After the honest browsers exchanged everything honest: they hold the same program
// and export the same bytes, every change an honest browser recorded is in the log
// and none was refused for authority, a hostile file that was refused changed nothing,
// a hostile browser's effective changes are only its own person's, and the hostile
// changes replay refused changed nothing: without them, the program is the same.
#include "support/hostile_simulation.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// 200 seeds take about 15 s natively at -O1 (a 2-core machine, otherwise idle). WebAssembly's libsodium (built without
// assembly) is slower, so the node run checks fewer seeds of the same simulation.
#ifdef __EMSCRIPTEN__
constexpr std::uint64_t HOSTILE_SEEDS = 50;
#else
constexpr std::uint64_t HOSTILE_SEEDS = 200;
#endif

}

TEST(HostileSimulation, HonestBrowsersConvergeAndNoHostileActOutgrowsItsAuthor)
{
    SimulationTally tally;
    HostileTally hostile;
    std::vector<std::string> failures;
    for (std::uint64_t seed = 1; seed <= HOSTILE_SEEDS; ++seed) {
        if (std::string failure = HostileSimulation(seed, tally, hostile).run(); !failure.empty())
            failures.push_back(failure);
    }
    std::string listed;
    for (std::size_t i = 0; i < failures.size() && i < 10; ++i)
        listed += "\n  " + failures[i];
    EXPECT_TRUE(failures.empty()) << failures.size() << " of " << HOSTILE_SEEDS << " seeds failed; the first:" << listed;

    std::string moves;
    for (std::size_t k = 0; k < MOVES; ++k)
        moves += std::string(k ? "; " : "") + MOVE_NAMES[k] + " " + std::to_string(hostile.made[k]) + " (" + std::to_string(hostile.opened[k]) + " opened, " + std::to_string(hostile.refused[k]) + " refused)";
    std::printf("[ hostile  ] %zu enrolled and %zu stranger browsers; %s\n", hostile.enrolled, hostile.strangers, moves.c_str());
    std::printf("[ hostile  ] %zu exclusions reported; in the converged logs %zu hostile changes took effect, %zu were refused by replay; %zu honest changes, %zu resolved by a written rule\n",
        hostile.exclusions, hostile.hostile_events_effective, hostile.hostile_events_refused, hostile.honest_events, hostile.honest_conflicts);
    std::printf("[ tally    ] %zu commands accepted, %zu refused; %zu joins, %zu approvals, %zu requests sent, %zu accepted; %zu imports (%zu partial), %zu events held, %zu conflicts; %zu removals\n",
        tally.accepted_commands, tally.refused_commands, tally.joins, tally.approvals, tally.requests_sent, tally.requests_accepted, tally.imports, tally.partial_imports,
        tally.held_events, tally.conflicts, tally.removals);

    // Every kind of hostile move was made often, and honest browsers opened its files:
    // the test cannot stop attacking without failing.
    const std::size_t minimum = HOSTILE_SEEDS / 4;
    for (std::size_t k = 0; k < MOVES; ++k) {
        EXPECT_GE(hostile.made[k], minimum) << MOVE_NAMES[k];
        EXPECT_GE(hostile.opened[k], minimum) << MOVE_NAMES[k];
    }
    EXPECT_GE(hostile.enrolled, HOSTILE_SEEDS / 2);
    EXPECT_GE(hostile.strangers, HOSTILE_SEEDS / 4);
    // Some hostile files were refused, some opened; two-faced browsers were caught.
    EXPECT_GE(tally.hostile_refused, HOSTILE_SEEDS);
    EXPECT_GE(tally.hostile_files - tally.hostile_refused, HOSTILE_SEEDS);
    EXPECT_GE(hostile.exclusions, HOSTILE_SEEDS / 10);
    EXPECT_GE(hostile.hostile_events_effective, HOSTILE_SEEDS / 2);
    // The honest side still did what it does.
    EXPECT_GE(tally.joins, HOSTILE_SEEDS * 2);
    EXPECT_GE(tally.requests_sent, HOSTILE_SEEDS);
    EXPECT_GE(tally.partial_imports, HOSTILE_SEEDS * 2);
    EXPECT_GE(tally.removals, HOSTILE_SEEDS / 4);
}
