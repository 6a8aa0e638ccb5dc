#include "core/domain/people/completeness.h"

#include "core/domain/questionnaire/questionnaire_rules.h"

namespace turnabout::people {

Completeness profile_completeness(const ProgramState& state, const Person& person)
{
    const auto& d = person.details;
    const auto& p = person.profile;
    const bool mentors = d.role == Role::Mentor || d.role == Role::Both;
    const bool mentees = d.role == Role::Mentee || d.role == Role::Both;
    std::vector<std::pair<bool, std::string>> items = {
        {!d.job_title.empty(), "job title"},
        {!d.department.empty(), "department"},
        {d.level != 0, "level"},
        {!p.location.empty(), "location"},
        {!p.time_zone.empty(), "time zone"},
        {!p.availability.empty(), "availability"},
        {!p.interests.empty(), "interests"},
    };
    if (mentors)
        items.push_back({!p.skills_offered.empty(), "skills you offer"});
    if (mentees)
        items.push_back({!p.skills_wanted.empty(), "skills you want to develop"});
    for (const auto& q : state.questions) {
        if (!questionnaire::applies_to(q, d.role))
            continue;
        auto it = person.answers.find(q.id);
        bool answered = it != person.answers.end() && !it->second.empty();
        // Optional questions count too: they are what a partner reads about you.
        items.push_back({answered, "answer to \"" + q.text + "\""});
    }
    Completeness out;
    int done = 0;
    for (const auto& [filled, label] : items) {
        if (filled)
            ++done;
        else
            out.missing.push_back(label);
    }
    out.percent = items.empty() ? 100 : (done * 100) / static_cast<int>(items.size());
    return out;
}

}
