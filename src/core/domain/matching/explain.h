// A pair's score with its explanation: per criterion what matched, in words, and how
// much it contributed; the rule or threshold that excludes the pair, if any. The slow,
// wordy twin of scoring_model.h, which must give the same scores.
// Depends on: core/domain/state.h.
#pragma once

#include "core/domain/matching/eligibility.h"
#include "core/domain/matching/matching.h"
#include "core/domain/state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace turnabout::matching {

struct CriterionResult {
    CriterionSetting setting;
    std::string label;
    // Both people gave what this criterion reads.
    bool answered = false;
    int similarity = 0; // thousandths
    // Score points this criterion added, in tenths (the score is their sum, rounded).
    int points_tenths = 0;
    std::string detail;
    bool below_threshold = false;
};

struct ScoreExplanation {
    // 0..100; 0 when excluded.
    int score = 0;
    std::vector<CriterionResult> criteria;
    std::optional<Exclusion> exclusion;
};

// The score from the criteria's weighted similarities: 0..100, rounded half up.
int combine_score(std::int64_t weighted_similarity, std::int64_t total_weight);

ScoreExplanation explain_pair(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentor, const people::Person& mentee);

// The answer a person gave to a question, or null.
const questionnaire::Answer* answer_of(const people::Person& person, const questionnaire::QuestionId& question);

}
