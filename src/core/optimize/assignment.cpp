#include "core/optimize/assignment.h"

#include "core/optimize/flow_engine.h"
#include "core/optimize/prepared_problem.h"

namespace turnabout::optimize {

struct AssignmentSolver::Impl {
    std::unique_ptr<Engine> engine;
};

AssignmentSolver::AssignmentSolver(AssignmentProblem problem, Objective objective)
    : m_impl(std::make_unique<Impl>(Impl{make_engine(prepare_problem(std::move(problem), objective), objective)}))
{
}
AssignmentSolver::~AssignmentSolver() = default;
AssignmentSolver::AssignmentSolver(AssignmentSolver&&) noexcept = default;
AssignmentSolver& AssignmentSolver::operator=(AssignmentSolver&&) noexcept = default;

bool AssignmentSolver::run(int units) { return m_impl->engine->run(units); }
bool AssignmentSolver::done() const { return m_impl->engine->done(); }
double AssignmentSolver::progress() const { return m_impl->engine->progress(); }
Assignment AssignmentSolver::result() const { return m_impl->engine->result(); }

Assignment solve_assignment(AssignmentProblem problem, Objective objective)
{
    AssignmentSolver solver(std::move(problem), objective);
    while (!solver.run(1 << 20)) {
    }
    return solver.result();
}

}
