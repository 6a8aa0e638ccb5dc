#include "core/domain/matching/eligibility.h"

#include "core/domain/privacy/ruled_out.h"

#include <algorithm>

namespace turnabout::matching {

namespace {

const std::string& name_of(const people::Person& p)
{
    return p.details.name;
}

bool is_active_member(const people::Person& p)
{
    return p.membership == people::Membership::Active;
}

// The program's own words for the two roles, as people read them everywhere else.
std::string mentor_word(const ProgramState& state)
{
    return state.program ? state.program->terminology.mentor : "mentor";
}

std::string mentee_word(const ProgramState& state)
{
    return state.program ? state.program->terminology.mentee : "mentee";
}

}

std::string_view exclusion_rule_name(ExclusionRule rule)
{
    switch (rule) {
    case ExclusionRule::NotInProgram:
        return "not_in_program";
    case ExclusionRule::NotMentor:
        return "not_a_mentor";
    case ExclusionRule::NotMentee:
        return "not_a_mentee";
    case ExclusionRule::SamePerson:
        return "same_person";
    case ExclusionRule::Paused:
        return "paused";
    case ExclusionRule::MentorFull:
        return "mentor_full";
    case ExclusionRule::MenteeFull:
        return "mentee_full";
    case ExclusionRule::ReportingLine:
        return "reporting_line";
    case ExclusionRule::LevelGap:
        return "level_gap";
    case ExclusionRule::LevelUnknown:
        return "level_unknown";
    case ExclusionRule::AlreadyMatched:
        return "already_matched";
    case ExclusionRule::PreviousPartners:
        return "previous_partners";
    case ExclusionRule::ExcludedByAdmin:
        return "excluded_by_admin";
    case ExclusionRule::RuledOut:
        return "ruled_out";
    case ExclusionRule::BelowThreshold:
        return "below_threshold";
    }
    return "not_in_program";
}

std::string_view exclusion_rule_phrase(ExclusionRule rule)
{
    switch (rule) {
    case ExclusionRule::NotInProgram:
        return "not active in the program";
    case ExclusionRule::NotMentor:
    case ExclusionRule::NotMentee:
        return "in the other role";
    case ExclusionRule::SamePerson:
        return "themselves";
    case ExclusionRule::Paused:
        return "paused";
    case ExclusionRule::MentorFull:
    case ExclusionRule::MenteeFull:
        return "full";
    case ExclusionRule::ReportingLine:
        return "in the reporting line";
    case ExclusionRule::LevelGap:
        return "not junior enough";
    case ExclusionRule::LevelUnknown:
        return "without a level";
    case ExclusionRule::AlreadyMatched:
        return "already matched";
    case ExclusionRule::PreviousPartners:
        return "matched before";
    case ExclusionRule::ExcludedByAdmin:
        return "excluded by the admin";
    case ExclusionRule::RuledOut:
        return "not allowed by the program's rules";
    case ExclusionRule::BelowThreshold:
        return "below a must-match threshold";
    }
    return "excluded";
}

bool can_mentor(const people::Person& person)
{
    return person.details.role == people::Role::Mentor || person.details.role == people::Role::Both;
}

bool can_be_mentee(const people::Person& person)
{
    return person.details.role == people::Role::Mentee || person.details.role == people::Role::Both;
}

int mentor_capacity(const program::MatchType& match_type, const people::Person& mentor)
{
    return std::min(mentor.profile.capacity, match_type.limits.mentees_per_mentor);
}

int mentee_capacity(const program::MatchType& match_type)
{
    return match_type.limits.mentors_per_mentee;
}

int active_as_mentor(const ProgramState& state, const program::MatchTypeId& match_type, const PersonId& person)
{
    return static_cast<int>(std::count_if(state.matching.matches.begin(), state.matching.matches.end(), [&](const auto& entry) {
        const Match& m = entry.second;
        return m.state == MatchState::Active && m.match_type == match_type && m.mentor == person;
    }));
}

int active_as_mentee(const ProgramState& state, const program::MatchTypeId& match_type, const PersonId& person)
{
    return static_cast<int>(std::count_if(state.matching.matches.begin(), state.matching.matches.end(), [&](const auto& entry) {
        const Match& m = entry.second;
        return m.state == MatchState::Active && m.match_type == match_type && m.mentee == person;
    }));
}

std::optional<int> reporting_steps(const ProgramState& state, const PersonId& a, const PersonId& b, int depth)
{
    auto climb = [&](const PersonId& from, const PersonId& target) -> std::optional<int> {
        PersonId current = from;
        for (int step = 1; step <= depth; ++step) {
            auto it = state.people.find(current);
            if (it == state.people.end() || it->second.profile.manager.empty())
                return std::nullopt;
            current = it->second.profile.manager;
            if (current == target)
                return step;
        }
        return std::nullopt;
    };
    if (auto up = climb(a, b))
        return up;
    return climb(b, a);
}

std::optional<Exclusion> mentor_exclusion(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentor, bool count_capacity)
{
    if (!is_active_member(mentor))
        return Exclusion{ExclusionRule::NotInProgram, name_of(mentor) + " is not an active member of the program"};
    if (!can_mentor(mentor))
        return Exclusion{ExclusionRule::NotMentor, name_of(mentor) + " has not joined as a " + mentor_word(state)};
    if (mentor.profile.paused)
        return Exclusion{ExclusionRule::Paused, name_of(mentor) + " is not taking requests (paused)"};
    if (count_capacity) {
        int capacity = mentor_capacity(match_type, mentor);
        if (active_as_mentor(state, match_type.id, mentor.id) >= capacity)
            return Exclusion{ExclusionRule::MentorFull, name_of(mentor) + " is full (" + std::to_string(capacity) + " of " + std::to_string(capacity) + " " + (capacity == 1 ? mentee_word(state) : state.program ? state.program->terminology.mentees : "mentees") + ")"};
    }
    return std::nullopt;
}

std::optional<Exclusion> mentee_exclusion(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentee, bool count_capacity)
{
    if (!is_active_member(mentee))
        return Exclusion{ExclusionRule::NotInProgram, name_of(mentee) + " is not an active member of the program"};
    if (!can_be_mentee(mentee))
        return Exclusion{ExclusionRule::NotMentee, name_of(mentee) + " has not joined as a " + mentee_word(state)};
    if (mentee.profile.paused)
        return Exclusion{ExclusionRule::Paused, name_of(mentee) + " is not taking requests (paused)"};
    if (count_capacity) {
        int capacity = mentee_capacity(match_type);
        if (active_as_mentee(state, match_type.id, mentee.id) >= capacity)
            return Exclusion{ExclusionRule::MenteeFull, name_of(mentee) + " already has " + (capacity == 1 ? "a " + mentor_word(state) : std::to_string(capacity) + " " + (state.program ? state.program->terminology.mentors : "mentors")) + " in " + match_type.name};
    }
    return std::nullopt;
}

std::optional<Exclusion> line_and_level_exclusion(const ProgramState& state, const people::Person& mentor, const people::Person& mentee)
{
    const MatchingSettings& settings = state.matching.settings;
    if (settings.reporting_depth > 0) {
        if (auto steps = reporting_steps(state, mentor.id, mentee.id, settings.reporting_depth)) {
            std::string how = *steps == 1 ? "directly" : std::to_string(*steps) + " steps up the line";
            return Exclusion{ExclusionRule::ReportingLine, name_of(mentor) + " and " + name_of(mentee) + " are in one reporting line (" + how + "); no supervisory relationship inside a pair"};
        }
    }
    // A level sealed from this state's reader is not judged here: the devices that
    // read it (the admin's, the person's own) honour the rule (core/domain/privacy).
    const bool levels_readable = !mentor.hidden.contains("level") && !mentee.hidden.contains("level");
    if (levels_readable && state.program && state.program->type == program::ProgramType::ReverseMentorship) {
        if (mentor.details.level == 0 || mentee.details.level == 0) {
            const people::Person& missing = mentor.details.level == 0 ? mentor : mentee;
            return Exclusion{ExclusionRule::LevelUnknown, name_of(missing) + "'s level is not given; reverse mentoring needs both levels"};
        }
        if (mentee.details.level - mentor.details.level < settings.level_gap)
            return Exclusion{ExclusionRule::LevelGap, "in reverse mentoring the " + mentor_word(state) + " is at least " + std::to_string(settings.level_gap) + " level" + (settings.level_gap == 1 ? "" : "s") + " below the " + mentee_word(state) + " (" + name_of(mentor) + ": " + std::string(people::level_name(mentor.details.level)) + ", " + name_of(mentee) + ": " + std::string(people::level_name(mentee.details.level)) + ")"};
    }
    return std::nullopt;
}

std::optional<Exclusion> pair_rule_exclusion(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentor, const people::Person& mentee)
{
    const MatchingSettings& settings = state.matching.settings;
    if (mentor.id == mentee.id)
        return Exclusion{ExclusionRule::SamePerson, "a person cannot be matched with themselves"};
    if (state.matching.excluded.contains(PairKey{mentor.id, mentee.id}))
        return Exclusion{ExclusionRule::ExcludedByAdmin, "the admin excluded this pair"};
    if (auto e = line_and_level_exclusion(state, mentor, mentee))
        return e;
    for (const auto& [id, match] : state.matching.matches) {
        bool together = match.mentor == mentor.id && match.mentee == mentee.id;
        bool swapped = match.mentor == mentee.id && match.mentee == mentor.id;
        if (!together && !swapped)
            continue;
        if (match.state == MatchState::Active && match.match_type == match_type.id && together)
            return Exclusion{ExclusionRule::AlreadyMatched, name_of(mentor) + " and " + name_of(mentee) + " are already matched"};
        if (match.state != MatchState::Active && settings.exclude_previous_partners)
            return Exclusion{ExclusionRule::PreviousPartners, name_of(mentor) + " and " + name_of(mentee) + " were matched before"};
    }
    // Last: where the reader can read the fields, the rule above says why; where they
    // cannot, the admin's list says only that the rules forbid it, never which field.
    if (privacy::is_ruled_out(state, mentor.id, mentee.id))
        return Exclusion{ExclusionRule::RuledOut, "the program's rules do not allow " + name_of(mentor) + " and " + name_of(mentee) + " to be matched"};
    return std::nullopt;
}

std::optional<Exclusion> pair_exclusion(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentor, const people::Person& mentee)
{
    if (auto e = mentor_exclusion(state, match_type, mentor))
        return e;
    if (auto e = mentee_exclusion(state, match_type, mentee))
        return e;
    return pair_rule_exclusion(state, match_type, mentor, mentee);
}

}
