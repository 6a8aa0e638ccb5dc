#include "core/domain/program/program_rules.h"

#include "core/base/text.h"
#include "core/domain/text_rules.h"

namespace turnabout::program {

namespace {

Status check_details(std::string_view name, std::string_view description)
{
    if (name.empty())
        return make_error("name_required", "program name: a name is required");
    if (auto s = check_text("program name", name, MAX_NAME_LENGTH); !s)
        return s.error().code == "too_long" ? Status(make_error("name_too_long", s.error().message)) : s;
    return check_text("program description", description, MAX_DESCRIPTION_LENGTH, TextKind::MultiLine);
}

}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const CreateProgram& command)
{
    return one_event(ProgramCreated{command.id, trim(command.name), trim(command.description)});
}

Result<EventList> decide_command(const ProgramState& state, const ActorId&, const ChangeProgramDetails& command)
{
    ProgramDetailsChanged event{trim(command.name), trim(command.description)};
    if (state.program && state.program->name == event.name && state.program->description == event.description)
        return make_error("unchanged", "program: nothing was changed");
    return one_event(std::move(event));
}

Status check_admin(const ProgramState& state, const ActorId& author)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    if (author != state.program->admin)
        return authority_error("not_admin", "only the program's admin may do this");
    return {};
}

Status check(const ProgramState& state, const ActorId&, const ProgramCreated& event)
{
    if (state.program)
        return make_error("program_exists", "program: it was already created");
    if (event.id.empty())
        return make_error("invalid_id", "program: the id is empty");
    return check_details(event.name, event.description);
}

Status check(const ProgramState& state, const ActorId& author, const ProgramDetailsChanged& event)
{
    if (auto status = check_admin(state, author); !status)
        return status;
    return check_details(event.name, event.description);
}

void apply_checked(ProgramState& state, const EventContext& context, const ProgramCreated& event)
{
    // Settings a program has until they are changed: a one-year term from the day it
    // was created, one user-led-with-approval mentorship match type.
    Program program;
    program.id = event.id;
    program.name = event.name;
    program.description = event.description;
    program.start = date_of_unix_ms(context.recorded_at.unix_ms);
    program.end = add_years(program.start, 1);
    program.match_types.push_back(default_match_type(ProgramType::Mentorship, FIRST_MATCH_TYPE));
    program.admin = context.author;
    program.created_at = context.recorded_at;
    state.program = std::move(program);
}

void apply_checked(ProgramState& state, const EventContext&, const ProgramDetailsChanged& event)
{
    state.program->name = event.name;
    state.program->description = event.description;
}

}
