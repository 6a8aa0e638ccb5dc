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
// The top `count` (at least 1 point), or the admin's pushed list for a mentee, in its order.
std::vector<Candidate> recommendations_for(const ProgramState& state, const program::MatchTypeId& match_type, const PersonId& person, Side side, int count);

}
