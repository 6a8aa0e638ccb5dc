#include "app/privacy_audit.h"

#include "core/base/overloaded.h"
#include "core/domain/privacy/person_fields.h"
#include "core/domain/privacy/private_text.h"

#include <algorithm>

namespace turnabout {

namespace {

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

// The person an event is about, what it carries in plain text and its sealed groups.
struct Carried {
    PersonId person;
    people::Person values;
    std::vector<std::string> fields;
    std::vector<privacy::SealedFields> sealed;
};

std::optional<Carried> carried_by(const ProgramState& state, const EventBody& body)
{
    using namespace privacy;
    auto with = [&](const PersonId& id, unsigned carries, const people::PersonDetails* d, const people::Profile* p, const people::Answers* a, const std::vector<SealedFields>& sealed) {
        Carried c;
        c.person = id;
        if (d)
            c.values.details = *d;
        if (p)
            c.values.profile = *p;
        if (a)
            c.values.answers = *a;
        c.fields = carried_fields(state, carries);
        // Answers to questions removed since are in the event all the same.
        if (a) {
            for (const auto& [question, answer] : *a) {
                if (std::find(c.fields.begin(), c.fields.end(), answer_field(question)) == c.fields.end())
                    c.fields.push_back(answer_field(question));
            }
        }
        c.sealed = sealed;
        return std::optional<Carried>(std::move(c));
    };
    return std::visit(Overloaded{
                          [&](const people::PersonAdded& e) { return with(e.id, CarriesDetails, &e.details, nullptr, nullptr, e.sealed); },
                          [&](const people::PersonUpdated& e) { return with(e.id, CarriesDetails, &e.details, nullptr, nullptr, e.sealed); },
                          [&](const people::RegistrationSubmitted& e) { return with(e.id, CarriesDetails | CarriesAnswers, &e.details, nullptr, &e.answers, e.sealed); },
                          [&](const people::ProfileUpdated& e) { return with(e.id, CarriesDetails | CarriesProfile, &e.details, &e.profile, nullptr, e.sealed); },
                          [&](const people::AnswersUpdated& e) { return with(e.id, CarriesAnswers, nullptr, nullptr, &e.answers, e.sealed); },
                          [&](const privacy::PartnerShared& e) {
                              Carried c;
                              c.person = e.person;
                              c.sealed = {e.fields};
                              return std::optional<Carried>(std::move(c));
                          },
                          [](const auto&) { return std::optional<Carried>(); },
                      },
        body);
}

std::string label_of(const ProgramState& state, const std::string& field)
{
    return privacy::field_label(state, field);
}

// The private notes of one event (plain from an older Turnabout, or sealed to their
// readers) that `reader` could read, or, with `only_about`, that anyone could read
// about that person.
void add_notes(const ProgramState& state, const Envelope& envelope, const PersonId& reader, const PersonId& only_about, std::vector<AuditLine>& out)
{
    EventBody body = envelope.body;
    for (const privacy::PrivateField& note : privacy::private_fields(state, body)) {
        if (note.text->empty() || note.people.empty())
            continue;
        const auto among = [&](const PersonId& person) { return std::find(note.people.begin(), note.people.end(), person) != note.people.end(); };
        if (!only_about.empty() && !among(only_about))
            continue;
        const PersonId about = !only_about.empty() ? only_about : (!reader.empty() && among(reader) ? reader : note.people.front());
        const std::string what(note.what);
        const std::string label(privacy::private_field_label(note.what));
        if (!note.text->is_sealed())
            out.push_back(AuditLine{about, what, label, false, note.text->stored(), envelope.id, true});
        else if (!reader.empty() && among(reader))
            out.push_back(AuditLine{about, what, label, true, {}, envelope.id, true});
    }
}

bool for_reader(const PersonId& reader, const PersonId& about, const privacy::SealedFields& group)
{
    return reader == about || (group.readers == privacy::Readers::PartnerAndAdmin && std::find(group.partners.begin(), group.partners.end(), reader) != group.partners.end());
}

std::vector<AuditLine> audit(const ProgramState& state, const EventLog& log, const PersonId& reader, const PersonId& only_about)
{
    std::vector<AuditLine> out;
    for (const Envelope* envelope : log.in_replay_order()) {
        add_notes(state, *envelope, reader, only_about, out);
        auto carried = carried_by(state, envelope->body);
        if (!carried || (!only_about.empty() && carried->person != only_about))
            continue;
        for (const std::string& field : carried->fields) {
            if (privacy::is_sealed(carried->sealed, field))
                continue;
            std::string value = field_text(state, carried->values, field);
            if (!value.empty())
                out.push_back(AuditLine{carried->person, field, label_of(state, field), false, std::move(value), envelope->id});
        }
        if (reader.empty())
            continue;
        for (const privacy::SealedFields& group : carried->sealed) {
            if (!for_reader(reader, carried->person, group))
                continue;
            for (const std::string& field : group.fields)
                out.push_back(AuditLine{carried->person, field, label_of(state, field), true, {}, envelope->id});
        }
    }
    return out;
}

}

std::string field_text(const ProgramState& state, const people::Person& person, const std::string& field)
{
    const people::PersonDetails& d = person.details;
    const people::Profile& p = person.profile;
    if (auto question = privacy::question_of(field)) {
        auto it = person.answers.find(*question);
        return it == person.answers.end() ? std::string() : joined(it->second.values);
    }
    if (field == "email")
        return d.email;
    if (field == "job_title")
        return d.job_title;
    if (field == "department")
        return d.department;
    if (field == "level")
        return d.level == 0 ? std::string() : std::string(people::level_name(d.level));
    if (field == "manager") {
        if (p.manager.empty())
            return {};
        auto it = state.people.find(p.manager);
        return it == state.people.end() ? p.manager.value : it->second.details.name;
    }
    if (field == "location")
        return p.location;
    if (field == "time_zone")
        return p.time_zone;
    if (field == "skills_offered")
        return joined(p.skills_offered);
    if (field == "skills_wanted")
        return joined(p.skills_wanted);
    if (field == "interests")
        return joined(p.interests);
    if (field == "availability")
        return p.availability;
    return {};
}

std::vector<AuditLine> audit_for(const ProgramState& state, const EventLog& log, const PersonId& reader)
{
    return audit(state, log, reader, PersonId{});
}

std::vector<AuditLine> newest_of_each(std::vector<AuditLine> lines)
{
    std::vector<AuditLine> out;
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const bool seen = !it->note && std::any_of(out.begin(), out.end(), [&](const AuditLine& kept) { return kept.about == it->about && kept.field == it->field && kept.sealed == it->sealed; });
        if (!seen)
            out.push_back(std::move(*it));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<AuditLine> plain_about(const ProgramState& state, const EventLog& log, const PersonId& about)
{
    return audit(state, log, PersonId{}, about);
}

}
