#include "core/domain/matching/explain.h"

#include "core/base/text.h"
#include "core/domain/matching/criteria.h"
#include "core/domain/matching/pair_features.h"

#include <algorithm>

namespace turnabout::matching {

namespace {

using people::Person;

struct Compared {
    bool answered = false;
    int similarity = 0;
    std::string detail;
};

std::string join(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty())
            out += ", ";
        out += item;
    }
    return out;
}

// The items of `from` (as written) whose tokens are also in `other_tokens`.
std::vector<std::string> shared_items(const std::vector<std::string>& from, const std::vector<std::string>& other_tokens)
{
    std::vector<std::string> out;
    std::vector<std::string> seen;
    for (const std::string& item : from) {
        auto token = list_token(item);
        if (token.empty() || std::find(seen.begin(), seen.end(), token) != seen.end())
            continue;
        seen.push_back(token);
        if (std::binary_search(other_tokens.begin(), other_tokens.end(), token))
            out.push_back(trim(item));
    }
    return out;
}

std::vector<std::string> intersect(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    std::vector<std::string> out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

std::string not_given(const Person& a, const Person& b, bool a_has, const char* what)
{
    return std::string(what) + " not given by " + (a_has ? b.details.name : a.details.name);
}

Compared compare_skills(const Person& mentor, const Person& mentee)
{
    auto mentor_offers = list_tokens(mentor.profile.skills_offered);
    auto mentor_wants = list_tokens(mentor.profile.skills_wanted);
    auto mentee_offers = list_tokens(mentee.profile.skills_offered);
    auto mentee_wants = list_tokens(mentee.profile.skills_wanted);
    int wanted = static_cast<int>(mentor_wants.size() + mentee_wants.size());
    if (wanted == 0)
        return {false, 0, "neither lists skills they want to learn"};
    auto to_mentee = shared_items(mentor.profile.skills_offered, mentee_wants);
    auto to_mentor = shared_items(mentee.profile.skills_offered, mentor_wants);
    Compared c{true, skills_similarity(static_cast<int>(to_mentee.size() + to_mentor.size()), wanted), {}};
    if (!to_mentee.empty())
        c.detail = mentor.details.name + " offers " + join(to_mentee) + " that " + mentee.details.name + " wants";
    if (!to_mentor.empty())
        c.detail += (c.detail.empty() ? "" : "; ") + mentee.details.name + " offers " + join(to_mentor) + " that " + mentor.details.name + " wants";
    if (c.detail.empty())
        c.detail = "neither offers a skill the other wants";
    return c;
}

Compared compare_lists(const Person& mentor, const Person& mentee, const std::vector<std::string>& a, const std::vector<std::string>& b, const char* what, const char* verb)
{
    auto ta = list_tokens(a);
    auto tb = list_tokens(b);
    if (ta.empty() || tb.empty())
        return {false, 0, not_given(mentor, mentee, !ta.empty(), what)};
    auto shared = shared_items(a, tb);
    Compared c{true, overlap_similarity(static_cast<int>(shared.size()), static_cast<int>(std::min(ta.size(), tb.size()))), {}};
    c.detail = shared.empty() ? std::string("nothing in common") : std::string("both ") + verb + " " + join(shared);
    return c;
}

Compared compare_availability(const Person& mentor, const Person& mentee)
{
    auto a = availability_slots(mentor.profile.availability);
    auto b = availability_slots(mentee.profile.availability);
    if (a == 0 || b == 0)
        return {false, 0, not_given(mentor, mentee, a != 0, "availability")};
    auto shared = a & b;
    int smaller = std::min(__builtin_popcount(a), __builtin_popcount(b));
    Compared c{true, overlap_similarity(__builtin_popcount(shared), smaller), {}};
    c.detail = shared == 0 ? std::string("no common time") : "both free " + describe_slots(shared);
    return c;
}

Compared compare_time_zones(const Person& mentor, const Person& mentee)
{
    auto a = utc_offset_minutes(mentor.profile.time_zone);
    auto b = utc_offset_minutes(mentee.profile.time_zone);
    if (!a || !b)
        return {false, 0, not_given(mentor, mentee, a.has_value(), "time zone")};
    Compared c{true, time_zone_similarity(*a, *b), {}};
    int apart = std::abs(*a - *b);
    if (apart == 0) {
        c.detail = "same time zone";
    } else {
        // Appended piece by piece: "3 hours apart", "5:30 hours apart", "1 hour apart".
        c.detail = std::to_string(apart / 60);
        if (apart % 60) {
            c.detail += apart % 60 < 10 ? ":0" : ":";
            c.detail += std::to_string(apart % 60);
        }
        c.detail += apart == 60 ? " hour apart" : " hours apart";
    }
    return c;
}

Compared compare_category(const Person& mentor, const Person& mentee, const std::string& a, const std::string& b, const char* what, bool prefer_different)
{
    if (trim(a).empty() || trim(b).empty())
        return {false, 0, not_given(mentor, mentee, !trim(a).empty(), what)};
    bool same = list_token(a) == list_token(b);
    Compared c{true, (same != prefer_different) ? FULL : 0, {}};
    if (same)
        c.detail = "both " + trim(a) + (prefer_different ? " (different is preferred)" : "");
    else
        c.detail = trim(a) + " and " + trim(b) + (prefer_different ? ", different as preferred" : "");
    return c;
}

Compared compare_level(const ProgramState& state, const Person& mentor, const Person& mentee)
{
    int a = mentor.details.level;
    int b = mentee.details.level;
    if (a == 0 || b == 0)
        return {false, 0, not_given(mentor, mentee, a != 0, "level")};
    program::ProgramType type = state.program ? state.program->type : program::ProgramType::Mentorship;
    Compared c{true, 0, {}};
    if (type == program::ProgramType::ColleagueConnect) {
        c.similarity = closeness_similarity(a, b, LEVELS_FOR_FULL);
    } else {
        int preferred_gap = type == program::ProgramType::ReverseMentorship ? b - a : a - b;
        c.similarity = level_similarity(preferred_gap);
    }
    c.detail = std::string(people::level_name(a)) + " and " + std::string(people::level_name(b));
    return c;
}

Compared compare_question(const ProgramState& state, const Person& mentor, const Person& mentee, const CriterionSetting& setting)
{
    auto question = std::find_if(state.questions.begin(), state.questions.end(), [&](const questionnaire::Question& q) { return q.id == setting.key.question; });
    const questionnaire::Answer* a = answer_of(mentor, setting.key.question);
    const questionnaire::Answer* b = answer_of(mentee, setting.key.question);
    if (question == state.questions.end())
        return {false, 0, "question removed"};
    if (!a || !b)
        return {false, 0, std::string("not answered by ") + (a ? mentee.details.name : mentor.details.name)};
    using questionnaire::QuestionType;
    switch (question->type) {
    case QuestionType::SingleChoice:
        return compare_category(mentor, mentee, a->values.front(), b->values.front(), "answer", setting.prefer_different);
    case QuestionType::MultipleChoice:
        return compare_lists(mentor, mentee, a->values, b->values, "answer", "chose");
    case QuestionType::Scale:
    case QuestionType::Number: {
        auto x = parse_milli(a->values.front());
        auto y = parse_milli(b->values.front());
        if (!x || !y)
            return {false, 0, "not a number"};
        std::int64_t range = question->type == QuestionType::Scale ? std::int64_t{question->scale_max - question->scale_min} * 1000 : std::max(std::abs(*x), std::abs(*y));
        return {true, closeness_similarity(*x, *y, range), trim(a->values.front()) + " and " + trim(b->values.front())};
    }
    case QuestionType::ShortText:
    case QuestionType::LongText: {
        auto wa = text_words(a->values.front());
        auto wb = text_words(b->values.front());
        if (wa.empty() || wb.empty())
            return {false, 0, "no words to compare"};
        auto shared = intersect(wa, wb);
        Compared c{true, text_similarity(static_cast<int>(shared.size()), static_cast<int>(std::min(wa.size(), wb.size()))), {}};
        if (shared.size() > 8)
            shared.resize(8);
        c.detail = shared.empty() ? std::string("no words in common") : "both mention " + join(shared);
        return c;
    }
    case QuestionType::Date:
        break;
    }
    return {false, 0, "not compared"};
}

Compared compare(const ProgramState& state, const Person& mentor, const Person& mentee, const CriterionSetting& setting)
{
    switch (setting.key.kind) {
    case CriterionKind::Skills:
        return compare_skills(mentor, mentee);
    case CriterionKind::Interests:
        return compare_lists(mentor, mentee, mentor.profile.interests, mentee.profile.interests, "interests", "like");
    case CriterionKind::Availability:
        return compare_availability(mentor, mentee);
    case CriterionKind::TimeZone:
        return compare_time_zones(mentor, mentee);
    case CriterionKind::Department:
        return compare_category(mentor, mentee, mentor.details.department, mentee.details.department, "department", setting.prefer_different);
    case CriterionKind::Location:
        return compare_category(mentor, mentee, mentor.profile.location, mentee.profile.location, "location", setting.prefer_different);
    case CriterionKind::Level:
        return compare_level(state, mentor, mentee);
    case CriterionKind::Question:
        return compare_question(state, mentor, mentee, setting);
    }
    return {};
}

}

