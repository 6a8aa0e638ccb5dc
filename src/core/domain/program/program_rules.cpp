#include "core/domain/program/program_rules.h"

#include "core/base/text.h"

namespace turnabout::program {

namespace {

Status check_details(std::string_view name, std::string_view description)
{
    if (name.empty())
        return make_error("name_required", "program name: a name is required");
    if (!is_valid_utf8(name) || !is_valid_utf8(description))
        return make_error("invalid_text", "program: text is not valid UTF-8");
    if (utf8_length(name) > MAX_NAME_LENGTH)
        return make_error("name_too_long", "program name: at most " + std::to_string(MAX_NAME_LENGTH) + " characters");
    if (utf8_length(description) > MAX_DESCRIPTION_LENGTH)
        return make_error("description_too_long", "program description: at most " + std::to_string(MAX_DESCRIPTION_LENGTH) + " characters");
    if (contains_control_characters(name, false) || contains_control_characters(description, true))
        return make_error("invalid_text", "program: text contains control characters");
    return {};
}

}

Result<ProgramCreated> decide_create(const ProgramState&, const CreateProgram& command)
{
    return ProgramCreated{command.id, trim(command.name), trim(command.description)};
}

Result<ProgramDetailsChanged> decide_change(const ProgramState& state, const ChangeProgramDetails& command)
{
    ProgramDetailsChanged event{trim(command.name), trim(command.description)};
    if (state.program && state.program->name == event.name && state.program->description == event.description)
        return make_error("unchanged", "program: nothing was changed");
    return event;
}

Status check_admin(const ProgramState& state, const ActorId& author)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    if (author != state.program->admin)
        return make_error("not_admin", "only the program's admin may do this");
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
    state.program = Program{event.id, event.name, event.description, context.author, context.recorded_at};
}

void apply_checked(ProgramState& state, const EventContext&, const ProgramDetailsChanged& event)
{
    state.program->name = event.name;
    state.program->description = event.description;
}

}
