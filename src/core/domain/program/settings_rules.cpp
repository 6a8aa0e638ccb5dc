// decide, check and apply for a program's settings: basics, type, match types,
// registration and terminology.
#include "core/domain/program/program_rules.h"

#include "core/base/overloaded.h"
#include "core/domain/event_list.h"
#include "core/base/text.h"
#include "core/domain/questionnaire/questionnaire_rules.h"
#include "core/domain/text_rules.h"

namespace turnabout::program {

namespace {

constexpr std::size_t MAX_SUPPORT_LENGTH = 200;
constexpr std::size_t MAX_TERM_LENGTH = 30;

Status check_limit(std::string_view label, int value, int max)
{
    if (value < 1 || value > max)
        return make_error("limit_out_of_range", std::string(label) + ": must be between 1 and " + std::to_string(max) + " (got " + std::to_string(value) + ")");
    return {};
}

std::string folded(std::string_view text)
{
    return ascii_lower(trim(text));
}
}

Basics normalized(const Basics& basics)
{
    Basics out = basics;
    out.name = trim(basics.name);
    out.about = trim(basics.about);
    out.purpose = trim(basics.purpose);
    out.support_contact = trim(basics.support_contact);
    out.goals.clear();
    for (const std::string& goal : basics.goals) {
        if (auto trimmed = trim(goal); !trimmed.empty())
            out.goals.push_back(trimmed);
    }
    return out;
}

Status validate_basics(const Basics& basics)
{
    if (basics.name.empty())
        return make_error("name_required", "program name: a name is required");
    if (auto s = check_text("program name", basics.name, MAX_NAME_LENGTH); !s)
        return s.error().code == "too_long" ? Status(make_error("name_too_long", s.error().message)) : s;
    if (auto s = check_text("about", basics.about, MAX_DESCRIPTION_LENGTH, TextKind::MultiLine); !s)
        return s;
    if (auto s = check_text("purpose", basics.purpose, MAX_DESCRIPTION_LENGTH, TextKind::MultiLine); !s)
        return s;
    if (basics.goals.size() > MAX_GOALS)
        return make_error("too_many_goals", "goals: at most " + std::to_string(MAX_GOALS));
    for (const std::string& goal : basics.goals) {
        if (auto s = check_required_text("goal", goal, MAX_GOAL_LENGTH); !s)
            return s;
    }
    if (auto s = check_text("support contact", basics.support_contact, MAX_SUPPORT_LENGTH); !s)
        return s;
    if (basics.end <= basics.start)
        return make_error("invalid_date_range", "timeframe: the end (" + format_iso_date(basics.end) + ") must come after the start (" + format_iso_date(basics.start) + ")");
    return {};
}

Status validate_match_type(const MatchType& m, ProgramType type)
{
    if (m.id.empty())
        return make_error("invalid_id", "match type: the id is empty");
    if (m.name.empty())
        return make_error("name_required", "match type name: a name is required");
    if (auto s = check_text("match type name", m.name, MAX_LABEL_LENGTH); !s)
        return s;
    if (auto s = check_required_text("mentor label", m.mentor_label, MAX_LABEL_LENGTH); !s)
        return s;
    if (auto s = check_required_text("mentee label", m.mentee_label, MAX_LABEL_LENGTH); !s)
        return s;
    switch (m.process) {
    case MatchingProcess::AdminLed:
    case MatchingProcess::UserLed:
    case MatchingProcess::UserLedWithApproval:
    case MatchingProcess::AdminRouted:
        break;
    default:
        return make_error("process_invalid", "matching process: unknown");
    }
    if (m.mentors_can_request_mentees && !offers_reverse_requests(type))
        return make_error("reverse_requests_unavailable", "\"Mentors can request mentees\" is not available in " + std::string(program_type_label(type)) + " programs. " + std::string(reverse_requests_unavailable_reason(type)));
    if (auto s = check_limit("pending requests per person", m.limits.pending_requests_per_person, MAX_PENDING_REQUESTS); !s)
        return s;
    if (auto s = check_limit("mentees per mentor", m.limits.mentees_per_mentor, MAX_MENTEES_PER_MENTOR); !s)
        return s;
    return check_limit("mentors per mentee", m.limits.mentors_per_mentee, MAX_MENTORS_PER_MENTEE);
}

Status validate_terminology(const Terminology& t)
{
    for (const auto& [label, word] : {std::pair<const char*, const std::string*>{"word for mentor", &t.mentor}, {"word for mentors", &t.mentors}, {"word for mentee", &t.mentee}, {"word for mentees", &t.mentees}, {"word for connection", &t.connection}, {"word for connections", &t.connections}}) {
        if (auto s = check_required_text(label, *word, MAX_TERM_LENGTH); !s)
            return s;
    }
    if (folded(t.mentor) == folded(t.mentee))
        return make_error("terms_clash", "terminology: mentor and mentee need different words");
    return {};
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const SetUpProgram& command)
{
    const Setup& setup = command.setup;
    Basics basics = normalized(setup.basics);
    std::vector<EventBody> events;
    events.push_back(ProgramCreated{command.id, basics.name, basics.about});
    events.push_back(ProgramBasicsChanged{basics});
    events.push_back(ProgramTypeChanged{setup.type});
    if (setup.match_types.empty())
        return make_error("match_type_required", "match types: a program needs at least one");
    if (setup.match_types.front().id != FIRST_MATCH_TYPE)
        events.push_back(MatchTypeRemoved{FIRST_MATCH_TYPE});
    for (const MatchType& match_type : setup.match_types) {
        MatchType m = match_type;
        m.name = trim(m.name);
        m.mentor_label = trim(m.mentor_label);
        m.mentee_label = trim(m.mentee_label);
        events.push_back(MatchTypeSaved{m});
    }
    events.push_back(RegistrationSettingsChanged{setup.registration});
    Terminology terms = setup.terminology;
    for (std::string* word : {&terms.mentor, &terms.mentors, &terms.mentee, &terms.mentees, &terms.connection, &terms.connections})
        *word = trim(*word);
    events.push_back(TerminologyChanged{terms});
    for (const questionnaire::Question& question : command.questionnaire)
        events.push_back(questionnaire::QuestionAdded{questionnaire::normalized(question)});
    return events;
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const ChangeProgramBasics& c)
{
    Basics basics = normalized(c.basics);
    if (state.program && state.program->name == basics.name && state.program->description == basics.about && state.program->purpose == basics.purpose && state.program->goals == basics.goals && state.program->start == basics.start && state.program->end == basics.end && state.program->support_contact == basics.support_contact)
        return make_error("unchanged", "program: nothing was changed");
    return one_event(ProgramBasicsChanged{basics});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const ChangeProgramType& c)
{
    return one_event(ProgramTypeChanged{c.type});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const SaveMatchType& c)
{
    MatchType m = c.match_type;
    m.name = trim(m.name);
    m.mentor_label = trim(m.mentor_label);
    m.mentee_label = trim(m.mentee_label);
    return one_event(MatchTypeSaved{m});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const RemoveMatchType& c)
{
    if (auto status = check_admin(state, actor); !status)
        return status.error();
    if (state.program && state.program->match_types.size() == 1 && state.program->match_types.front().id == c.id)
        return make_error("last_match_type", "match types: a program needs at least one; add another before removing this one");
    return one_event(MatchTypeRemoved{c.id});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const ChangeRegistrationSettings& c)
{
    return one_event(RegistrationSettingsChanged{c.registration});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const ChangeTerminology& c)
{
    Terminology terms = c.terminology;
    for (std::string* word : {&terms.mentor, &terms.mentors, &terms.mentee, &terms.mentees, &terms.connection, &terms.connections})
        *word = trim(*word);
    return one_event(TerminologyChanged{terms});
}

Status check(const ProgramState& state, const ActorId& author, const ProgramBasicsChanged& event)
{
    if (auto s = check_admin(state, author); !s)
        return s;
    return validate_basics(event.basics);
}

Status check(const ProgramState& state, const ActorId& author, const ProgramTypeChanged& event)
{
    if (auto s = check_admin(state, author); !s)
        return s;
    for (const MatchType& m : state.program->match_types) {
        if (m.mentors_can_request_mentees && !offers_reverse_requests(event.type))
            return make_error("reverse_requests_unavailable", "cannot change to " + std::string(program_type_label(event.type)) + ": match type \"" + m.name + "\" lets mentors request mentees, which " + std::string(program_type_label(event.type)) + " programs do not offer. Turn that off first.");
    }
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const MatchTypeSaved& event)
{
    if (auto s = check_admin(state, author); !s)
        return s;
    const Program& program = *state.program;
    if (auto s = validate_match_type(event.match_type, program.type); !s)
        return s;
    bool replacing = program.match_type(event.match_type.id) != nullptr;
    if (!replacing && program.match_types.size() >= MAX_MATCH_TYPES)
        return make_error("too_many_match_types", "match types: at most " + std::to_string(MAX_MATCH_TYPES));
    for (const MatchType& other : program.match_types) {
        if (other.id != event.match_type.id && folded(other.name) == folded(event.match_type.name))
            return make_error("match_type_name_taken", "match type name: \"" + event.match_type.name + "\" is already used");
    }
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const MatchTypeRemoved& event)
{
    if (auto s = check_admin(state, author); !s)
        return s;
    if (!state.program->match_type(event.id))
        return make_error("match_type_unknown", "match type: not in this program (removed meanwhile?)");
    // The creation wizard removes the starting match type before saving its own; only
    // a removal that would leave none is refused, which replay order makes the same everywhere.
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const RegistrationSettingsChanged& event)
{
    if (auto s = check_admin(state, author); !s)
        return s;
    const auto& r = event.registration;
    if (!r.mentors_may_join && !r.mentees_may_join && !r.both_may_join)
        return make_error("no_role_open", "registration: allow at least one role to join");
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const TerminologyChanged& event)
{
    if (auto s = check_admin(state, author); !s)
        return s;
    return validate_terminology(event.terminology);
}

void apply_checked(ProgramState& state, const EventContext&, const ProgramBasicsChanged& event)
{
    Program& p = *state.program;
    p.name = event.basics.name;
    p.description = event.basics.about;
    p.purpose = event.basics.purpose;
    p.goals = event.basics.goals;
    p.start = event.basics.start;
    p.end = event.basics.end;
    p.support_contact = event.basics.support_contact;
}

void apply_checked(ProgramState& state, const EventContext&, const ProgramTypeChanged& event)
{
    state.program->type = event.type;
}

void apply_checked(ProgramState& state, const EventContext&, const MatchTypeSaved& event)
{
    auto& types = state.program->match_types;
    for (MatchType& existing : types) {
        if (existing.id == event.match_type.id) {
            existing = event.match_type;
            return;
        }
    }
    types.push_back(event.match_type);
}

void apply_checked(ProgramState& state, const EventContext&, const MatchTypeRemoved& event)
{
    auto& types = state.program->match_types;
    std::erase_if(types, [&](const MatchType& m) { return m.id == event.id; });
}

void apply_checked(ProgramState& state, const EventContext&, const RegistrationSettingsChanged& event)
{
    state.program->registration = event.registration;
}

void apply_checked(ProgramState& state, const EventContext&, const TerminologyChanged& event)
{
    state.program->terminology = event.terminology;
}
}