const questionnaire::Answer* answer_of(const people::Person& person, const questionnaire::QuestionId& question)
{
    auto it = person.answers.find(question);
    if (it == person.answers.end() || it->second.empty())
        return nullptr;
    return &it->second;
}

int combine_score(std::int64_t weighted_similarity, std::int64_t total_weight)
{
    if (total_weight <= 0)
        return 0;
    return static_cast<int>((weighted_similarity * 100 + total_weight * FULL / 2) / (total_weight * FULL));
}

ScoreExplanation explain_pair(const ProgramState& state, const program::MatchType& match_type, const people::Person& mentor, const people::Person& mentee)
{
    ScoreExplanation out;
    std::int64_t total_weight = 0;
    std::int64_t weighted = 0;
    for (const CriterionSetting& setting : effective_criteria(state)) {
        if (setting.weight <= 0)
            continue;
        Compared c = compare(state, mentor, mentee, setting);
        CriterionResult r;
        r.setting = setting;
        r.label = criterion_label(state, setting.key);
        r.answered = c.answered;
        r.similarity = c.similarity;
        r.detail = std::move(c.detail);
        r.below_threshold = setting.threshold > 0 && c.similarity < setting.threshold * (FULL / 100);
        total_weight += setting.weight;
        weighted += std::int64_t{setting.weight} * c.similarity;
        out.criteria.push_back(std::move(r));
    }
    for (CriterionResult& r : out.criteria)
        r.points_tenths = static_cast<int>((std::int64_t{r.setting.weight} * r.similarity * 1000 + total_weight * FULL / 2) / (total_weight * FULL));
    out.score = combine_score(weighted, total_weight);
    out.exclusion = pair_exclusion(state, match_type, mentor, mentee);
    if (!out.exclusion) {
        for (const CriterionResult& r : out.criteria) {
            if (r.below_threshold) {
                out.exclusion = Exclusion{ExclusionRule::BelowThreshold, r.label + " must match at least " + std::to_string(r.setting.threshold) + "% (this pair: " + std::to_string(r.similarity / 10) + "%)"};
                break;
            }
        }
    }
    if (out.exclusion)
        out.score = 0;
    return out;
}

}
