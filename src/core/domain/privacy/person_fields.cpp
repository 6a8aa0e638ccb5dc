#include "core/domain/privacy/person_fields.h"

#include "core/domain/privacy/private_text.h"
#include "core/domain/state.h"

#include <algorithm>
#include <array>

namespace turnabout::privacy {

namespace {

constexpr std::array PROFILE_FIELDS{
    ProfileField{"email", "Email"},
    ProfileField{"job_title", "Job title"},
    ProfileField{"department", "Department"},
    ProfileField{"level", "Level"},
    ProfileField{"manager", "Manager"},
    ProfileField{"location", "Location"},
    ProfileField{"time_zone", "Time zone"},
    ProfileField{"skills_offered", "Skills offered"},
    ProfileField{"skills_wanted", "Skills wanted"},
    ProfileField{"interests", "Interests"},
    ProfileField{"availability", "Availability"},
};

constexpr std::string_view ANSWER_PREFIX = "answer:";

bool is_detail(std::string_view field)
{
    return field == "email" || field == "job_title" || field == "department" || field == "level";
}

}

FieldReaders default_field_readers()
{
    return {
        {"email", Readers::PartnerAndAdmin},
        {"level", Readers::AdminOnly},
        {"manager", Readers::AdminOnly},
    };
}

std::span<const ProfileField> profile_fields()
{
    return PROFILE_FIELDS;
}

std::string answer_field(const questionnaire::QuestionId& question)
{
    return std::string(ANSWER_PREFIX) + question.value;
}

std::optional<questionnaire::QuestionId> question_of(std::string_view field)
{
    if (!field.starts_with(ANSWER_PREFIX) || field.size() == ANSWER_PREFIX.size())
        return std::nullopt;
    return questionnaire::QuestionId{std::string(field.substr(ANSWER_PREFIX.size()))};
}

std::vector<std::string> carried_fields(const ProgramState& state, unsigned carries)
{
    std::vector<std::string> out;
    for (const ProfileField& field : PROFILE_FIELDS) {
        const bool detail = is_detail(field.name);
        if ((detail && (carries & CarriesDetails)) || (!detail && (carries & CarriesProfile)))
            out.emplace_back(field.name);
    }
    if (carries & CarriesAnswers) {
        for (const questionnaire::Question& question : state.questions)
            out.push_back(answer_field(question.id));
    }
    return out;
}

Readers readers_of(const ProgramState& state, std::string_view field)
{
    if (auto question = question_of(field)) {
        for (const questionnaire::Question& q : state.questions) {
            if (q.id == *question)
                return q.readers;
        }
        return Readers::Everyone;
    }
    auto it = state.privacy.field_readers.find(std::string(field));
    return it == state.privacy.field_readers.end() ? Readers::Everyone : it->second;
}

std::string field_label(const ProgramState& state, std::string_view field)
{
    if (auto question = question_of(field)) {
        for (const questionnaire::Question& q : state.questions) {
            if (q.id == *question)
                return q.text;
        }
        return "A question no longer asked";
    }
    for (const ProfileField& f : PROFILE_FIELDS) {
        if (f.name == field)
            return std::string(f.label);
    }
    return std::string(field);
}

void blank_field(people::Person& person, std::string_view field)
{
    people::PersonDetails& d = person.details;
    people::Profile& p = person.profile;
    if (auto question = question_of(field))
        person.answers.erase(*question);
    else if (field == "email")
        d.email.clear();
    else if (field == "job_title")
        d.job_title.clear();
    else if (field == "department")
        d.department.clear();
    else if (field == "level")
        d.level = 0;
    else if (field == "manager")
        p.manager = PersonId{};
    else if (field == "location")
        p.location.clear();
    else if (field == "time_zone")
        p.time_zone.clear();
    else if (field == "skills_offered")
        p.skills_offered.clear();
    else if (field == "skills_wanted")
        p.skills_wanted.clear();
    else if (field == "interests")
        p.interests.clear();
    else if (field == "availability")
        p.availability.clear();
}

void copy_field(const people::Person& from, people::Person& to, std::string_view field)
{
    if (auto question = question_of(field)) {
        auto it = from.answers.find(*question);
        if (it != from.answers.end())
            to.answers[*question] = it->second;
        else
            to.answers.erase(*question);
        return;
    }
    blank_field(to, field);
    const people::PersonDetails& d = from.details;
    const people::Profile& p = from.profile;
    if (field == "email")
        to.details.email = d.email;
    else if (field == "job_title")
        to.details.job_title = d.job_title;
    else if (field == "department")
        to.details.department = d.department;
    else if (field == "level")
        to.details.level = d.level;
    else if (field == "manager")
        to.profile.manager = p.manager;
    else if (field == "location")
        to.profile.location = p.location;
    else if (field == "time_zone")
        to.profile.time_zone = p.time_zone;
    else if (field == "skills_offered")
        to.profile.skills_offered = p.skills_offered;
    else if (field == "skills_wanted")
        to.profile.skills_wanted = p.skills_wanted;
    else if (field == "interests")
        to.profile.interests = p.interests;
    else if (field == "availability")
        to.profile.availability = p.availability;
}

bool is_sealed(std::span<const SealedFields> sealed, std::string_view field)
{
    return std::any_of(sealed.begin(), sealed.end(), [&](const SealedFields& group) {
        return std::find(group.fields.begin(), group.fields.end(), field) != group.fields.end();
    });
}

std::string email_key_of(std::span<const SealedFields> sealed)
{
    for (const SealedFields& group : sealed) {
        if (std::find(group.fields.begin(), group.fields.end(), "email") != group.fields.end())
            return group.email_key;
    }
    return {};
}

std::set<questionnaire::QuestionId> sealed_questions(std::span<const SealedFields> sealed)
{
    std::set<questionnaire::QuestionId> out;
    for (const SealedFields& group : sealed) {
        for (const std::string& field : group.fields) {
            if (auto question = question_of(field))
                out.insert(*question);
        }
    }
    return out;
}

Status check_sealed(const ProgramState& state, std::span<const SealedFields> sealed, const std::vector<std::string>& carried)
{
    if (sealed.size() > MAX_SEALED_GROUPS)
        return make_error("sealed_invalid", "sealed fields: at most " + std::to_string(MAX_SEALED_GROUPS) + " groups");
    std::set<std::string> seen;
    for (const SealedFields& group : sealed) {
        if (group.readers == Readers::Everyone)
            return make_error("sealed_invalid", "sealed fields: a field for everyone is not sealed");
        if (group.fields.empty() || group.fields.size() > MAX_SEALED_FIELDS)
            return make_error("sealed_invalid", "sealed fields: a group names from 1 to " + std::to_string(MAX_SEALED_FIELDS) + " fields");
        for (const std::string& field : group.fields) {
            if (std::find(carried.begin(), carried.end(), field) == carried.end())
                return make_error("sealed_invalid", "sealed fields: \"" + field + "\" is not a field this change sets");
            if (!seen.insert(field).second)
                return make_error("sealed_invalid", "sealed fields: \"" + field + "\" is sealed twice");
        }
        if (group.partners.size() > static_cast<std::size_t>(people::MAX_CAPACITY) + 5)
            return make_error("sealed_invalid", "sealed fields: more partners than any person has");
        const bool seals_email = std::find(group.fields.begin(), group.fields.end(), "email") != group.fields.end();
        if ((!seals_email && !group.email_key.empty()) || group.email_key.size() > 64)
            return make_error("sealed_invalid", "sealed fields: an email key belongs with a sealed email");
        if (!group.content.is_sealed() || group.content.stored().size() > MAX_SEALED_CONTENT)
            return make_error("sealed_invalid", "sealed fields: the content is not sealed text of a bounded size");
    }
    (void)state;
    return {};
}

void record_sealed(people::Person& person, const std::vector<std::string>& carried, std::span<const SealedFields> sealed)
{
    for (const std::string& field : carried) {
        if (is_sealed(sealed, field))
            person.hidden.insert(field);
        else
            person.hidden.erase(field);
    }
    if (std::find(carried.begin(), carried.end(), "email") != carried.end())
        person.email_key = email_key_of(sealed);
    // A question removed since is no longer carried: its sealed answer stays hidden
    // until a later change says otherwise.
    person.sealed.insert(person.sealed.end(), sealed.begin(), sealed.end());
}

std::vector<PersonId> active_partners(const ProgramState& state, const PersonId& person)
{
    std::vector<PersonId> out;
    for (const auto& [id, match] : state.matching.matches) {
        if (match.state != matching::MatchState::Active)
            continue;
        if (match.mentor == person)
            out.push_back(match.mentee);
        else if (match.mentee == person)
            out.push_back(match.mentor);
    }
    return out;
}

bool shared_with(const people::Person& person, const PersonId& partner)
{
    return std::any_of(person.sealed.begin(), person.sealed.end(), [&](const SealedFields& group) {
        return group.readers == Readers::PartnerAndAdmin && std::find(group.partners.begin(), group.partners.end(), partner) != group.partners.end();
    });
}

}
