#include "core/domain/matching/matching_rules.h"
#include "core/domain/lookup.h"

#include "core/base/overloaded.h"
#include "core/domain/event_list.h"
#include "core/domain/matching/criteria.h"
#include "core/domain/matching/eligibility.h"
#include "core/domain/matching/explain.h"
#include "core/domain/people/people_rules.h"
#include "core/domain/program/program_rules.h"

#include <algorithm>
#include <map>
#include <set>

namespace turnabout::matching {

namespace {

using people::Person;

std::string name_or_id(const ProgramState& state, const PersonId& id)
{
    const Person* p = find_person(state, id);
    return p ? p->details.name : id.value;
}
}

Status validate_settings(const ProgramState& state, const MatchingSettings& settings)
{
    if (settings.reporting_depth < 0 || settings.reporting_depth > MAX_REPORTING_DEPTH)
        return make_error("depth_out_of_range", "reporting line: from 0 (off) to " + std::to_string(MAX_REPORTING_DEPTH) + " levels");
    if (settings.level_gap < 0 || settings.level_gap > MAX_LEVEL_GAP)
        return make_error("gap_out_of_range", "level gap: from 0 to " + std::to_string(MAX_LEVEL_GAP) + " levels");
    const RequestRules& rules = settings.requests;
    if (rules.remind_after_days < 0 || rules.remind_after_days > MAX_REQUEST_DAYS)
        return make_error("days_out_of_range", "reminder: after 0 (none) to " + std::to_string(MAX_REQUEST_DAYS) + " days");
    if (rules.close_after_days < 0 || rules.close_after_days > MAX_REQUEST_DAYS)
        return make_error("days_out_of_range", "closing: after 0 (never) to " + std::to_string(MAX_REQUEST_DAYS) + " days");
    if (rules.remind_after_days > 0 && rules.close_after_days > 0 && rules.remind_after_days >= rules.close_after_days)
        return make_error("reminder_after_closing", "reminder: it must come before requests close (" + std::to_string(rules.close_after_days) + " days)");
    std::set<CriterionKey> seen;
    for (const CriterionSetting& c : settings.criteria) {
        std::string label = criterion_label(state, c.key);
        if (!seen.insert(c.key).second)
            return make_error("criterion_twice", label + ": given twice");
        if (c.key.kind == CriterionKind::Question && c.key.question.empty())
            return make_error("criterion_unknown", "criterion: a question criterion needs its question");
        if (c.weight < 0 || c.weight > MAX_WEIGHT)
            return make_error("weight_out_of_range", label + ": weight from 0 to " + std::to_string(MAX_WEIGHT));
        if (c.threshold < 0 || c.threshold > 100)
            return make_error("threshold_out_of_range", label + ": threshold from 0 (none) to 100%");
    }
    return {};
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const ChangeMatchingSettings& c)
{
    if (c.settings == state.matching.settings)
        return make_error("unchanged", "matching settings: nothing was changed");
    return one_event(MatchingSettingsChanged{c.settings});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const CreateMatches& c)
{
    if (c.matches.empty())
        return make_error("no_matches", "matches: the draft has no pairs to publish");
    return one_event(MatchesCreated{c.match_type, c.matches, c.start, c.end});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const ExcludePair& c)
{
    if (state.matching.excluded.contains(c.pair) == c.excluded)
        return make_error("unchanged", c.excluded ? "pair: already excluded" : "pair: not excluded");
    return one_event(PairExcluded{c.pair, c.excluded});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const SetFavorite& c)
{
    auto it = state.matching.favorites.find(c.person);
    bool now = it != state.matching.favorites.end() && it->second.contains(c.favorite);
    if (now == c.on)
        return make_error("unchanged", c.on ? "favorites: already a favorite" : "favorites: not a favorite");
    return one_event(FavoriteSet{c.person, c.favorite, c.on});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const PushRecommendations& c)
{
    if (c.mentee_mentors.empty())
        return make_error("no_recommendations", "recommendations: nothing to push");
    return one_event(RecommendationsPushed{c.match_type, c.mentee_mentors});
}

Status check(const ProgramState& state, const ActorId& author, const MatchingSettingsChanged& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    return validate_settings(state, event.settings);
}

// Every pair is checked against the rules with the pairs before it counted, so that
// a merge that filled a mentor's last place meanwhile refuses the whole publication
// rather than overfilling: "the mentor became full".
Status check(const ProgramState& state, const ActorId& author, const MatchesCreated& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    auto type = find_match_type(state, event.match_type);
    if (!type)
        return type.error();
    const program::MatchType& match_type = **type;
    if (event.matches.size() > MAX_MATCHES_PER_COMMAND)
        return make_error("too_many_matches", "matches: at most " + std::to_string(MAX_MATCHES_PER_COMMAND) + " at once");
    if (event.end < event.start)
        return make_error("term_invalid", "match term: the end is before the start");
    std::map<PersonId, int> as_mentor;
    std::map<PersonId, int> as_mentee;
    std::set<MatchId> ids;
    std::set<PairKey> pairs;
    for (const NewMatch& m : event.matches) {
        if (m.id.empty() || state.matching.matches.contains(m.id) || !ids.insert(m.id).second)
            return make_error("match_id_taken", "match: the id " + m.id.value + " is empty or already used");
        const Person* mentor = find_person(state, m.mentor);
        const Person* mentee = find_person(state, m.mentee);
        if (!mentor || !mentee)
            return make_error("person_unknown", "match: " + (mentor ? m.mentee.value : m.mentor.value) + " is not in this program (removed meanwhile?)");
        if (!pairs.insert(PairKey{m.mentor, m.mentee}).second)
            return make_error("pair_twice", "match: " + mentor->details.name + " and " + mentee->details.name + " are listed twice");
        if (auto e = mentor_exclusion(state, match_type, *mentor, false))
            return make_error(std::string(exclusion_rule_name(e->rule)), "match: " + e->reason);
        if (auto e = mentee_exclusion(state, match_type, *mentee, false))
            return make_error(std::string(exclusion_rule_name(e->rule)), "match: " + e->reason);
        int mentor_taken = active_as_mentor(state, match_type.id, mentor->id) + as_mentor[mentor->id]++;
        if (mentor_taken >= mentor_capacity(match_type, *mentor))
            return conflict_error("mentor_full", "match: " + mentor->details.name + " became full (" + std::to_string(mentor_capacity(match_type, *mentor)) + " of " + std::to_string(mentor_capacity(match_type, *mentor)) + " places taken); " + mentee->details.name + " could not be matched with them");
        int mentee_taken = active_as_mentee(state, match_type.id, mentee->id) + as_mentee[mentee->id]++;
        if (mentee_taken >= mentee_capacity(match_type))
            return conflict_error("mentee_full", "match: " + mentee->details.name + " already has as many " + state.program->terminology.mentors + " as allowed");
        auto explained = explain_pair(state, match_type, *mentor, *mentee);
        if (explained.exclusion && explained.exclusion->rule != ExclusionRule::MentorFull && explained.exclusion->rule != ExclusionRule::MenteeFull)
            return make_error(std::string(exclusion_rule_name(explained.exclusion->rule)), "match: " + explained.exclusion->reason);
    }
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const PairExcluded& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (event.excluded && (!find_person(state, event.pair.mentor) || !find_person(state, event.pair.mentee)))
        return make_error("person_unknown", "pair: one of the two is not in this program (removed meanwhile?)");
    if (event.pair.mentor == event.pair.mentee)
        return make_error("same_person", "pair: a person cannot be paired with themselves");
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const FavoriteSet& event)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    if (author != people::actor_of(event.person))
        return authority_error("not_self", "favorites: a person keeps only their own favorites");
    const Person* self = find_person(state, event.person);
    if (!self || self->membership != people::Membership::Active)
        return make_error("not_member", "favorites: only active members keep favorites");
    if (event.on) {
        if (event.person == event.favorite)
            return make_error("same_person", "favorites: you cannot favorite yourself");
        if (!find_person(state, event.favorite))
            return make_error("person_unknown", "favorites: " + event.favorite.value + " is not in this program (removed meanwhile?)");
    }
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const RecommendationsPushed& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    auto type = find_match_type(state, event.match_type);
    if (!type)
        return type.error();
    std::set<PersonId> mentees;
    for (const auto& [mentee_id, mentors] : event.mentee_mentors) {
        const Person* mentee = find_person(state, mentee_id);
        if (!mentee || !can_be_mentee(*mentee))
            return make_error("not_a_mentee", "recommendations: " + name_or_id(state, mentee_id) + " is not a " + state.program->terminology.mentee + " in this program");
        if (!mentees.insert(mentee_id).second)
            return make_error("mentee_twice", "recommendations: " + mentee->details.name + " is listed twice");
        if (static_cast<int>(mentors.size()) > MAX_RECOMMENDATIONS)
            return make_error("too_many_recommendations", "recommendations: at most " + std::to_string(MAX_RECOMMENDATIONS) + " per " + state.program->terminology.mentee);
        std::set<PersonId> seen;
        for (const PersonId& mentor_id : mentors) {
            const Person* mentor = find_person(state, mentor_id);
            if (!mentor || !can_mentor(*mentor))
                return make_error("not_a_mentor", "recommendations: " + name_or_id(state, mentor_id) + " is not a " + state.program->terminology.mentor + " in this program");
            if (!seen.insert(mentor_id).second)
                return make_error("mentor_twice", "recommendations: " + mentor->details.name + " is recommended twice to " + mentee->details.name);
            if (auto e = pair_rule_exclusion(state, **type, *mentor, *mentee))
                return make_error(std::string(exclusion_rule_name(e->rule)), "recommendations: " + e->reason);
        }
    }
    return {};
}

