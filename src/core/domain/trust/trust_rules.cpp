#include "core/domain/trust/trust_rules.h"

#include "core/domain/lookup.h"
#include "core/domain/program/program_rules.h"

#include <algorithm>

namespace turnabout::trust {

bool TrustState::is_admin_device(const DeviceId& device) const
{
    return std::find(admin_devices.begin(), admin_devices.end(), device) != admin_devices.end();
}

bool TrustState::is_persons_browser(const DeviceId& device) const
{
    if (is_admin_device(device))
        return false;
    return std::any_of(registered_on.begin(), registered_on.end(), [&](const auto& entry) { return entry.second == device; });
}

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

// Who may record an enrolment. An endorsed one is the new device's own, for the
// admin, with the endorsement of a device that is the admin's (io verified that
// signature against the key `endorsed_by` names); it passes without being an admin
// device yet. One without an endorsement is an admin device's, naming itself as the
// endorser, and passes the usual rule.
Status check_enrolment_signer(const ProgramState& state, const EventContext& context, const AdminDeviceEnrolled& enrolment)
{
    if (context.author != state.program->admin)
        return authority_error("not_admin", "only the program admin enrols an admin device");
    if (enrolment.endorsement.empty()) {
        if (enrolment.endorsed_by != context.id.device)
            return authority_error("enrolment_not_endorsed", "an admin device enrolment without an endorsement must name the device that records it as its endorser");
        return {};
    }
    if (enrolment.device != context.id.device)
        return authority_error("enrolment_not_own", "an endorsed admin device enrolment must be recorded by the device it enrols");
    if (!state.trust.is_admin_device(enrolment.endorsed_by))
        return authority_error("endorser_not_admin", "the enrolment's endorsement is not by one of the admin's devices");
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
    const bool admin_device = state.trust.is_admin_device(device);
    if (state.program && author == state.program->admin)
        return admin_device;
    const people::Person* person = person_of(state, author);
    auto registered = person ? state.trust.registered_on.find(person->id) : state.trust.registered_on.end();
    const bool has_own_device = registered != state.trust.registered_on.end() && !state.trust.is_admin_device(registered->second);
    // Every admin browser doubles as a kiosk for the people without a browser of
    // their own (so a restored admin can still act for them); someone who registered
    // on their own browser acts only from there.
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
    if (const auto* enrolment = std::get_if<AdminDeviceEnrolled>(&body)) {
        if (auto allowed = check_enrolment_signer(state, context, *enrolment); !allowed)
            return allowed;
        if (!enrolment->endorsement.empty())
            return {};
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
    // A device that is no admin device may still become one in the missing past,
    // unless a person registered on it (an admin device is never a person's own).
    auto could_become_admin = [&](const DeviceId& device) { return !state.trust.is_admin_device(device) && !state.trust.is_persons_browser(device); };
    auto final_verdict = [&] {
        if (!context.signed_event)
            return true;
        if (context.author == state.program->admin) {
            const auto* enrolment = std::get_if<AdminDeviceEnrolled>(&body);
            if (enrolment && !enrolment->endorsement.empty() && enrolment->device == context.id.device)
                return !could_become_admin(enrolment->endorsed_by);
            return !could_become_admin(context.id.device);
        }
        // An unknown author may be registered in the missing past, a person awaiting
        // approval approved there: neither can be judged yet.
        const people::Person* person = person_of(state, context.author);
        if (!person || registers_itself(context.author, body))
            return false;
        auto registered = state.trust.registered_on.find(person->id);
        if (registered != state.trust.registered_on.end() && !state.trust.is_admin_device(registered->second))
            return registered->second != context.id.device;
        return !state.trust.is_admin_device(context.id.device) && !could_become_admin(context.id.device);
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
        state.trust.admin_devices = {context.id.device};
        return;
    }
    if (registers_itself(context.author, body))
        state.trust.registered_on[std::get<people::RegistrationSubmitted>(body).id] = context.id.device;
    if (const auto* removed = std::get_if<people::PersonRemoved>(&body))
        state.trust.removed.insert(removed->id);
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const EnrolAdminDevice& command)
{
    return one_event(AdminDeviceEnrolled{command.device, command.endorsed_by, command.endorsement});
}

Status check(const ProgramState& state, const ActorId& author, const AdminDeviceEnrolled& event)
{
    if (auto status = program::check_admin(state, author); !status)
        return status;
    if (!state.trust.signed_program)
        return make_error("unsigned_program", "this program's events are not signed (it was made by an older Turnabout), so it has no admin keys to enrol");
    if (event.device.empty() || event.endorsed_by.empty())
        return make_error("invalid", "an admin device enrolment names the device and its endorser");
    if (state.trust.is_admin_device(event.device))
        return conflict_error("already_admin_device", "that browser is already one of the admin's");
    // A person's own browser stays theirs: were it the admin's too, it would act for
    // them and for everyone without a browser of their own alike.
    if (state.trust.is_persons_browser(event.device))
        return conflict_error("persons_browser", "a participant registered on that browser; only a browser no participant registered on can be the admin's");
    return {};
}

void apply_checked(ProgramState& state, const EventContext&, const AdminDeviceEnrolled& event)
{
    state.trust.admin_devices.push_back(event.device);
}

}
