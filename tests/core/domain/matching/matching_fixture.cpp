#include "core/domain/matching/matching_fixture.h"

#include "core/domain/matching/criteria.h"
#include "core/domain/program/program_rules.h"

#include <gtest/gtest.h>

namespace turnabout::testing {

ProgramState matching_program(program::ProgramType type)
{
    auto setup = program::reverse_mentoring_template(*parse_iso_date("2027-01-04"), program::FIRST_MATCH_TYPE);
    setup.type = type;
    setup.match_types = {program::default_match_type(type, program::FIRST_MATCH_TYPE)};
    ProgramState state;
    run(state, ADMIN, program::SetUpProgram{PROGRAM, setup, questionnaire::default_questionnaire()});
    return state;
}

PersonId add_person(ProgramState& state, const std::string& name, const ProfileSpec& spec)
{
    PersonId id{"u-" + name};
    auto details = person(name, name + "@example.org", spec.role);
    details.department = spec.department;
    details.level = spec.level;
    run(state, ADMIN, people::AddPerson{id, details});
    people::Profile profile;
    if (!spec.manager.empty())
        profile.manager = PersonId{"u-" + spec.manager};
    profile.skills_offered = spec.offered;
    profile.skills_wanted = spec.wanted;
    profile.interests = spec.interests;
    profile.availability = spec.availability;
    profile.time_zone = spec.time_zone;
    profile.location = spec.location;
    profile.capacity = spec.capacity;
    if (profile != people::Profile{})
        run(state, ADMIN, people::UpdateProfile{id, details, profile});
    return id;
}

void give_answers(ProgramState& state, const PersonId& id, const people::Answers& answers)
{
    people::Answers all = answers;
    for (const auto& q : state.questions) {
        if (!q.required || all.contains(q.id))
            continue;
        if (q.type == questionnaire::QuestionType::SingleChoice || q.type == questionnaire::QuestionType::MultipleChoice)
            all[q.id] = questionnaire::Answer{{q.options[0]}};
        else
            all[q.id] = questionnaire::Answer{{"An answer"}};
    }
    run(state, people::actor_of(id), people::UpdateAnswers{id, all});
}

matching::MatchingSettings only_criteria(const ProgramState& state, std::vector<matching::CriterionSetting> chosen)
{
    matching::MatchingSettings settings = state.matching.settings;
    settings.criteria.clear();
    for (matching::CriterionSetting c : matching::effective_criteria(state)) {
        auto it = std::find_if(chosen.begin(), chosen.end(), [&](const matching::CriterionSetting& x) { return x.key == c.key; });
        if (it != chosen.end())
            c = *it;
        else
            c.weight = 0;
        settings.criteria.push_back(c);
    }
    return settings;
}

const program::MatchType& first_match_type(const ProgramState& state)
{
    return state.program->match_types.front();
}

const people::Person& who(const ProgramState& state, const PersonId& id)
{
    return state.people.at(id);
}

}