void apply_checked(ProgramState& state, const EventContext&, const MatchingSettingsChanged& event)
{
    state.matching.settings = event.settings;
}

void apply_checked(ProgramState& state, const EventContext& context, const MatchesCreated& event)
{
    for (const NewMatch& m : event.matches) {
        Match match;
        match.id = m.id;
        match.match_type = event.match_type;
        match.mentor = m.mentor;
        match.mentee = m.mentee;
        match.start = event.start;
        match.end = event.end;
        state.matching.matches.emplace(m.id, match);
        // Both people learn of it in their inbox; the detail names the match.
        state.inbox[m.mentor].push_back(InboxItem{context.id, context.recorded_at, InboxKind::MatchStarted, m.id.value});
        state.inbox[m.mentee].push_back(InboxItem{context.id, context.recorded_at, InboxKind::MatchStarted, m.id.value});
    }
}

void apply_checked(ProgramState& state, const EventContext&, const PairExcluded& event)
{
    if (event.excluded)
        state.matching.excluded.insert(event.pair);
    else
        state.matching.excluded.erase(event.pair);
}

void apply_checked(ProgramState& state, const EventContext&, const FavoriteSet& event)
{
    auto& favorites = state.matching.favorites[event.person];
    if (event.on)
        favorites.insert(event.favorite);
    else
        favorites.erase(event.favorite);
    if (favorites.empty())
        state.matching.favorites.erase(event.person);
}

void apply_checked(ProgramState& state, const EventContext&, const RecommendationsPushed& event)
{
    auto& pushed = state.matching.pushed[event.match_type];
    for (const auto& [mentee, mentors] : event.mentee_mentors) {
        if (mentors.empty())
            pushed.erase(mentee);
        else
            pushed[mentee] = mentors;
    }
    if (pushed.empty())
        state.matching.pushed.erase(event.match_type);
}
}
