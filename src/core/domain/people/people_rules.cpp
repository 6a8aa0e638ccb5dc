#include "core/domain/people/people_rules.h"

#include "core/domain/privacy/person_fields.h"

#include "core/base/date.h"
#include "core/base/text.h"
#include "core/domain/match_life/match_life_rules.h"
#include "core/domain/program/program_rules.h"
#include "core/domain/requests/request_rules.h"
#include "core/domain/text_rules.h"

namespace turnabout::people {

namespace {

// A practical shape check: one '@', something before it, a dot in the domain, no spaces.
bool looks_like_email(std::string_view email)
{
    auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos)
        return false;
    auto domain = email.substr(at + 1);
    auto dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size() || domain.back() == '.')
        return false;
    for (char c : email) {
        if (c == ' ' || c == '\t' || c == ',' || c == ';' || c == '<' || c == '>')
            return false;
    }
    return true;
}

// The person (other than `except`) already using `email`, compared without case.
const Person* find_by_email(const ProgramState& state, std::string_view email, std::string_view email_key, const PersonId& except)
{
    auto wanted = ascii_lower(email);
    for (const auto& [id, person] : state.people) {
        // Only members hold on to their email. A registration awaiting approval does
        // not: anyone's key may register, and one numbered early must not take the
        // address of a person the admin adds, or of an honest registrant. The admin's
        // approval claims it, and is refused while a member has it.
        const bool holds_email = person.membership != Membership::Declined && person.membership != Membership::AwaitingApproval;
        if (id == except || !holds_email)
            continue;
        if (!wanted.empty() && ascii_lower(person.details.email) == wanted)
            return &person;
        if (wanted.empty() && !email_key.empty() && person.email_key == email_key)
            return &person;
    }
    return nullptr;
}

}

Status check_email_free(const ProgramState& state, const PersonDetails& details, const PersonId& self, std::string_view email_key)
{
    // A sealed email is blank in the recorded state and compared by its key.
    if (details.email.empty() && email_key.empty())
        return {};
    if (const Person* other = find_by_email(state, details.email, email_key, self))
        return conflict_error("email_taken", "email: " + (details.email.empty() ? std::string("this address") : details.email) + " is already used by " + other->details.name);
    return {};
}

PersonDetails normalized(const PersonDetails& details)
{
    PersonDetails out = details;
    out.name = trim(details.name);
    out.email = trim(details.email);
    out.job_title = trim(details.job_title);
    out.department = trim(details.department);
    return out;
}

Status validate_details(const PersonDetails& details, std::span<const privacy::SealedFields> sealed)
{
    if (details.name.empty())
        return make_error("name_required", "name: a name is required");
    // Names and emails tell people apart: nothing unseen in them (TextKind::Identity).
    if (auto s = check_text("name", details.name, MAX_FIELD_LENGTH, TextKind::Identity); !s)
        return s;
    // A sealed email was checked by its author's device before sealing; here it is blank.
    const bool email_sealed = privacy::is_sealed(sealed, "email");
    if (!email_sealed && details.email.empty())
        return make_error("email_required", "email: an email address is required");
    if (email_sealed && !details.email.empty())
        return make_error("sealed_invalid", "email: sealed, and given in plain text too");
    if (auto s = check_text("email", details.email, MAX_EMAIL_LENGTH, TextKind::Identity); !s)
        return s;
    if (!email_sealed && !looks_like_email(details.email))
        return make_error("email_invalid", "email: \"" + details.email + "\" is not an email address (name@example.org)");
    if (auto s = check_text("job title", details.job_title, MAX_FIELD_LENGTH); !s)
        return s;
    if (auto s = check_text("department", details.department, MAX_FIELD_LENGTH); !s)
        return s;
    if (details.level < MIN_LEVEL || details.level > MAX_LEVEL)
        return make_error("level_out_of_range", "level: must be between " + std::to_string(MIN_LEVEL) + " and " + std::to_string(MAX_LEVEL));
    switch (details.role) {
    case Role::Mentor:
    case Role::Mentee:
    case Role::Both:
        break;
    default:
        return make_error("role_invalid", "role: must be mentor, mentee or both");
    }
    return {};
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const AddPerson& command)
{
    return one_event(PersonAdded{command.id, normalized(command.details)});
}

Result<EventList> decide_command(const ProgramState& state, const ActorId&, const UpdatePerson& command)
{
    PersonUpdated event{command.id, normalized(command.details)};
    auto it = state.people.find(command.id);
    if (it != state.people.end() && it->second.details == event.details)
        return make_error("unchanged", "person: nothing was changed");
    return one_event(std::move(event));
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const RemovePerson& command)
{
    return one_event(PersonRemoved{command.id});
}

Status check(const ProgramState& state, const ActorId& author, const PersonAdded& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (event.id.empty())
        return make_error("invalid_id", "person: the id is empty");
    if (state.people.contains(event.id))
        return make_error("person_exists", "person: " + event.details.name + " was already added");
    if (auto s = validate_details(event.details, event.sealed); !s)
        return s;
    if (auto s = privacy::check_sealed(state, event.sealed, privacy::carried_fields(state, privacy::CarriesDetails)); !s)
        return s;
    return check_email_free(state, event.details, event.id, privacy::email_key_of(event.sealed));
}

Status check(const ProgramState& state, const ActorId& author, const PersonUpdated& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (!state.people.contains(event.id))
        return make_error("person_unknown", "person: not in this program (removed meanwhile?)");
    if (auto s = validate_details(event.details, event.sealed); !s)
        return s;
    if (auto s = privacy::check_sealed(state, event.sealed, privacy::carried_fields(state, privacy::CarriesDetails)); !s)
        return s;
    return check_email_free(state, event.details, event.id, privacy::email_key_of(event.sealed));
}

Status check(const ProgramState& state, const ActorId& author, const PersonRemoved& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (!state.people.contains(event.id))
        return make_error("person_unknown", "person: not in this program (removed meanwhile?)");
    return {};
}

void apply_checked(ProgramState& state, const EventContext& context, const PersonAdded& event)
{
    Person person;
    person.id = event.id;
    person.details = event.details;
    person.added_at = context.recorded_at;
    privacy::record_sealed(person, privacy::carried_fields(state, privacy::CarriesDetails), event.sealed);
    state.people.emplace(event.id, std::move(person));
}

void apply_checked(ProgramState& state, const EventContext&, const PersonUpdated& event)
{
    people::Person& person = state.people.at(event.id);
    person.details = event.details;
    privacy::record_sealed(person, privacy::carried_fields(state, privacy::CarriesDetails), event.sealed);
}

void apply_checked(ProgramState& state, const EventContext& context, const PersonRemoved& event)
{
    // Their matches end and their requests close first, while their name is there to
    // say who left.
    const Departure departure{event.id, state.people.at(event.id).details.name + " left the program", date_of_unix_ms(context.recorded_at.unix_ms)};
    match_life::end_matches_of_leaver(state, context, departure);
    requests::close_requests_of_leaver(state, context, departure);
    state.people.erase(event.id);
    state.inbox.erase(event.id);
    // Nobody reports to someone who left: the reporting line stays within the program.
    for (auto& [id, person] : state.people) {
        if (person.profile.manager == event.id)
            person.profile.manager = PersonId{};
    }
}

}
