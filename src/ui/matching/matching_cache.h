// Matching results worth keeping between frames: candidates, recommendations and
// explained pairs, computed once per change of the program (the store's revision).
// Depends on: app/store, core/domain/matching.
#pragma once

#include "app/store.h"
#include "core/domain/matching/explain.h"
#include "core/domain/matching/recommendations.h"

#include <cstdint>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace turnabout::ui {

class MatchingCache {
public:
    // Forgets everything when the store, the program or its revision changed.
    void refresh(const Store& store, const ProgramId& program);

    const std::vector<matching::Candidate>& candidates(const ProgramState& state, const program::MatchTypeId& type,
        const PersonId& person, matching::Side side);
    const std::vector<matching::Candidate>& recommendations(const ProgramState& state, const program::MatchTypeId& type,
        const PersonId& person, matching::Side side, int count);
    // `settings` set: scored with them instead of the saved ones (only the last such pair is kept).
    const matching::ScoreExplanation& explanation(const ProgramState& state, const program::MatchTypeId& type,
        const matching::PairKey& pair, const std::optional<matching::MatchingSettings>& settings = std::nullopt);
    // A published match's score: its pair scored as if the match itself did not exist.
    int match_score(const ProgramState& state, const matching::Match& match);

private:
    using PersonKey = std::tuple<program::MatchTypeId, PersonId, int, int>;
    using PairKey = std::tuple<program::MatchTypeId, PersonId, PersonId>;

    const Store* m_store = nullptr;
    ProgramId m_program;
    std::uint64_t m_revision = 0;
    std::map<PersonKey, std::vector<matching::Candidate>> m_candidates;
    std::map<PersonKey, std::vector<matching::Candidate>> m_recommendations;
    std::map<PairKey, matching::ScoreExplanation> m_explanations;
    std::optional<std::tuple<PairKey, matching::MatchingSettings>> m_what_if_key;
    matching::ScoreExplanation m_what_if;
    std::map<matching::MatchId, int> m_match_scores;
    std::optional<ProgramState> m_without_matches; // the state match scores are read in
};

// "Ana Lima", or the id when the person was removed.
std::string person_name(const ProgramState& state, const PersonId& id);

}
