#include "core/domain/trust/trust_rules.h"

#include "core/domain/lookup.h"

namespace turnabout::trust {

namespace {

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
    // Before the creation there is nothing to check against; the creation pins it.
    if (!state.program || !state.trust.signed_program)
        return {};
    // Decided but not yet recorded (a scratch copy): the recording device is checked
    // by the store before it signs, with may_act.
    if (context.id.device.empty())
        return {};
    if (!context.signed_event)
        return authority_error("unsigned_event", "this program's events are all signed, and this one is not");
    if (const auto* registration = std::get_if<people::RegistrationSubmitted>(&body)) {
        if (auto claim = check_registration_claim(state, context.id.device, registration->id); !claim)
            return claim;
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
        return;
    }
    if (registers_itself(context.author, body))
        state.trust.registered_on[std::get<people::RegistrationSubmitted>(body).id] = context.id.device;
    if (const auto* removed = std::get_if<people::PersonRemoved>(&body))
        state.trust.removed.insert(removed->id);
}

}
