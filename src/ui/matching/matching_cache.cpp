#include "ui/matching/matching_cache.h"

#include "core/domain/lookup.h"

namespace turnabout::ui {

namespace {

const matching::ScoreExplanation& empty_explanation()
{
    static const matching::ScoreExplanation empty;
    return empty;
}

matching::ScoreExplanation explain(const ProgramState& state, const program::MatchTypeId& type, const matching::PairKey& pair)
{
    const program::MatchType* match_type = state.program ? state.program->match_type(type) : nullptr;
    const people::Person* mentor = find_person(state, pair.mentor);
    const people::Person* mentee = find_person(state, pair.mentee);
    if (!match_type || !mentor || !mentee)
        return {};
    return matching::explain_pair(state, *match_type, *mentor, *mentee);
}

}

std::string person_name(const ProgramState& state, const PersonId& id)
{
    const people::Person* person = find_person(state, id);
    return person ? person->details.name : id.value;
}

void MatchingCache::refresh(const Store& store, const ProgramId& program)
{
    if (m_store == &store && m_program == program && m_revision == store.revision())
        return;
    m_store = &store;
    m_program = program;
    m_revision = store.revision();
    m_candidates.clear();
    m_recommendations.clear();
    m_explanations.clear();
    m_what_if_key.reset();
    m_match_scores.clear();
    m_without_matches.reset();
}

const std::vector<matching::Candidate>& MatchingCache::candidates(const ProgramState& state, const program::MatchTypeId& type,
    const PersonId& person, matching::Side side)
{
    const PersonKey key{type, person, static_cast<int>(side), 0};
    auto it = m_candidates.find(key);
    if (it == m_candidates.end())
        it = m_candidates.emplace(key, matching::candidates_for(state, type, person, side)).first;
    return it->second;
}

const std::vector<matching::Candidate>& MatchingCache::recommendations(const ProgramState& state, const program::MatchTypeId& type,
    const PersonId& person, matching::Side side, int count)
{
    const PersonKey key{type, person, static_cast<int>(side), count};
    auto it = m_recommendations.find(key);
    if (it == m_recommendations.end())
        it = m_recommendations.emplace(key, matching::recommendations_for(state, type, person, side, count)).first;
    return it->second;
}

const matching::ScoreExplanation& MatchingCache::explanation(const ProgramState& state, const program::MatchTypeId& type,
    const matching::PairKey& pair, const std::optional<matching::MatchingSettings>& settings)
{
    if (!state.program)
        return empty_explanation();
    const PairKey key{type, pair.mentor, pair.mentee};
    if (settings && *settings != state.matching.settings) {
        if (!m_what_if_key || std::get<0>(*m_what_if_key) != key || std::get<1>(*m_what_if_key) != *settings) {
            ProgramState copy = state;
            copy.matching.settings = *settings;
            m_what_if = explain(copy, type, pair);
            m_what_if_key.emplace(key, *settings);
        }
        return m_what_if;
    }
    auto it = m_explanations.find(key);
    if (it == m_explanations.end())
        it = m_explanations.emplace(key, explain(state, type, pair)).first;
    return it->second;
}

int MatchingCache::match_score(const ProgramState& state, const matching::Match& match)
{
    auto it = m_match_scores.find(match.id);
    if (it != m_match_scores.end())
        return it->second;
    if (!m_without_matches) {
        // Scored without the matches themselves, which would exclude every matched pair.
        m_without_matches = state;
        m_without_matches->matching.matches.clear();
    }
    const matching::ScoreExplanation e = explain(*m_without_matches, match.match_type, matching::PairKey{match.mentor, match.mentee});
    int score = e.score;
    if (e.exclusion) {
        // Still excluded (say, by a rule added since): the criteria's points are the score.
        int tenths = 0;
        for (const auto& c : e.criteria)
            tenths += c.points_tenths;
        score = (tenths + 5) / 10;
    }
    m_match_scores.emplace(match.id, score);
    return score;
}

}
