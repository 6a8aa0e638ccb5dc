#include "core/optimize/assignment.h"

namespace turnabout::optimize {

struct AssignmentSolver::Impl {
    AssignmentProblem problem;
    Objective objective;
    bool finished = false;
};

AssignmentSolver::AssignmentSolver(AssignmentProblem problem, Objective objective)
    : m_impl(std::make_unique<Impl>(Impl{std::move(problem), objective}))
{
}
AssignmentSolver::~AssignmentSolver() = default;
AssignmentSolver::AssignmentSolver(AssignmentSolver&&) noexcept = default;
AssignmentSolver& AssignmentSolver::operator=(AssignmentSolver&&) noexcept = default;

bool AssignmentSolver::run(int)
{
    m_impl->finished = true;
    return true;
}
bool AssignmentSolver::done() const { return m_impl->finished; }
double AssignmentSolver::progress() const { return m_impl->finished ? 1.0 : 0.0; }
Assignment AssignmentSolver::result() const { return {}; }

Assignment solve_assignment(AssignmentProblem problem, Objective objective)
{
    AssignmentSolver solver(std::move(problem), objective);
    while (!solver.run(1 << 20)) {
    }
    return solver.result();
}

}
