#include "core/domain/privacy/privacy_rules.h"

#include "core/domain/lookup.h"
#include "core/domain/privacy/person_fields.h"
#include "core/domain/program/program_rules.h"

#include <algorithm>

namespace turnabout::privacy {

namespace {

// The person's fields their partners read, as the program sets them now.
std::vector<std::string> partner_fields(const ProgramState& state)
{
    std::vector<std::string> out;
    for (std::string& field : carried_fields(state, CarriesDetails | CarriesProfile | CarriesAnswers)) {
        if (readers_of(state, field) == Readers::PartnerAndAdmin)
            out.push_back(std::move(field));
    }
    return out;
}

bool is_profile_field_name(std::string_view name)
{
    auto fields = profile_fields();
    return std::any_of(fields.begin(), fields.end(), [&](const ProfileField& f) { return f.name == name; });
}

}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const SetFieldReaders& command)
{
    return one_event(FieldReadersChanged{command.readers});
}

Result<EventList> decide_command(const ProgramState& state, const ActorId&, const SharePartnerFields& command)
{
    SealedFields fields;
    fields.readers = Readers::PartnerAndAdmin;
    fields.fields = partner_fields(state);
    fields.partners = {command.partner};
    if (fields.fields.empty())
        return make_error("nothing_to_share", "sharing: no field of this program is for match partners");
    return one_event(PartnerShared{command.person, command.partner, std::move(fields)});
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const SealRuledOut& command)
{
    // The list is filled in and sealed by the recording device (app): the core never
    // holds it in plain text in an event.
    return one_event(RuledOutSealed{command.person, {}});
}

Status check(const ProgramState& state, const ActorId& author, const FieldReadersChanged& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    for (const auto& [name, readers] : event.readers) {
        if (!is_profile_field_name(name))
            return make_error("field_unknown", "readers: \"" + name + "\" is not a profile field");
        if (readers != Readers::Everyone && readers != Readers::PartnerAndAdmin && readers != Readers::AdminOnly)
            return make_error("readers_invalid", "readers: unknown readers for " + name);
    }
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const PartnerShared& event)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    if (author != state.program->admin && author != people::actor_of(event.person))
        return authority_error("not_allowed", "sharing: only the person themselves or the program's admin may share their fields");
    if (!find_person(state, event.person) || !find_person(state, event.partner))
        return conflict_error("person_unknown", "sharing: the person or the partner is no longer in this program");
    auto partners = active_partners(state, event.person);
    if (std::find(partners.begin(), partners.end(), event.partner) == partners.end())
        return conflict_error("not_matched", "sharing: the two are not matched (the match ended meanwhile?)");
    const SealedFields& fields = event.fields;
    if (fields.readers != Readers::PartnerAndAdmin || fields.partners != std::vector<PersonId>{event.partner})
        return make_error("sealed_invalid", "sharing: the fields are for the partner and the admin");
    if (fields.fields.empty() || fields.fields.size() > MAX_SEALED_FIELDS)
        return make_error("sealed_invalid", "sharing: from 1 to " + std::to_string(MAX_SEALED_FIELDS) + " fields");
    const auto known = carried_fields(state, CarriesDetails | CarriesProfile | CarriesAnswers);
    for (const std::string& field : fields.fields) {
        if (std::find(known.begin(), known.end(), field) == known.end())
            return make_error("sealed_invalid", "sharing: \"" + field + "\" is not a field of this program");
    }
    // Empty while its recording device has not sealed it yet (decide); never plain.
    if ((!fields.content.empty() && !fields.content.is_sealed()) || fields.content.stored().size() > MAX_SEALED_CONTENT)
        return make_error("sealed_invalid", "sharing: the content is not sealed text of a bounded size");
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const RuledOutSealed& event)
{
    // Only the admin reads every field the rules need; a participant's list written by
    // anyone else could hide or forbid any match.
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (!find_person(state, event.person))
        return conflict_error("person_unknown", "ruled out: the person is no longer in this program");
    // Empty while its recording device has not sealed it yet (decide); never plain.
    if ((!event.list.empty() && !event.list.is_sealed()) || event.list.stored().size() > MAX_SEALED_CONTENT)
        return make_error("sealed_invalid", "ruled out: the list is not sealed text of a bounded size");
    return {};
}

void apply_checked(ProgramState& state, const EventContext&, const FieldReadersChanged& event)
{
    state.privacy.field_readers = event.readers;
}

void apply_checked(ProgramState& state, const EventContext&, const PartnerShared& event)
{
    state.people.at(event.person).sealed.push_back(event.fields);
}

void apply_checked(ProgramState& state, const EventContext&, const RuledOutSealed& event)
{
    // The newest list replaces the one before: it was made from everything its
    // recording browser read, not added to.
    state.privacy.ruled_out_sealed[event.person] = event.list;
}

}
