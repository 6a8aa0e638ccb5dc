#include "core/domain/matching/criteria.h"

#include <algorithm>

namespace turnabout::matching {

namespace {

constexpr CriterionKind PROFILE_KINDS[] = {CriterionKind::Skills, CriterionKind::Interests, CriterionKind::Availability, CriterionKind::TimeZone, CriterionKind::Department, CriterionKind::Location, CriterionKind::Level};

constexpr std::string_view QUESTION_PREFIX = "q:";

}

std::string_view criterion_kind_name(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::Skills:
        return "skills";
    case CriterionKind::Interests:
        return "interests";
    case CriterionKind::Availability:
        return "availability";
    case CriterionKind::TimeZone:
        return "time_zone";
    case CriterionKind::Department:
        return "department";
    case CriterionKind::Location:
        return "location";
    case CriterionKind::Level:
        return "level";
    case CriterionKind::Question:
        return "question";
    }
    return "skills";
}

std::optional<CriterionKind> criterion_kind_from_name(std::string_view name)
{
    for (CriterionKind kind : PROFILE_KINDS) {
        if (criterion_kind_name(kind) == name)
            return kind;
    }
    if (name == "question")
        return CriterionKind::Question;
    return std::nullopt;
}

std::string criterion_key_name(const CriterionKey& key)
{
    if (key.kind == CriterionKind::Question)
        return std::string(QUESTION_PREFIX) + key.question.value;
    return std::string(criterion_kind_name(key.kind));
}

std::optional<CriterionKey> criterion_key_from_name(std::string_view name)
{
    if (name.starts_with(QUESTION_PREFIX) && name.size() > QUESTION_PREFIX.size())
        return CriterionKey{CriterionKind::Question, questionnaire::QuestionId{std::string(name.substr(QUESTION_PREFIX.size()))}};
    auto kind = criterion_kind_from_name(name);
    if (!kind || *kind == CriterionKind::Question)
        return std::nullopt;
    return CriterionKey{*kind, {}};
}

bool question_comparable(questionnaire::QuestionType type)
{
    return type != questionnaire::QuestionType::Date;
}

CriterionSetting default_criterion(program::ProgramType type, const CriterionKey& key)
{
    bool reverse = type == program::ProgramType::ReverseMentorship;
    CriterionSetting s;
    s.key = key;
    switch (key.kind) {
    case CriterionKind::Question:
        // Questions marked as criteria are about the person: interpersonal fit.
        s.weight = reverse ? 5 : 3;
        break;
    case CriterionKind::Skills:
        s.weight = reverse ? 3 : 5;
        break;
    case CriterionKind::Interests:
        s.weight = reverse ? 3 : 2;
        break;
    case CriterionKind::Availability:
    case CriterionKind::TimeZone:
        s.weight = 2;
        break;
    case CriterionKind::Department:
        // Reverse mentoring exists to see the organisation from elsewhere.
        s.weight = reverse ? 1 : 0;
        s.prefer_different = reverse;
        break;
    case CriterionKind::Location:
        s.weight = 1;
        break;
    case CriterionKind::Level:
        s.weight = type == program::ProgramType::ReverseMentorship ? 0 : 1;
        break;
    }
    return s;
}

namespace {

std::vector<std::string> fields_of(const CriterionKey& key)
{
    switch (key.kind) {
    case CriterionKind::Skills:
        return {"skills_offered", "skills_wanted"};
    case CriterionKind::Interests:
        return {"interests"};
    case CriterionKind::Availability:
        return {"availability"};
    case CriterionKind::TimeZone:
        return {"time_zone"};
    case CriterionKind::Department:
        return {"department"};
    case CriterionKind::Location:
        return {"location"};
    case CriterionKind::Level:
        return {"level"};
    case CriterionKind::Question:
        return {"answer:" + key.question.value};
    }
    return {};
}

bool hidden_from_reader(const ProgramState& state, const CriterionKey& key)
{
    const auto fields = fields_of(key);
    for (const auto& [id, person] : state.people) {
        for (const std::string& field : fields) {
            if (person.hidden.contains(field))
                return true;
        }
    }
    return false;
}

}

std::vector<CriterionSetting> effective_criteria(const ProgramState& state)
{
    program::ProgramType type = state.program ? state.program->type : program::ProgramType::Mentorship;
    std::vector<CriterionKey> keys;
    for (CriterionKind kind : PROFILE_KINDS)
        keys.push_back(CriterionKey{kind, {}});
    for (const questionnaire::Question& q : state.questions) {
        if (q.matching_criterion && question_comparable(q.type))
            keys.push_back(CriterionKey{CriterionKind::Question, q.id});
    }
    // Interpersonal questions lead in reverse mentoring, so they are listed first.
    if (type == program::ProgramType::ReverseMentorship)
        std::stable_partition(keys.begin(), keys.end(), [](const CriterionKey& k) { return k.kind == CriterionKind::Question; });
    std::vector<CriterionSetting> out;
    for (const CriterionKey& key : keys) {
        // Scores use only what this state's reader may read: a criterion whose field is
        // sealed from them for someone is left out for everyone (core/domain/privacy).
        if (hidden_from_reader(state, key))
            continue;
        auto chosen = std::find_if(state.matching.settings.criteria.begin(), state.matching.settings.criteria.end(), [&](const CriterionSetting& c) { return c.key == key; });
        out.push_back(chosen != state.matching.settings.criteria.end() ? *chosen : default_criterion(type, key));
    }
    return out;
}

std::string criterion_label(const ProgramState& state, const CriterionKey& key)
{
    switch (key.kind) {
    case CriterionKind::Skills:
        return "Skills";
    case CriterionKind::Interests:
        return "Interests";
    case CriterionKind::Availability:
        return "Availability";
    case CriterionKind::TimeZone:
        return "Time zone";
    case CriterionKind::Department:
        return "Department";
    case CriterionKind::Location:
        return "Location";
    case CriterionKind::Level:
        return "Level";
    case CriterionKind::Question:
        break;
    }
    for (const questionnaire::Question& q : state.questions) {
        if (q.id == key.question)
            return q.text;
    }
    return "Question " + key.question.value;
}

std::string_view match_state_name(MatchState state)
{
    switch (state) {
    case MatchState::Active:
        return "active";
    case MatchState::Completed:
        return "completed";
    case MatchState::EndedEarly:
        return "ended_early";
    case MatchState::Reassigned:
        return "reassigned";
    case MatchState::PersonLeft:
        return "person_left";
    }
    return "active";
}

std::optional<MatchState> match_state_from_name(std::string_view name)
{
    for (MatchState s : {MatchState::Active, MatchState::Completed, MatchState::EndedEarly, MatchState::Reassigned, MatchState::PersonLeft}) {
        if (match_state_name(s) == name)
            return s;
    }
    return std::nullopt;
}

}
