#include "program_scores.h"

#include "core/domain/matching/criteria.h"
#include "core/domain/questionnaire/question.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace turnabout::bench {

namespace {

std::vector<std::string> numbered(const char* stem, int count)
{
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i)
        out.push_back(std::string(stem) + " " + std::to_string(i));
    return out;
}

// Made-up words of letters only (free text is compared word by word): "kalomi", ...
std::vector<std::string> made_up_words(int count, std::mt19937_64& rng)
{
    static const char* const SYLLABLES[] = {"ka", "lo", "mi", "ter", "san", "vo", "ru", "pel", "di", "nax", "bo", "quin", "ze", "tra", "fu", "gor"};
    std::vector<std::string> out;
    while (static_cast<int>(out.size()) < count) {
        std::string word;
        for (int s = 0; s < 3; ++s)
            word += SYLLABLES[rng() % 16];
        if (std::find(out.begin(), out.end(), word) == out.end())
            out.push_back(word);
    }
    return out;
}

}

ProgramState seeded_program(const ProgramShape& shape)
{
    std::mt19937_64 rng(shape.seed);
    auto below = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    const auto skills = numbered("skill", 60);
    const auto hobbies = numbered("hobby", 40);
    const auto departments = numbered("department", 12);
    const auto locations = numbered("office", 8);
    // A vocabulary of 2,000 words, of which an answer uses 6 to 15.
    const auto words = made_up_words(2000, rng);
    const std::vector<std::string> zones = {"Europe/London", "Europe/Paris", "Europe/Athens", "America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney"};
    const std::vector<std::string> times = {"Monday mornings", "Tuesday afternoons, Thursday mornings", "weekday evenings", "Wednesday", "Friday afternoons", "weekday mornings", "Tuesday, Thursday", "any time"};
    const std::vector<std::string> channels = {"Virtual", "In person", "Email", "Phone"};
    auto sample = [&](const std::vector<std::string>& from, int count) {
        std::vector<std::string> out;
        while (static_cast<int>(out.size()) < count) {
            const std::string& item = from[below(from.size())];
            if (std::find(out.begin(), out.end(), item) == out.end())
                out.push_back(item);
        }
        return out;
    };
    auto sentence = [&](int count) {
        std::string out;
        for (int i = 0; i < count; ++i)
            out += words[below(words.size())] + (i + 1 < count ? " " : ".");
        return out;
    };

    ProgramState state;
    program::Program p;
    p.id = ProgramId{"p-bench"};
    p.name = "Benchmark";
    p.type = program::ProgramType::Mentorship;
    p.match_types = {program::default_match_type(p.type, program::MatchTypeId{"m-1"})};
    p.match_types[0].limits.mentees_per_mentor = shape.max_mentor_capacity;
    state.program = p;
    state.questions = questionnaire::default_questionnaire();
    const int people_count = shape.mentees + shape.mentors;
    std::vector<PersonId> ids;
    for (int n = 0; n < people_count; ++n) {
        char id[16];
        std::snprintf(id, sizeof id, "u-%06d", n);
        ids.push_back(PersonId{id});
    }
    for (int n = 0; n < people_count; ++n) {
        const bool mentor = n >= shape.mentees;
        people::Person person;
        person.id = ids[static_cast<std::size_t>(n)];
        person.details.name = "Person " + std::to_string(n);
        person.details.email = "person" + std::to_string(n) + "@example.org";
        person.details.department = departments[below(departments.size())];
        person.details.level = mentor ? 4 + static_cast<int>(below(6)) : 1 + static_cast<int>(below(5));
        person.details.role = mentor ? people::Role::Mentor : people::Role::Mentee;
        people::Profile& profile = person.profile;
        // One in five reports to someone listed before them: reporting lines to respect.
        if (n > 0 && below(5) == 0)
            profile.manager = ids[below(static_cast<std::size_t>(n))];
        profile.location = locations[below(locations.size())];
        profile.time_zone = zones[below(zones.size())];
        profile.skills_offered = sample(skills, 2 + static_cast<int>(below(4)));
        profile.skills_wanted = sample(skills, 1 + static_cast<int>(below(3)));
        profile.interests = sample(hobbies, 1 + static_cast<int>(below(4)));
        profile.availability = times[below(times.size())];
        profile.capacity = shape.min_mentor_capacity + static_cast<int>(below(static_cast<std::size_t>(shape.max_mentor_capacity - shape.min_mentor_capacity + 1)));
        person.answers[questionnaire::QuestionId{"q-communication"}] = {sample(channels, 1 + static_cast<int>(below(2)))};
        for (const char* q : {"q-strengths", "q-develop", "q-ideal", "q-describe", "q-passions", "q-time"})
            person.answers[questionnaire::QuestionId{q}] = {{sentence(6 + static_cast<int>(below(10)))}};
        state.people.emplace(person.id, std::move(person));
    }
    return state;
}

ProgramScoreSource::ProgramScoreSource(const ProgramShape& shape)
    : m_state(seeded_program(shape))
    , m_model(std::make_unique<matching::ScoringModel>(m_state, m_state.program->match_types.front()))
{
}

int ProgramScoreSource::mentees() const { return static_cast<int>(m_model->mentees().size()); }
int ProgramScoreSource::mentors() const { return static_cast<int>(m_model->mentors().size()); }
int ProgramScoreSource::mentee_capacity(int mentee) const { return m_model->mentee_room(mentee); }
int ProgramScoreSource::mentor_capacity(int mentor) const { return m_model->mentor_room(mentor); }

void ProgramScoreSource::score_row(int mentee, std::int32_t* row) const
{
    std::vector<std::int16_t> scores(m_model->mentors().size());
    m_model->score_row(mentee, scores);
    for (std::size_t j = 0; j < scores.size(); ++j)
        row[j] = scores[j] == matching::EXCLUDED ? INELIGIBLE : scores[j];
}

}
