// The store's side of who reads what: sealing a person's fields that are not for
// everyone when they are recorded, opening them (and the notes to the admin) for the
// reader a view reads as, sharing a person's fields for partners with a new partner,
// and, on the admin's browser, sealing to each person who they may not be matched
// with (core/domain/privacy).
#include "app/store.h"
#include "app/store_program.h"

#include "core/base/overloaded.h"
#include "core/domain/decide.h"
#include "core/domain/match_life/match_life_rules.h"
#include "core/domain/privacy/person_fields.h"
#include "core/domain/privacy/ruled_out.h"
#include "core/domain/trust/trust_rules.h"
#include "io/admin_note_codec.h"
#include "io/privacy_codec.h"
#include "io/sealing.h"
#include "io/signing.h"

#include <algorithm>
#include <set>
#include <utility>

namespace turnabout {

std::vector<DeviceId> reader_devices(const ProgramState& state, const DeviceId& self, const std::vector<PersonId>& people, bool admin)
{
    std::vector<DeviceId> readers{self};
    auto add = [&readers](const DeviceId& device) {
        if (!device.empty() && std::find(readers.begin(), readers.end(), device) == readers.end())
            readers.push_back(device);
    };
    // Every admin browser is a kiosk and reads what the admin reads.
    auto add_admin_devices = [&] {
        for (const DeviceId& device : state.trust.admin_devices)
            add(device);
    };
    for (const PersonId& person : people) {
        auto it = state.trust.registered_on.find(person);
        if (it != state.trust.registered_on.end() && !state.trust.is_admin_device(it->second))
            add(it->second);
        else
            add_admin_devices();
    }
    if (admin)
        add_admin_devices();
    return readers;
}

namespace {

// The person an event about a person's data is about, what it carries, and access to
// its values and sealed groups.
struct PersonData {
    PersonId person;
    unsigned carries = 0;
    people::PersonDetails* details = nullptr;
    people::Profile* profile = nullptr;
    people::Answers* answers = nullptr;
    std::vector<privacy::SealedFields>* sealed = nullptr;
};

std::optional<PersonData> person_data(EventBody& body)
{
    using namespace privacy;
    return std::visit(Overloaded{
                          [](people::PersonAdded& e) -> std::optional<PersonData> { return PersonData{e.id, CarriesDetails, &e.details, nullptr, nullptr, &e.sealed}; },
                          [](people::PersonUpdated& e) -> std::optional<PersonData> { return PersonData{e.id, CarriesDetails, &e.details, nullptr, nullptr, &e.sealed}; },
                          [](people::RegistrationSubmitted& e) -> std::optional<PersonData> { return PersonData{e.id, CarriesDetails | CarriesAnswers, &e.details, nullptr, &e.answers, &e.sealed}; },
                          [](people::ProfileUpdated& e) -> std::optional<PersonData> { return PersonData{e.id, CarriesDetails | CarriesProfile, &e.details, &e.profile, nullptr, &e.sealed}; },
                          [](people::AnswersUpdated& e) -> std::optional<PersonData> { return PersonData{e.id, CarriesAnswers, nullptr, nullptr, &e.answers, &e.sealed}; },
                          [](auto&) -> std::optional<PersonData> { return std::nullopt; },
                      },
        body);
}

// Whether `reader` is one of the people a group of `about`'s fields is for.
bool intended_for(const Reader& reader, const PersonId& about, const privacy::SealedFields& group)
{
    switch (reader.kind) {
    case Reader::Kind::Device:
    case Reader::Kind::Admin:
        return true;
    case Reader::Kind::Nobody:
        return false;
    case Reader::Kind::Person:
        return reader.person == about || (group.readers == privacy::Readers::PartnerAndAdmin && std::find(group.partners.begin(), group.partners.end(), reader.person) != group.partners.end());
    }
    return false;
}

}

void Store::seal_person_fields(const ProgramState& state, const ProgramState& reading, std::vector<EventBody>& bodies) const
{
    if (!state.trust.signed_program)
        return;
    for (EventBody& body : bodies) {
        if (auto* shared = std::get_if<privacy::PartnerShared>(&body)) {
            // The content: the person's fields for partners as this browser reads them.
            auto it = reading.people.find(shared->person);
            if (it == reading.people.end() || shared->fields.content.is_sealed())
                continue;
            const auto devices = reader_devices(state, m_identity.device, {shared->person, shared->partner}, true);
            shared->fields.content = io::seal_text(io::encode_field_values(it->second, shared->fields.fields), devices);
            continue;
        }
        if (auto* ruled = std::get_if<privacy::RuledOutSealed>(&body)) {
            // The content: the person's list as this browser reads the program, for
            // the person and the admin only; it never goes out in plain text.
            if (ruled->list.is_sealed())
                continue;
            const privacy::RuledOut list = privacy::ruled_out_for(reading, state, ruled->person);
            ruled->list = io::seal_text(io::encode_ruled_out(list), reader_devices(state, m_identity.device, {ruled->person}, true));
            continue;
        }
        auto data = person_data(body);
        if (!data || !data->sealed->empty())
            continue;
        people::Person values;
        if (data->details)
            values.details = *data->details;
        if (data->profile)
            values.profile = *data->profile;
        if (data->answers)
            values.answers = *data->answers;
        const auto carried = privacy::carried_fields(state, data->carries);
        people::Person blanked = values;
        for (privacy::Readers readers : {privacy::Readers::PartnerAndAdmin, privacy::Readers::AdminOnly}) {
            privacy::SealedFields group;
            group.readers = readers;
            for (const std::string& field : carried) {
                if (privacy::readers_of(state, field) == readers)
                    group.fields.push_back(field);
            }
            if (group.fields.empty())
                continue;
            std::vector<PersonId> people{data->person};
            if (readers == privacy::Readers::PartnerAndAdmin) {
                group.partners = privacy::active_partners(state, data->person);
                people.insert(people.end(), group.partners.begin(), group.partners.end());
            }
            group.content = io::seal_text(io::encode_field_values(values, group.fields), reader_devices(state, m_identity.device, people, true));
            if (std::find(group.fields.begin(), group.fields.end(), "email") != group.fields.end() && state.program && !values.details.email.empty())
                group.email_key = io::email_key(state.program->id, values.details.email);
            for (const std::string& field : group.fields)
                privacy::blank_field(blanked, field);
            data->sealed->push_back(std::move(group));
        }
        if (data->details)
            *data->details = blanked.details;
        if (data->profile)
            *data->profile = blanked.profile;
        if (data->answers)
            *data->answers = blanked.answers;
    }
}

ProgramState Store::read_state(const ProgramState& recorded, const Reader& reader) const
{
    ProgramState out = recorded;
    auto opened_text = [this](const privacy::PrivateText& text) -> const std::optional<std::string>& {
        auto cached = m_opened.find(text.stored());
        if (cached == m_opened.end())
            cached = m_opened.emplace(text.stored(), io::open_text(text, *m_key)).first;
        return cached->second;
    };
    // Notes to the admin this browser opens, for the one reading: the admin (and the
    // tool) all of them, a person only their own.
    for (const matching::NoteToAdmin& note : recorded.matching.notes_to_admin) {
        if (reader.kind == Reader::Kind::Nobody || (reader.kind == Reader::Kind::Person && reader.person != note.from))
            continue;
        const std::optional<std::string>& text = opened_text(note.content);
        if (!text)
            continue;
        if (auto said = io::decode_admin_note(*text))
            match_life::read_admin_note(out, note, *said);
    }
    if (!recorded.trust.signed_program)
        return out;
    for (auto& [id, person] : out.people) {
        if (person.hidden.empty())
            continue;
        std::set<std::string> opened;
        for (const privacy::SealedFields& group : person.sealed) {
            if (!intended_for(reader, id, group))
                continue;
            std::vector<std::string> wanted;
            for (const std::string& field : group.fields) {
                if (person.hidden.contains(field))
                    wanted.push_back(field);
            }
            if (wanted.empty())
                continue;
            const std::optional<std::string>& text = opened_text(group.content);
            if (!text)
                continue;
            // Newest last: a later group this reader opens wins.
            if (!io::decode_field_values(*text, wanted, person))
                continue;
            opened.insert(wanted.begin(), wanted.end());
        }
        for (const std::string& field : opened)
            person.hidden.erase(field);
    }
    // The lists of who a person may not be matched with: each for its person and the
    // admin. Kept even when empty, so that a list this browser opened can be told
    // from one it cannot open.
    for (const auto& [person, list] : recorded.privacy.ruled_out_sealed) {
        if (!list.is_sealed() || reader.kind == Reader::Kind::Nobody || (reader.kind == Reader::Kind::Person && reader.person != person))
            continue;
        auto cached = m_opened.find(list.stored());
        if (cached == m_opened.end())
            cached = m_opened.emplace(list.stored(), io::open_text(list, *m_key)).first;
        if (!cached->second)
            continue;
        if (auto decoded = io::decode_ruled_out(*cached->second))
            out.privacy.ruled_out[person] = std::move(*decoded);
    }
    return out;
}

const ProgramState& Store::reading_of(const Program& program) const
{
    if (!program.reading || program.reading_revision != m_revision || !(program.reading_reader == program.reader)) {
        // Into the same object: a pointer program() gave stays valid.
        if (!program.reading)
            program.reading = std::make_unique<ProgramState>();
        *program.reading = read_state(program.projection.state(), program.reader);
        program.reading_revision = m_revision;
        program.reading_reader = program.reader;
    }
    return *program.reading;
}

const ProgramState* Store::program(const ProgramId& id) const
{
    auto it = m_programs.find(id);
    if (it == m_programs.end())
        return nullptr;
    const Program& program = *it->second;
    // Nothing is sealed in a program of an older Turnabout: its recorded state is it,
    // but for the notes to the admin, whose plain content still has to be read.
    const ProgramState& recorded = program.projection.state();
    if (!recorded.trust.signed_program && recorded.matching.notes_to_admin.empty())
        return &recorded;
    return &reading_of(program);
}

const ProgramState* Store::recorded(const ProgramId& id) const
{
    auto it = m_programs.find(id);
    return it == m_programs.end() ? nullptr : &it->second->projection.state();
}

void Store::read_as(const ProgramId& id, Reader reader) const
{
    auto it = m_programs.find(id);
    if (it != m_programs.end())
        it->second->reader = std::move(reader);
}

Result<std::size_t> Store::share_with_partners(const ProgramId& program_id)
{
    if (m_read_only)
        return std::size_t{0};
    auto it = m_programs.find(program_id);
    if (it == m_programs.end())
        return make_error("no_program", "program: not found on this device");
    Program& program = *it->second;
    std::size_t recorded_count = 0;
    std::set<std::pair<PersonId, PersonId>> tried;
    // One sealing at a time: each changes what the next sees.
    for (;;) {
        const ProgramState& state = program.projection.state();
        if (!state.trust.signed_program || !state.program)
            return recorded_count;
        const bool admin_here = state.trust.is_admin_device(m_identity.device);
        std::optional<std::pair<ActorId, privacy::SharePartnerFields>> due;
        for (const auto& [match_id, match] : state.matching.matches) {
            if (match.state != matching::MatchState::Active)
                continue;
            for (const auto& [person, partner] : {std::pair{match.mentor, match.mentee}, std::pair{match.mentee, match.mentor}}) {
                auto found = state.people.find(person);
                if (found == state.people.end() || privacy::shared_with(found->second, partner) || tried.contains({person, partner}))
                    continue;
                ActorId actor = admin_here ? state.program->admin : people::actor_of(person);
                if (!trust::may_act(state, m_identity.device, actor))
                    continue;
                due = std::pair{actor, privacy::SharePartnerFields{person, partner}};
                break;
            }
            if (due)
                break;
        }
        if (!due)
            return recorded_count;
        tried.insert({due->second.person, due->second.partner});
        const ProgramState reading = read_state(state, Reader{});
        auto events = decide(reading, Actor{due->first}, due->second);
        if (!events)
            continue; // nothing for partners in this program, or not allowed now
        if (auto room = program.log.room_for_local(m_identity.device, events->size()); !room)
            return room.error();
        seal_person_fields(state, reading, *events);
        (void)append_and_apply(program, *events, due->first);
        ++recorded_count;
    }
}

Result<std::size_t> Store::seal_ruled_out(const ProgramId& program_id)
{
    if (m_read_only)
        return std::size_t{0};
    auto it = m_programs.find(program_id);
    if (it == m_programs.end())
        return make_error("no_program", "program: not found on this device");
    Program& program = *it->second;
    const ProgramState& state = program.projection.state();
    // Only the admin reads every level and manager; unsigned programs have nothing sealed.
    if (!state.trust.signed_program || !state.program || !state.trust.is_admin_device(m_identity.device))
        return std::size_t{0};
    // Nothing to judge when no manager is sealed (nor, in reverse mentoring, a level)
    // and no list was recorded: every browser then judges the rules itself.
    const bool levels_count = state.program->type == program::ProgramType::ReverseMentorship;
    const bool any_hidden = std::any_of(state.people.begin(), state.people.end(), [&](const auto& entry) {
        return entry.second.hidden.contains("manager") || (levels_count && entry.second.hidden.contains("level"));
    });
    if (!any_hidden && state.privacy.ruled_out_sealed.empty())
        return std::size_t{0};
    const ActorId admin = state.program->admin;
    const ProgramState reading = read_state(state, Reader{});
    const auto lists = privacy::ruled_out_for_everyone(reading, state);
    // One pass in id order: a list recorded changes no other, so none is due twice.
    std::vector<EventBody> events;
    for (const auto& [id, person] : state.people) {
        auto computed = lists.find(id);
        const privacy::RuledOut wanted = computed == lists.end() ? privacy::RuledOut{} : computed->second;
        auto opened = reading.privacy.ruled_out.find(id);
        // No list yet reads as an empty one; a list this browser cannot open (sealed
        // before it was an admin's) is sealed again, to be sure it is current.
        const bool current = opened != reading.privacy.ruled_out.end() ? opened->second == wanted
                                                                        : !state.privacy.ruled_out_sealed.contains(id) && wanted.empty();
        if (current)
            continue;
        auto decided = decide(reading, Actor{admin}, privacy::SealRuledOut{id});
        if (!decided)
            continue; // the person left meanwhile
        events.insert(events.end(), decided->begin(), decided->end());
    }
    if (events.empty())
        return std::size_t{0};
    if (auto room = program.log.room_for_local(m_identity.device, events.size()); !room)
        return room.error();
    seal_person_fields(state, reading, events);
    (void)append_and_apply(program, events, admin);
    return events.size();
}

Status Store::follow_up(const ProgramId& program_id)
{
    if (auto shared = share_with_partners(program_id); !shared)
        return shared.error();
    if (auto sealed = seal_ruled_out(program_id); !sealed)
        return sealed.error();
    return {};
}

}
