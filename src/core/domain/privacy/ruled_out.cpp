#include "core/domain/privacy/ruled_out.h"

#include "core/domain/matching/eligibility.h"
#include "core/domain/state.h"

#include <iterator>

namespace turnabout::privacy {

namespace {

bool active(const people::Person& person)
{
    return person.membership == people::Membership::Active;
}

// Whether the rules exclude `mentor` with `mentee` only where the hidden fields are
// read: the same rule functions `check` uses, on both states.
bool excluded_by_hidden_fields(const ProgramState& full, const ProgramState& recorded, const people::Person& mentor, const people::Person& mentee)
{
    if (!matching::can_mentor(mentor) || !matching::can_be_mentee(mentee))
        return false;
    if (!matching::line_and_level_exclusion(full, mentor, mentee))
        return false;
    auto plain_mentor = recorded.people.find(mentor.id);
    auto plain_mentee = recorded.people.find(mentee.id);
    if (plain_mentor == recorded.people.end() || plain_mentee == recorded.people.end())
        return true;
    return !matching::line_and_level_exclusion(recorded, plain_mentor->second, plain_mentee->second);
}

// Adds to `lists` what the pair of `a` and `b` rules out, in both roles.
void judge_pair(const ProgramState& full, const ProgramState& recorded, const people::Person& a, const people::Person& b, std::map<PersonId, RuledOut>& lists)
{
    if (excluded_by_hidden_fields(full, recorded, a, b)) {
        lists[b.id].mentors.insert(a.id);
        lists[a.id].mentees.insert(b.id);
    }
    if (excluded_by_hidden_fields(full, recorded, b, a)) {
        lists[a.id].mentors.insert(b.id);
        lists[b.id].mentees.insert(a.id);
    }
}

}

RuledOut ruled_out_for(const ProgramState& full, const ProgramState& recorded, const PersonId& person)
{
    auto self = full.people.find(person);
    if (self == full.people.end() || !active(self->second))
        return {};
    std::map<PersonId, RuledOut> lists;
    for (const auto& [id, other] : full.people) {
        if (id != person && active(other))
            judge_pair(full, recorded, self->second, other, lists);
    }
    auto mine = lists.find(person);
    return mine == lists.end() ? RuledOut{} : mine->second;
}

std::map<PersonId, RuledOut> ruled_out_for_everyone(const ProgramState& full, const ProgramState& recorded)
{
    std::map<PersonId, RuledOut> lists;
    // Each pair once, both roles: the lists of the two people mirror each other.
    for (auto a = full.people.begin(); a != full.people.end(); ++a) {
        if (!active(a->second))
            continue;
        for (auto b = std::next(a); b != full.people.end(); ++b) {
            if (active(b->second))
                judge_pair(full, recorded, a->second, b->second, lists);
        }
    }
    return lists;
}

bool is_ruled_out(const ProgramState& state, const PersonId& mentor, const PersonId& mentee)
{
    const auto& lists = state.privacy.ruled_out;
    if (lists.empty())
        return false;
    auto of_mentee = lists.find(mentee);
    if (of_mentee != lists.end() && of_mentee->second.mentors.contains(mentor))
        return true;
    auto of_mentor = lists.find(mentor);
    return of_mentor != lists.end() && of_mentor->second.mentees.contains(mentee);
}

}
