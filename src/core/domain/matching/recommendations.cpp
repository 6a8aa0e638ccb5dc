#include "core/domain/matching/recommendations.h"

#include "core/domain/matching/scoring_model.h"

#include <algorithm>

namespace turnabout::matching {

std::vector<Candidate> candidates_for(const ProgramState& state, const program::MatchTypeId& match_type, const PersonId& person, Side side)
{
    std::vector<Candidate> out;
    const program::MatchType* type = state.program ? state.program->match_type(match_type) : nullptr;
    if (!type)
        return out;
    ScoringModel model(state, *type);
    auto favorites = state.matching.favorites.find(person);
    auto is_favorite = [&](const PersonId& id) { return favorites != state.matching.favorites.end() && favorites->second.contains(id); };
    if (side == Side::AsMentee) {
        auto i = model.mentee_index(person);
        if (!i)
            return out;
        std::vector<std::int16_t> row(model.mentors().size());
        model.score_row(*i, row);
        for (std::size_t j = 0; j < row.size(); ++j) {
            if (row[j] != EXCLUDED)
                out.push_back(Candidate{model.mentors()[j]->id, row[j], is_favorite(model.mentors()[j]->id), false});
        }
    } else {
        auto j = model.mentor_index(person);
        if (!j)
            return out;
        std::vector<std::int16_t> column(model.mentees().size());
        model.score_column(*j, column);
        for (std::size_t i = 0; i < column.size(); ++i) {
            if (column[i] != EXCLUDED)
                out.push_back(Candidate{model.mentees()[i]->id, column[i], is_favorite(model.mentees()[i]->id), false});
        }
    }
    std::stable_sort(out.begin(), out.end(), [&](const Candidate& a, const Candidate& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return state.people.at(a.person).details.name < state.people.at(b.person).details.name;
    });
    return out;
}

std::vector<std::pair<PersonId, std::vector<PersonId>>> top_mentors_for_everyone(const ProgramState& state, const program::MatchTypeId& match_type, int count)
{
    std::vector<std::pair<PersonId, std::vector<PersonId>>> out;
    const program::MatchType* type = state.program ? state.program->match_type(match_type) : nullptr;
    if (!type)
        return out;
    ScoringModel model(state, *type);
    std::vector<std::int16_t> row(model.mentors().size());
    std::vector<int> order;
    for (std::size_t i = 0; i < model.mentees().size(); ++i) {
        model.score_row(static_cast<int>(i), row);
        order.clear();
        for (std::size_t j = 0; j < row.size(); ++j) {
            if (row[j] != EXCLUDED && row[j] > 0)
                order.push_back(static_cast<int>(j));
        }
        // Best first; equal scores by name, as the participant's own list shows them.
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            if (row[static_cast<std::size_t>(a)] != row[static_cast<std::size_t>(b)])
                return row[static_cast<std::size_t>(a)] > row[static_cast<std::size_t>(b)];
            return model.mentors()[static_cast<std::size_t>(a)]->details.name < model.mentors()[static_cast<std::size_t>(b)]->details.name;
        });
        if (static_cast<int>(order.size()) > count)
            order.resize(static_cast<std::size_t>(count));
        std::vector<PersonId> mentors;
        for (int j : order)
            mentors.push_back(model.mentors()[static_cast<std::size_t>(j)]->id);
        if (!mentors.empty())
            out.emplace_back(model.mentees()[i]->id, std::move(mentors));
    }
    return out;
}

std::vector<Candidate> recommendations_for(const ProgramState& state, const program::MatchTypeId& match_type, const PersonId& person, Side side, int count)
{
    auto all = candidates_for(state, match_type, person, side);
    if (side == Side::AsMentee) {
        auto type_pushed = state.matching.pushed.find(match_type);
        if (type_pushed != state.matching.pushed.end()) {
            auto mine = type_pushed->second.find(person);
            if (mine != type_pushed->second.end()) {
                // Exactly the admin's choice, in the admin's order, while still possible.
                std::vector<Candidate> out;
                for (const PersonId& mentor : mine->second) {
                    auto it = std::find_if(all.begin(), all.end(), [&](const Candidate& c) { return c.person == mentor; });
                    if (it != all.end()) {
                        Candidate c = *it;
                        c.pushed = true;
                        out.push_back(c);
                    }
                }
                return out;
            }
        }
    }
    std::vector<Candidate> out;
    for (const Candidate& c : all) {
        if (static_cast<int>(out.size()) >= count)
            break;
        if (c.score > 0)
            out.push_back(c);
    }
    return out;
}

}
