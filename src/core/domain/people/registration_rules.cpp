// decide, check and apply for joining a program and keeping one's profile: a
// participant registers themselves, the admin approves or declines, a person or the
// admin edits the profile and answers.
#include "core/domain/people/people_rules.h"
#include "core/domain/privacy/person_fields.h"
#include "core/domain/privacy/private_text.h"
#include "core/domain/lookup.h"

#include "core/base/overloaded.h"
#include "core/domain/event_list.h"
#include "core/base/text.h"
#include "core/domain/program/program_rules.h"
#include "core/domain/questionnaire/questionnaire_rules.h"
#include "core/domain/text_rules.h"

#include <set>

namespace turnabout::people {

namespace {

constexpr std::size_t MAX_PROFILE_FIELD = 120;

std::vector<std::string> normalized_list(const std::vector<std::string>& items)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const std::string& item : items) {
        auto trimmed = trim(item);
        if (!trimmed.empty() && seen.insert(ascii_lower(trimmed)).second)
            out.push_back(trimmed);
    }
    return out;
}

Status check_list(std::string_view label, const std::vector<std::string>& items)
{
    if (items.size() > MAX_LIST_ITEMS)
        return make_error("too_many_items", std::string(label) + ": at most " + std::to_string(MAX_LIST_ITEMS));
    for (const std::string& item : items) {
        if (auto s = check_required_text(label, item, MAX_LIST_ITEM_LENGTH); !s)
            return s;
    }
    return {};
}

Answers normalized_answers(const Answers& answers)
{
    Answers out;
    for (const auto& [id, answer] : answers) {
        questionnaire::Answer a;
        for (const std::string& value : answer.values) {
            if (auto trimmed = trim(value); !trimmed.empty())
                a.values.push_back(trimmed);
        }
        if (!a.empty())
            out.emplace(id, std::move(a));
    }
    return out;
}
}

Profile normalized(const Profile& profile)
{
    Profile out = profile;
    out.location = trim(profile.location);
    out.time_zone = trim(profile.time_zone);
    out.availability = trim(profile.availability);
    out.skills_offered = normalized_list(profile.skills_offered);
    out.skills_wanted = normalized_list(profile.skills_wanted);
    out.interests = normalized_list(profile.interests);
    return out;
}

Status validate_profile(const ProgramState& state, const PersonId& self, const Profile& profile)
{
    for (const auto& [label, value] : {std::pair<const char*, const std::string*>{"location", &profile.location}, {"time zone", &profile.time_zone}, {"availability", &profile.availability}}) {
        if (auto s = check_text(label, *value, MAX_PROFILE_FIELD); !s)
            return s;
    }
    if (auto s = check_list("skills offered", profile.skills_offered); !s)
        return s;
    if (auto s = check_list("skills wanted", profile.skills_wanted); !s)
        return s;
    if (auto s = check_list("interests", profile.interests); !s)
        return s;
    if (profile.capacity < 0 || profile.capacity > MAX_CAPACITY)
        return make_error("capacity_out_of_range", "capacity: from 0 to " + std::to_string(MAX_CAPACITY) + " mentees");
    if (!profile.manager.empty()) {
        if (profile.manager == self)
            return make_error("manager_invalid", "manager: a person cannot be their own manager");
        if (!find_person(state, profile.manager))
            return make_error("manager_unknown", "manager: not in this program");
        // Walk up from the new manager: reaching `self` would make a loop in the reporting line.
        std::set<PersonId> visited;
        PersonId current = profile.manager;
        while (!current.empty() && visited.insert(current).second) {
            if (current == self)
                return make_error("manager_cycle", "manager: " + find_person(state, profile.manager)->details.name + " already reports to this person");
            const Person* up = find_person(state, current);
            current = up ? up->profile.manager : PersonId{};
        }
    }
    return {};
}

Status check_role_open(const ProgramState& state, Role role)
{
    const auto& r = state.program->registration;
    const auto& t = state.program->terminology;
    bool open = (role == Role::Mentor && r.mentors_may_join) || (role == Role::Mentee && r.mentees_may_join) || (role == Role::Both && r.both_may_join);
    if (!open) {
        std::string what = role == Role::Mentor ? t.mentors : role == Role::Mentee ? t.mentees : "people who are both " + t.mentor + " and " + t.mentee;
        return make_error("role_closed", "role: this program does not take " + what);
    }
    return {};
}

Status check_self_or_admin(const ProgramState& state, const ActorId& author, const PersonId& person)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    if (author == state.program->admin || author == actor_of(person))
        return {};
    return authority_error("not_allowed", "only the person themselves or the program's admin may do this");
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const JoinProgram& c)
{
    return one_event(RegistrationSubmitted{c.id, normalized(c.details), normalized_answers(c.answers)});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const ApproveRegistration& c)
{
    return one_event(RegistrationApproved{c.id});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const DeclineRegistration& c)
{
    return one_event(RegistrationDeclined{c.id, trim(c.reason)});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const UpdateProfile& c)
{
    ProfileUpdated event{c.id, normalized(c.details), normalized(c.profile)};
    if (const Person* p = find_person(state, c.id); p && p->details == event.details && p->profile == event.profile)
        return make_error("unchanged", "profile: nothing was changed");
    return one_event(std::move(event));
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const UpdateAnswers& c)
{
    return one_event(AnswersUpdated{c.id, normalized_answers(c.answers)});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const SetPaused& c)
{
    return one_event(PausedChanged{c.id, c.paused});
}

