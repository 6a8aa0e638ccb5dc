#include "core/domain/matching/scoring_model.h"

#include "core/base/text.h"
#include "core/domain/matching/criteria.h"
#include "core/domain/matching/explain.h"
#include "core/domain/matching/pair_features.h"

#include <algorithm>
#include <bit>
#include <map>
#include <unordered_map>

namespace turnabout::matching {

namespace {

using people::Person;
using Criterion = ScoringModel::Criterion;

// Token sets of every person as sorted ids, equal tokens equal ids; ids are given in
// order of first appearance so every build numbers them alike.
void compile_sets(Criterion& c, const std::vector<std::vector<std::string>>& sets, const std::vector<std::vector<std::string>>* second = nullptr)
{
    std::unordered_map<std::string, std::uint32_t> id_of;
    auto ids = [&](const std::vector<std::vector<std::string>>& from, std::vector<std::vector<std::uint32_t>>& out, std::vector<std::int32_t>& size) {
        out.assign(from.size(), {});
        size.assign(from.size(), 0);
        for (std::size_t p = 0; p < from.size(); ++p) {
            for (const std::string& t : from[p])
                out[p].push_back(id_of.emplace(t, static_cast<std::uint32_t>(id_of.size())).first->second);
            std::sort(out[p].begin(), out[p].end());
            out[p].erase(std::unique(out[p].begin(), out[p].end()), out[p].end());
            size[p] = static_cast<std::int32_t>(out[p].size());
        }
    };
    ids(sets, c.tokens, c.size);
    if (second)
        ids(*second, c.tokens2, c.size2);
    c.postings.assign(id_of.size(), {});
    if (second)
        c.postings2.assign(id_of.size(), {});
}

int shared_tokens(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b)
{
    int n = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

// Category texts as small numbers, equal texts (without case) equal numbers.
void compile_categories(Criterion& c, const std::vector<std::string>& texts)
{
    std::map<std::string, std::int64_t> number_of;
    c.value.assign(texts.size(), 0);
    c.has.assign(texts.size(), 0);
    for (std::size_t p = 0; p < texts.size(); ++p) {
        if (trim(texts[p]).empty())
            continue;
        auto [it, added] = number_of.emplace(list_token(texts[p]), static_cast<std::int64_t>(number_of.size()));
        c.value[p] = it->second;
        c.has[p] = 1;
    }
}

}

ScoringModel::ScoringModel(const ProgramState& state, const program::MatchType& match_type, int max_groups)
    : m_state(&state)
    , m_match_type(&match_type)
{
    for (const auto& [id, person] : state.people) {
        if (person.membership != people::Membership::Active)
            continue;
        bool mentor = can_mentor(person);
        bool mentee = can_be_mentee(person);
        if (!mentor && !mentee)
            continue;
        int slot = static_cast<int>(m_people.size());
        m_people.push_back(&person);
        if (mentor) {
            m_mentors.push_back(&person);
            m_mentor_slot.push_back(slot);
        }
        if (mentee) {
            m_mentees.push_back(&person);
            m_mentee_slot.push_back(slot);
        }
    }
    for (const Person* p : m_mentors) {
        auto side = mentor_exclusion(state, match_type, *p, false);
        m_mentor_room.push_back(side ? 0 : std::max(0, mentor_capacity(match_type, *p) - active_as_mentor(state, match_type.id, p->id)));
    }
    for (const Person* p : m_mentees) {
        auto side = mentee_exclusion(state, match_type, *p, false);
        m_mentee_room.push_back(side ? 0 : std::max(0, mentee_capacity(match_type) - active_as_mentee(state, match_type.id, p->id)));
    }
    compile_rules(state);
    compile_criteria(state);
    compile_modes(max_groups);
}

int ScoringModel::person_slot(const Person* person) const
{
    auto it = std::lower_bound(m_people.begin(), m_people.end(), person, [](const Person* a, const Person* b) { return a->id < b->id; });
    return it != m_people.end() && *it == person ? static_cast<int>(it - m_people.begin()) : -1;
}

std::optional<int> ScoringModel::mentor_index(const PersonId& id) const
{
    auto it = std::lower_bound(m_mentors.begin(), m_mentors.end(), id, [](const Person* a, const PersonId& b) { return a->id < b; });
    if (it == m_mentors.end() || (*it)->id != id)
        return std::nullopt;
    return static_cast<int>(it - m_mentors.begin());
}

std::optional<int> ScoringModel::mentee_index(const PersonId& id) const
{
    auto it = std::lower_bound(m_mentees.begin(), m_mentees.end(), id, [](const Person* a, const PersonId& b) { return a->id < b; });
    if (it == m_mentees.end() || (*it)->id != id)
        return std::nullopt;
    return static_cast<int>(it - m_mentees.begin());
}

void ScoringModel::compile_rules(const ProgramState& state)
{
    const MatchingSettings& settings = state.matching.settings;
    std::size_t n = m_people.size();
    const int depth = std::max(settings.reporting_depth, 0);
    // Each person's reporting line upwards (slots; -2 outside the model, -1 padding).
    std::vector<int> line(n * static_cast<std::size_t>(depth), -1);
    for (std::size_t p = 0; p < n; ++p) {
        PersonId current = m_people[p]->id;
        for (int d = 0; d < depth; ++d) {
            auto it = state.people.find(current);
            if (it == state.people.end() || it->second.profile.manager.empty())
                break;
            current = it->second.profile.manager;
            auto manager = state.people.find(current);
            // A manager outside the model still passes the line on upwards.
            line[p * static_cast<std::size_t>(depth) + static_cast<std::size_t>(d)] = manager == state.people.end() ? -2 : person_slot(&manager->second);
        }
    }
    m_reverse = state.program && state.program->type == program::ProgramType::ReverseMentorship;
    m_level_gap = settings.level_gap;
    m_level.resize(n);
    // -1: a level sealed from this state's reader, not judged here (see eligibility).
    for (std::size_t p = 0; p < n; ++p)
        m_level[p] = m_people[p]->hidden.contains("level") ? -1 : m_people[p]->details.level;
    m_blocked.assign(n, {});
    auto block = [&](const PersonId& mentor, const PersonId& mentee, ExclusionRule rule) {
        auto a = state.people.find(mentor);
        auto b = state.people.find(mentee);
        if (a == state.people.end() || b == state.people.end())
            return;
        int ms = person_slot(&a->second);
        int es = person_slot(&b->second);
        if (ms < 0 || es < 0)
            return;
        auto& list = m_blocked[static_cast<std::size_t>(es)];
        for (const auto& entry : list) {
            if (entry.first == ms && static_cast<ExclusionRule>(entry.second) != ExclusionRule::ExcludedByAdmin)
                return; // the first match in id order decides, as in explain_pair
        }
        list.emplace_back(ms, static_cast<int>(rule));
    };
    m_near.assign(n, {});
    for (std::size_t p = 0; p < n && depth > 0; ++p) {
        for (int d = 0; d < depth; ++d) {
            int up = line[p * static_cast<std::size_t>(depth) + static_cast<std::size_t>(d)];
            if (up >= 0 && static_cast<std::size_t>(up) != p) {
                m_near[p].push_back(up);
                m_near[static_cast<std::size_t>(up)].push_back(static_cast<int>(p));
            }
        }
    }
    m_mentor_of_slot.assign(n, -1);
    for (std::size_t j = 0; j < m_mentor_slot.size(); ++j)
        m_mentor_of_slot[static_cast<std::size_t>(m_mentor_slot[j])] = static_cast<int>(j);
    for (const PairKey& pair : state.matching.excluded)
        block(pair.mentor, pair.mentee, ExclusionRule::ExcludedByAdmin);
    for (const auto& [id, match] : state.matching.matches) {
        if (match.state == MatchState::Active) {
            if (match.match_type == m_match_type->id)
                block(match.mentor, match.mentee, ExclusionRule::AlreadyMatched);
            continue;
        }
        if (settings.exclude_previous_partners) {
            block(match.mentor, match.mentee, ExclusionRule::PreviousPartners);
            block(match.mentee, match.mentor, ExclusionRule::PreviousPartners);
        }
    }
    // After the matches, as in pair_rule_exclusion: the lists the admin's browser
    // sealed to the reader (core/domain/privacy/ruled_out.h).
    for (const auto& [person, ruled] : state.privacy.ruled_out) {
        for (const PersonId& mentor : ruled.mentors)
            block(mentor, person, ExclusionRule::RuledOut);
        for (const PersonId& mentee : ruled.mentees)
            block(person, mentee, ExclusionRule::RuledOut);
    }
}

void ScoringModel::compile_criteria(const ProgramState& state)
{
    std::size_t n = m_people.size();
    program::ProgramType type = state.program ? state.program->type : program::ProgramType::Mentorship;
    for (const CriterionSetting& setting : effective_criteria(state)) {
        if (setting.weight <= 0)
            continue;
        Criterion c;
        c.weight = setting.weight;
        c.threshold = setting.threshold * (FULL / 100);
        c.prefer_different = setting.prefer_different;
        m_total_weight += setting.weight;
        auto per_person = [&](auto&& read) {
            std::vector<std::vector<std::string>> out(n);
            for (std::size_t p = 0; p < n; ++p)
                out[p] = read(*m_people[p]);
            return out;
        };
        auto texts = [&](auto&& read) {
            std::vector<std::string> out(n);
            for (std::size_t p = 0; p < n; ++p)
                out[p] = read(*m_people[p]);
            return out;
        };
        switch (setting.key.kind) {
        case CriterionKind::Skills:
            c.eval = Criterion::Eval::SkillsBothWays;
            {
                auto offered = per_person([](const Person& p) { return list_tokens(p.profile.skills_offered); });
                auto wanted = per_person([](const Person& p) { return list_tokens(p.profile.skills_wanted); });
                compile_sets(c, offered, &wanted);
            }
            break;
        case CriterionKind::Interests:
            c.eval = Criterion::Eval::Overlap;
            compile_sets(c, per_person([](const Person& p) { return list_tokens(p.profile.interests); }));
            break;
        case CriterionKind::Availability:
            c.eval = Criterion::Eval::Slots;
            c.value.assign(n, 0);
            c.has.assign(n, 0);
            for (std::size_t p = 0; p < n; ++p) {
                c.value[p] = availability_slots(m_people[p]->profile.availability);
                c.has[p] = c.value[p] != 0;
            }
            break;
        case CriterionKind::TimeZone:
            c.eval = Criterion::Eval::TimeZone;
            c.value.assign(n, 0);
            c.has.assign(n, 0);
            for (std::size_t p = 0; p < n; ++p) {
                if (auto offset = utc_offset_minutes(m_people[p]->profile.time_zone)) {
                    c.value[p] = *offset;
                    c.has[p] = 1;
                }
            }
            break;
        case CriterionKind::Department:
            c.eval = Criterion::Eval::Category;
            compile_categories(c, texts([](const Person& p) { return p.details.department; }));
            break;
        case CriterionKind::Location:
            c.eval = Criterion::Eval::Category;
            compile_categories(c, texts([](const Person& p) { return p.profile.location; }));
            break;
        case CriterionKind::Level:
            c.eval = Criterion::Eval::Level;
            c.colleague_level = type == program::ProgramType::ColleagueConnect;
            c.reverse_level = type == program::ProgramType::ReverseMentorship;
            c.value.assign(n, 0);
            c.has.assign(n, 0);
            for (std::size_t p = 0; p < n; ++p) {
                c.value[p] = m_people[p]->details.level;
                c.has[p] = m_people[p]->details.level != 0;
            }
            break;
        case CriterionKind::Question: {
            auto question = std::find_if(state.questions.begin(), state.questions.end(), [&](const questionnaire::Question& q) { return q.id == setting.key.question; });
            const questionnaire::QuestionId& qid = setting.key.question;
            auto first_value = [&](const Person& p) {
                const questionnaire::Answer* a = answer_of(p, qid);
                return a ? a->values.front() : std::string();
            };
            using questionnaire::QuestionType;
            switch (question->type) {
            case QuestionType::SingleChoice:
                c.eval = Criterion::Eval::Category;
                compile_categories(c, texts(first_value));
                break;
            case QuestionType::MultipleChoice:
                c.eval = Criterion::Eval::Overlap;
                compile_sets(c, per_person([&](const Person& p) {
                    const questionnaire::Answer* a = answer_of(p, qid);
                    return a ? list_tokens(a->values) : std::vector<std::string>{};
                }));
                break;
            case QuestionType::Scale:
            case QuestionType::Number:
                c.eval = Criterion::Eval::Closeness;
                c.range = question->type == QuestionType::Scale ? std::int64_t{question->scale_max - question->scale_min} * 1000 : 0;
                c.value.assign(n, 0);
                c.has.assign(n, 0);
                for (std::size_t p = 0; p < n; ++p) {
                    const questionnaire::Answer* a = answer_of(*m_people[p], qid);
                    if (auto v = a ? parse_milli(a->values.front()) : std::nullopt) {
                        c.value[p] = *v;
                        c.has[p] = 1;
                    }
                }
                break;
            case QuestionType::ShortText:
            case QuestionType::LongText:
                c.eval = Criterion::Eval::Text;
                compile_sets(c, per_person([&](const Person& p) {
                    const questionnaire::Answer* a = answer_of(p, qid);
                    return a ? text_words(a->values.front()) : std::vector<std::string>{};
                }));
                break;
            case QuestionType::Date:
                break;
            }
            break;
        }
        }
        m_criteria.push_back(std::move(c));
    }
}

void ScoringModel::compile_modes(int max_groups)
{
    const std::size_t mentors = m_mentors.size();
    // Combined tables stay small next to a row, since each is filled once per mentee.
    const int max_combo = static_cast<int>(std::clamp<std::size_t>(mentors / 8, 64, 4096));
    std::vector<int> grouped;
    for (std::size_t k = 0; k < m_criteria.size(); ++k) {
        Criterion& c = m_criteria[k];
        std::map<std::vector<std::int64_t>, std::uint16_t> group_of;
        std::vector<std::uint16_t> groups(mentors);
        std::vector<int> slots;
        bool fits = true;
        for (std::size_t j = 0; j < mentors && fits; ++j) {
            const std::size_t ms = static_cast<std::size_t>(m_mentor_slot[j]);
            std::vector<std::int64_t> key;
            if (!c.value.empty()) {
                key = {c.has[ms], c.value[ms]};
            } else {
                // The whole set (and wanted skills after a separator) identifies the group.
                key.assign(c.tokens[ms].begin(), c.tokens[ms].end());
                if (!c.tokens2.empty()) {
                    key.push_back(-1);
                    key.insert(key.end(), c.tokens2[ms].begin(), c.tokens2[ms].end());
                }
            }
            auto [it, added] = group_of.emplace(std::move(key), static_cast<std::uint16_t>(group_of.size()));
            if (added) {
                slots.push_back(static_cast<int>(ms));
                fits = static_cast<int>(group_of.size()) <= max_groups;
            }
            groups[j] = it->second;
        }
        if (fits && mentors > 0) {
            c.mode = Criterion::Mode::Grouped;
            c.mentor_group = std::move(groups);
            c.group_slot = std::move(slots);
            grouped.push_back(static_cast<int>(k));
        } else if (!c.tokens.empty()) {
            c.mode = Criterion::Mode::Postings;
            for (std::size_t j = 0; j < mentors; ++j) {
                const std::size_t ms = static_cast<std::size_t>(m_mentor_slot[j]);
                for (std::uint32_t t : c.tokens[ms])
                    c.postings[t].push_back(static_cast<std::uint32_t>(j));
                if (!c.tokens2.empty()) {
                    for (std::uint32_t t : c.tokens2[ms])
                        c.postings2[t].push_back(static_cast<std::uint32_t>(j));
                }
            }
        } else {
            c.mode = Criterion::Mode::PerPair;
        }
    }
    for (int k : grouped) {
        int count = static_cast<int>(m_criteria[static_cast<std::size_t>(k)].group_slot.size());
        if (m_combos.empty() || m_combos.back().size * count > max_combo) {
            m_combos.emplace_back();
            m_combos.back().group.assign(mentors, 0);
        }
        Combo& combo = m_combos.back();
        const auto& groups = m_criteria[static_cast<std::size_t>(k)].mentor_group;
        for (std::size_t j = 0; j < mentors; ++j)
            combo.group[j] = static_cast<std::uint16_t>(combo.group[j] + groups[j] * combo.size);
        combo.criteria.push_back(k);
        combo.radix.push_back(count);
        combo.size *= count;
    }
    m_score_of_sum.resize(static_cast<std::size_t>(m_total_weight * FULL + 1));
    for (std::size_t sum = 0; sum < m_score_of_sum.size(); ++sum)
        m_score_of_sum[sum] = static_cast<std::uint8_t>(combine_score(static_cast<std::int64_t>(sum), m_total_weight));
    m_base.assign(mentors, 0);
    for (std::size_t j = 0; j < mentors; ++j) {
        if (m_mentor_room[j] == 0)
            m_base[j] = OUT_OF_REACH;
    }
}

int ScoringModel::pair_rule(int es, int ms) const
{
    if (es == ms)
        return static_cast<int>(ExclusionRule::SamePerson);
    const auto& blocked = m_blocked[static_cast<std::size_t>(es)];
    int match_rule = -1;
    for (const auto& [mentor, rule] : blocked) {
        if (mentor != ms)
            continue;
        if (static_cast<ExclusionRule>(rule) == ExclusionRule::ExcludedByAdmin)
            return rule;
        match_rule = rule;
    }
    const auto& near = m_near[static_cast<std::size_t>(es)];
    if (std::find(near.begin(), near.end(), ms) != near.end())
        return static_cast<int>(ExclusionRule::ReportingLine);
    if (m_reverse) {
        int lm = m_level[static_cast<std::size_t>(ms)];
        int le = m_level[static_cast<std::size_t>(es)];
        if (lm >= 0 && le >= 0) {
            if (lm == 0 || le == 0)
                return static_cast<int>(ExclusionRule::LevelUnknown);
            if (le - lm < m_level_gap)
                return static_cast<int>(ExclusionRule::LevelGap);
        }
    }
    return match_rule;
}

int ScoringModel::similarity(const Criterion& c, std::size_t es, std::size_t ms) const
{
    int s = 0;
    switch (c.eval) {
    case Criterion::Eval::SkillsBothWays: {
        int wanted = c.size2[ms] + c.size2[es];
        if (wanted > 0)
            s = skills_similarity(shared_tokens(c.tokens[ms], c.tokens2[es]) + shared_tokens(c.tokens[es], c.tokens2[ms]), wanted);
        break;
    }
    case Criterion::Eval::Slots:
        if (c.has[ms] && c.has[es]) {
            auto a = static_cast<std::uint32_t>(c.value[ms]);
            auto b = static_cast<std::uint32_t>(c.value[es]);
            s = overlap_similarity(std::popcount(a & b), std::min(std::popcount(a), std::popcount(b)));
        }
        break;
    case Criterion::Eval::Overlap:
    case Criterion::Eval::Text: {
        int a = c.size[ms];
        int b = c.size[es];
        if (a > 0 && b > 0) {
            int shared = shared_tokens(c.tokens[ms], c.tokens[es]);
            s = c.eval == Criterion::Eval::Overlap ? overlap_similarity(shared, std::min(a, b)) : text_similarity(shared, std::min(a, b));
        }
        break;
    }
    case Criterion::Eval::Category:
        if (c.has[ms] && c.has[es])
            s = ((c.value[ms] == c.value[es]) != c.prefer_different) ? FULL : 0;
        break;
    case Criterion::Eval::TimeZone:
        if (c.has[ms] && c.has[es])
            s = time_zone_similarity(static_cast<int>(c.value[ms]), static_cast<int>(c.value[es]));
        break;
    case Criterion::Eval::Level:
        if (c.has[ms] && c.has[es]) {
            int a = static_cast<int>(c.value[ms]);
            int b = static_cast<int>(c.value[es]);
            s = c.colleague_level ? closeness_similarity(a, b, LEVELS_FOR_FULL) : level_similarity(c.reverse_level ? b - a : a - b);
        }
        break;
    case Criterion::Eval::Closeness:
        if (c.has[ms] && c.has[es]) {
            std::int64_t a = c.value[ms];
            std::int64_t b = c.value[es];
            s = closeness_similarity(a, b, c.range > 0 ? c.range : std::max(a < 0 ? -a : a, b < 0 ? -b : b));
        }
        break;
    }
    return s;
}

std::int16_t ScoringModel::score_pair(std::size_t es, std::size_t ms) const
{
    if (pair_rule(static_cast<int>(es), static_cast<int>(ms)) >= 0)
        return EXCLUDED;
    std::int64_t weighted = 0;
    bool below = false;
    for (const Criterion& c : m_criteria) {
        int s = similarity(c, es, ms);
        below |= s < c.threshold;
        weighted += std::int64_t{c.weight} * s;
    }
    return below ? EXCLUDED : static_cast<std::int16_t>(combine_score(weighted, m_total_weight));
}

void ScoringModel::score_column(int mentor, std::span<std::int16_t> out) const
{
    const std::size_t ms = static_cast<std::size_t>(m_mentor_slot[static_cast<std::size_t>(mentor)]);
    const bool mentor_out = m_mentor_room[static_cast<std::size_t>(mentor)] == 0;
    for (std::size_t i = 0; i < m_mentees.size(); ++i)
        out[i] = mentor_out || m_mentee_room[i] == 0 ? EXCLUDED : score_pair(static_cast<std::size_t>(m_mentee_slot[i]), ms);
}

std::int16_t ScoringModel::score(int mentee, int mentor) const
{
    if (m_mentee_room[static_cast<std::size_t>(mentee)] == 0 || m_mentor_room[static_cast<std::size_t>(mentor)] == 0)
        return EXCLUDED;
    return score_pair(static_cast<std::size_t>(m_mentee_slot[static_cast<std::size_t>(mentee)]), static_cast<std::size_t>(m_mentor_slot[static_cast<std::size_t>(mentor)]));
}

std::optional<Exclusion> ScoringModel::exclusion(int mentee, int mentor) const
{
    return explain_pair(*m_state, *m_match_type, *m_mentors[static_cast<std::size_t>(mentor)], *m_mentees[static_cast<std::size_t>(mentee)]).exclusion;
}

}
