// The solver's engine: a min-cost flow found by successive shortest augmenting paths
// with potentials, one augmentation per unit of mentee capacity, in steps.
// Depends on: core/optimize/prepared_problem.h.
#pragma once

#include "core/optimize/assignment.h"
#include "core/optimize/prepared_problem.h"

#include <memory>

namespace turnabout::optimize {

// How the engine holds the pairs: a dense matrix (fast when most pairs are eligible) or
// the candidate lists with a heap (fast when few are). Auto chooses by density.
enum class Layout { Auto, Dense, Sparse };

class Engine {
public:
    virtual ~Engine() = default;
    // Up to `units` augmentations; true when finished.
    virtual bool run(int units) = 0;
    virtual bool done() const = 0;
    virtual double progress() const = 0;
    virtual Assignment result() const = 0;
};

std::unique_ptr<Engine> make_engine(PreparedProblem prepared, Objective objective,
                                    Layout layout = Layout::Auto);

}