Status check(const ProgramState& state, const ActorId& author, const RegistrationSubmitted& event)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    if (author != actor_of(event.id))
        return authority_error("not_self", "registration: a person can only register themselves");
    if (event.id.empty())
        return make_error("invalid_id", "person: the id is empty");
    if (const Person* existing = find_person(state, event.id); existing && existing->membership != Membership::Declined)
        return make_error("already_registered", "registration: " + existing->details.name + " has already joined this program");
    if (auto s = validate_details(event.details, event.sealed); !s)
        return s;
    if (auto s = privacy::check_sealed(state, event.sealed, privacy::carried_fields(state, privacy::CarriesDetails | privacy::CarriesAnswers)); !s)
        return s;
    if (auto s = check_role_open(state, event.details.role); !s)
        return s;
    if (auto s = check_email_free(state, event.details, event.id, privacy::email_key_of(event.sealed)); !s)
        return s;
    return questionnaire::check_answers(state.questions, event.details.role, event.answers, privacy::sealed_questions(event.sealed));
}

Status check(const ProgramState& state, const ActorId& author, const RegistrationApproved& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    const Person* person = find_person(state, event.id);
    if (!person || person->membership != Membership::AwaitingApproval)
        return make_error("not_awaiting_approval", "registration: nobody with this registration is awaiting approval (decided meanwhile?)");
    return check_email_free(state, person->details, person->id, person->email_key);
}

Status check(const ProgramState& state, const ActorId& author, const RegistrationDeclined& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    const Person* person = find_person(state, event.id);
    if (!person || person->membership != Membership::AwaitingApproval)
        return make_error("not_awaiting_approval", "registration: nobody with this registration is awaiting approval (decided meanwhile?)");
    if (event.reason.empty())
        return make_error("reason_required", "decline: say why, so " + person->details.name + " knows what to do next");
    return privacy::check_private_text("reason", event.reason, MAX_REASON_LENGTH, TextKind::MultiLine);
}

Status check(const ProgramState& state, const ActorId& author, const ProfileUpdated& event)
{
    if (auto s = check_self_or_admin(state, author, event.id); !s)
        return s;
    const Person* person = find_person(state, event.id);
    if (!person)
        return make_error("person_unknown", "person: not in this program (removed meanwhile?)");
    if (auto s = validate_details(event.details, event.sealed); !s)
        return s;
    if (auto s = privacy::check_sealed(state, event.sealed, privacy::carried_fields(state, privacy::CarriesDetails | privacy::CarriesProfile)); !s)
        return s;
    if (author != state.program->admin && event.details.role != person->details.role) {
        if (auto s = check_role_open(state, event.details.role); !s)
            return s;
    }
    if (auto s = check_email_free(state, event.details, event.id, privacy::email_key_of(event.sealed)); !s)
        return s;
    return validate_profile(state, event.id, event.profile);
}

Status check(const ProgramState& state, const ActorId& author, const AnswersUpdated& event)
{
    if (auto s = check_self_or_admin(state, author, event.id); !s)
        return s;
    const Person* person = find_person(state, event.id);
    if (!person)
        return make_error("person_unknown", "person: not in this program (removed meanwhile?)");
    if (auto s = privacy::check_sealed(state, event.sealed, privacy::carried_fields(state, privacy::CarriesAnswers)); !s)
        return s;
    return questionnaire::check_answers(state.questions, person->details.role, event.answers, privacy::sealed_questions(event.sealed));
}

Status check(const ProgramState& state, const ActorId& author, const PausedChanged& event)
{
    if (auto s = check_self_or_admin(state, author, event.id); !s)
        return s;
    if (!find_person(state, event.id))
        return make_error("person_unknown", "person: not in this program (removed meanwhile?)");
    return {};
}

void apply_checked(ProgramState& state, const EventContext& context, const RegistrationSubmitted& event)
{
    Person person;
    person.id = event.id;
    person.details = event.details;
    person.added_at = context.recorded_at;
    person.answers = event.answers;
    privacy::record_sealed(person, privacy::carried_fields(state, privacy::CarriesDetails | privacy::CarriesAnswers), event.sealed);
    person.membership = state.program->registration.approval_required ? Membership::AwaitingApproval : Membership::Active;
    state.people[event.id] = std::move(person);
}

void apply_checked(ProgramState& state, const EventContext& context, const RegistrationApproved& event)
{
    state.people.at(event.id).membership = Membership::Active;
    state.inbox[event.id].push_back(InboxItem{context.id, context.recorded_at, InboxKind::RegistrationApproved, {}});
}

void apply_checked(ProgramState& state, const EventContext& context, const RegistrationDeclined& event)
{
    Person& person = state.people.at(event.id);
    person.membership = Membership::Declined;
    person.decline_reason = event.reason;
    // The reason stays on the person, sealed; the inbox reads it there.
    state.inbox[event.id].push_back(InboxItem{context.id, context.recorded_at, InboxKind::RegistrationDeclined, {}});
}

void apply_checked(ProgramState& state, const EventContext&, const ProfileUpdated& event)
{
    Person& person = state.people.at(event.id);
    person.details = event.details;
    person.profile = event.profile;
    privacy::record_sealed(person, privacy::carried_fields(state, privacy::CarriesDetails | privacy::CarriesProfile), event.sealed);
}

void apply_checked(ProgramState& state, const EventContext&, const AnswersUpdated& event)
{
    people::Person& person = state.people.at(event.id);
    person.answers = event.answers;
    privacy::record_sealed(person, privacy::carried_fields(state, privacy::CarriesAnswers), event.sealed);
}

void apply_checked(ProgramState& state, const EventContext&, const PausedChanged& event)
{
    state.people.at(event.id).profile.paused = event.paused;
}
}
