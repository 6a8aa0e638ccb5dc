// Every command a person can give, as one type. Depends on: core/domain features.
#pragma once

#include "core/domain/people/person.h"
#include "core/domain/program/program.h"

#include <variant>

namespace turnabout {

using Command = std::variant<
    program::CreateProgram,
    program::ChangeProgramDetails,
    people::AddPerson,
    people::UpdatePerson,
    people::RemovePerson>;

}
