#include "io/draft_codec.h"

#include "io/json_input.h"

namespace turnabout::io {

namespace {

std::string name_of(const ProgramState& state, const PersonId& id)
{
    auto it = state.people.find(id);
    return it == state.people.end() ? std::string() : it->second.details.name;
}

Json unmatched(const ProgramState& state, const std::vector<matching::Unmatched>& list)
{
    Json out = Json::array();
    for (const auto& u : list)
        out.push_back(Json{{"id", u.person.value}, {"name", name_of(state, u.person)}, {"reason", u.reason}});
    return out;
}

}

std::string encode_draft(const ProgramState& state, const program::MatchType& match_type, matching::Objective objective, const matching::Draft& draft)
{
    Json pairs = Json::array();
    for (const auto& p : draft.pairs)
        pairs.push_back(Json{{"mentee_id", p.pair.mentee.value}, {"mentee", name_of(state, p.pair.mentee)}, {"mentor_id", p.pair.mentor.value}, {"mentor", name_of(state, p.pair.mentor)}, {"score", p.score}, {"locked", p.locked}});
    Json problems = Json::array();
    for (const auto& problem : draft.problems)
        problems.push_back(problem);
    Json root{
        {"format", "turnabout.match_draft"},
        {"schema", 1},
        {"program", state.program ? state.program->id.value : std::string()},
        {"match_type", Json{{"id", match_type.id.value}, {"name", match_type.name}}},
        {"objective", objective == matching::Objective::MaxTotalScore ? "max_total_score" : "max_pairs_then_score"},
        {"total_score", draft.total_score},
        {"pair_count", draft.pairs.size()},
        {"pairs", pairs},
        {"unmatched_mentees", unmatched(state, draft.unmatched_mentees)},
        {"mentors_with_places", unmatched(state, draft.unmatched_mentors)},
        {"problems", problems},
    };
    return root.dump(2) + "\n";
}

}
