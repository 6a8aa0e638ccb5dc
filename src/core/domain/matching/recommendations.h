// Who a person could be matched with in a match type, best first: the top few as
// recommendations (or exactly the admin's pushed ones), and everyone eligible for the
// browse page. Full and paused people never appear. Depends on: core/domain/state.h.
#pragma once

#include "core/domain/matching/matching.h"
#include "core/domain/state.h"

#include <vector>

namespace turnabout::matching {

enum class Side {
    AsMentee, // the person looks for mentors
    AsMentor, // the person looks for mentees (reverse requests, offers)
};

struct Candidate {
    PersonId person;
    int score = 0;
    bool favorite = false;
    bool pushed = false;

    bool operator==(const Candidate&) const = default;
};

// Every eligible partner, by score then name. Empty when the person cannot take
// that side or has no place left.
std::vector<Candidate> candidates_for(const ProgramState& state, const program::MatchTypeId& match_type, const PersonId& person, Side side);
// Every mentee's top `count` mentors (at least 1 point), best first, from one scoring
// of the match type: what the admin pushes as recommendations.
std::vector<std::pair<PersonId, std::vector<PersonId>>> top_mentors_for_everyone(const ProgramState& state, const program::MatchTypeId& match_type, int count);
// The top `count` (at least 1 point), or the admin's pushed list for a mentee, in its order.
std::vector<Candidate> recommendations_for(const ProgramState& state, const program::MatchTypeId& match_type, const PersonId& person, Side side, int count);

}
