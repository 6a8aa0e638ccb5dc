#include "core/domain/trust/trust_rules.h"

#include "core/domain/lookup.h"

namespace turnabout::trust {

namespace {

// How much of a device's id a person id made there carries: 16 characters of a key
// are 96 bits, which no one finds a second key for.
constexpr std::size_t DEVICE_TAG_LENGTH = 16;

std::string device_tag(const DeviceId& device)
{
    // Past the two-character kind ("k-" for a key, "d-" for an older random id).
    return device.value.size() > 2 ? device.value.substr(2, DEVICE_TAG_LENGTH) : device.value;
}

const people::Person* person_of(const ProgramState& state, const ActorId& author)
{
    return find_person(state, PersonId{author.value});
}

bool registers_itself(const ActorId& author, const EventBody& body)
{
    const auto* registration = std::get_if<people::RegistrationSubmitted>(&body);
    return registration && people::actor_of(registration->id) == author;
}

// A registration names a new person. Only one id may come back: a declined person's,
// registering again from the browser they first registered on. Any other id that was
// ever named (added, registered, declined, removed) belongs to someone else: a key
// that claims it would act as them. Honest browsers make a fresh id for every new
// registration, so this refusal is an authority one.
Status check_registration_claim(const ProgramState& state, const DeviceId& device, const PersonId& id)
{
    if (state.trust.removed.contains(id))
        return authority_error("id_taken", "registration: " + id.value + " was a member who was removed from the program; nobody may register as them again");
    const people::Person* existing = find_person(state, id);
    auto registered = state.trust.registered_on.find(id);
    const bool own_browser = registered != state.trust.registered_on.end() && registered->second == device;
    if (existing && existing->membership == people::Membership::Declined && own_browser)
        return {};
    if (existing)
        return authority_error("id_taken", "registration: " + id.value + " is " + existing->details.name + ", already named in this program; only their own browser may register them again, after a decline");
    if (state.trust.declared.contains(id))
        return authority_error("id_taken", "registration: " + id.value + " was already named in this program by an earlier registration or addition");
    return {};
}

}

PersonId bound_person_id(const DeviceId& device, const std::string& random_hex)
{
    return PersonId{"u-" + device_tag(device) + "-" + random_hex};
}

bool is_bound_to(const PersonId& person, const DeviceId& device)
{
    const std::string prefix = "u-" + device_tag(device) + "-";
    return person.value.size() > prefix.size() && person.value.starts_with(prefix);
}

bool may_act(const ProgramState& state, const DeviceId& device, const ActorId& author)
{
    if (!state.trust.signed_program)
        return true;
    const bool admin_device = device == state.trust.admin_device;
    if (state.program && author == state.program->admin)
        return admin_device;
    const people::Person* person = person_of(state, author);
    auto registered = person ? state.trust.registered_on.find(person->id) : state.trust.registered_on.end();
    const bool has_own_device = registered != state.trust.registered_on.end() && registered->second != state.trust.admin_device;
    // The admin's browser doubles as a kiosk for the people without a browser of
    // their own; someone who registered on their own browser acts only from there.
    if (admin_device)
        return !has_own_device;
    if (!person || person->membership != people::Membership::Active)
        return false;
    return has_own_device && registered->second == device;
}

Status check_signer(const ProgramState& state, const EventContext& context, const EventBody& body)
{
    // Decided but not yet recorded (a scratch copy): the recording device is checked
    // by the store before it signs, with may_act.
    if (context.id.device.empty())
        return {};
    // Every honest change follows the creation: its device held the program when it
    // recorded it, and numbered it after. A signed change ordered before it was
    // numbered to go unchecked.
    if (!state.program) {
        if (context.signed_event && !std::holds_alternative<program::ProgramCreated>(body))
            return authority_error("before_creation", "this change is numbered to come before the program's creation, which every change follows; it was made to go unchecked");
        return {};
    }
    if (!state.trust.signed_program)
        return {};
    if (!context.signed_event)
        return authority_error("unsigned_event", "this program's events are all signed, and this one is not");
    if (state.trust.creation_schema >= BOUND_HISTORY_SCHEMA && context.schema < BOUND_HISTORY_SCHEMA)
        return authority_error("older_schema", "this program's changes are all of schema " + std::to_string(BOUND_HISTORY_SCHEMA) + " or newer, whose rules bind new ids and clocks; this one is of schema " + std::to_string(context.schema) + ", which no browser of this program writes");
    if (const auto* registration = std::get_if<people::RegistrationSubmitted>(&body)) {
        if (auto claim = check_registration_claim(state, context.id.device, registration->id); !claim)
            return claim;
        // The claim above sees only who was named before; binding the id to its browser
        // keeps a registration numbered early from claiming an id named after it.
        if (context.schema >= BOUND_HISTORY_SCHEMA && !is_bound_to(registration->id, context.id.device))
            return authority_error("id_not_bound", "registration: " + registration->id.value + " does not name the browser that recorded it; a new person's id is made on their own browser, so no other key can claim it");
    }
    if (may_act(state, context.id.device, context.author))
        return {};
    if (context.author == state.program->admin)
        return authority_error("not_admin_device", "the program admin's events must come from the admin's own browser; this one came from another key");
    const people::Person* person = person_of(state, context.author);
    if (!person) {
        if (registers_itself(context.author, body))
            return {};
        if (state.trust.removed.contains(PersonId{context.author.value}))
            return conflict_error("author_removed", "the author was removed from the program before this change arrived");
        if (state.trust.declared.contains(PersonId{context.author.value}))
            return conflict_error("author_not_member", "the author's registration could not be applied, so their later changes are set aside");
        return authority_error("unknown_author", "the author " + context.author.value + " is not a member of this program");
    }
    if (registers_itself(context.author, body))
        return {};
    return authority_error("device_not_enrolled", person->details.name + "'s changes must come from the admin's browser or from the browser they registered on, once approved; this one came from another key");
}

Status judge_held(const ProgramState& state, const EventContext& context, const EventBody& body)
{
    if (!state.program || !state.trust.signed_program || context.id.device.empty())
        return {};
    // The event's own schema and a registration's id are facts of the event: no
    // missing past changes them.
    if (state.trust.creation_schema >= BOUND_HISTORY_SCHEMA && context.schema < BOUND_HISTORY_SCHEMA)
        return check_signer(state, context, body);
    if (const auto* registration = std::get_if<people::RegistrationSubmitted>(&body)) {
        if (context.schema >= BOUND_HISTORY_SCHEMA && !is_bound_to(registration->id, context.id.device))
            return check_signer(state, context, body);
    }
    auto final_verdict = [&] {
        if (!context.signed_event || context.author == state.program->admin)
            return true;
        // An unknown author may be registered in the missing past, a person awaiting
        // approval approved there: neither can be judged yet.
        const people::Person* person = person_of(state, context.author);
        if (!person || registers_itself(context.author, body))
            return false;
        auto registered = state.trust.registered_on.find(person->id);
        if (registered != state.trust.registered_on.end() && registered->second != state.trust.admin_device)
            return registered->second != context.id.device;
        return context.id.device != state.trust.admin_device;
    };
    if (!final_verdict())
        return {};
    return check_signer(state, context, body);
}

void note_declared(ProgramState& state, const EventBody& body)
{
    if (const auto* registration = std::get_if<people::RegistrationSubmitted>(&body))
        state.trust.declared.insert(registration->id);
    else if (const auto* added = std::get_if<people::PersonAdded>(&body))
        state.trust.declared.insert(added->id);
}

void note_signer(ProgramState& state, const EventContext& context, const EventBody& body)
{
    if (std::holds_alternative<program::ProgramCreated>(body)) {
        state.trust.signed_program = context.signed_event;
        state.trust.admin_device = context.id.device;
        state.trust.creation_schema = context.schema;
        return;
    }
    if (registers_itself(context.author, body))
        state.trust.registered_on[std::get<people::RegistrationSubmitted>(body).id] = context.id.device;
    if (const auto* removed = std::get_if<people::PersonRemoved>(&body))
        state.trust.removed.insert(removed->id);
}

}
