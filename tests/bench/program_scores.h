// Scores from a seeded program scored by the real matching rules: people with skills,
// interests, availability, time zones, departments, levels, reporting lines and
// questionnaire answers, built straight into a ProgramState (a benchmark of 20,000
// people cannot wait for 20,000 commands). Depends on: core/domain, bench_scores.h.
#pragma once

#include "bench_scores.h"
#include "core/domain/matching/scoring_model.h"
#include "core/domain/state.h"

#include <memory>

namespace turnabout::bench {

struct ProgramShape {
    int mentees = 0;
    int mentors = 0;
    int min_mentor_capacity = 1;
    int max_mentor_capacity = 1;
    std::uint64_t seed = 1;
};

// The seeded program: the default questionnaire's criteria and every profile criterion.
ProgramState seeded_program(const ProgramShape& shape);

class ProgramScoreSource final : public ScoreSource {
public:
    explicit ProgramScoreSource(const ProgramShape& shape);

    int mentees() const override;
    int mentors() const override;
    int mentee_capacity(int mentee) const override;
    int mentor_capacity(int mentor) const override;
    void score_row(int mentee, std::int32_t* row) const override;

    const matching::ScoringModel& model() const { return *m_model; }

private:
    ProgramState m_state;
    std::unique_ptr<matching::ScoringModel> m_model;
};

}
