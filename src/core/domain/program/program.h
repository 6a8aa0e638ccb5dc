// The program feature: a mentoring program's identity and details, the commands that
// change them and the events that record it. Depends on: core/base.
#pragma once

#include "core/base/ids.h"

#include <string>

namespace turnabout::program {

inline constexpr std::size_t MAX_NAME_LENGTH = 120;
inline constexpr std::size_t MAX_DESCRIPTION_LENGTH = 4000;

struct Program {
    ProgramId id;
    std::string name;
    std::string description;
    // The actor who created the program; the only one who may change it until admin
    // roles can be handed on.
    ActorId admin;
    Timestamp created_at;

    bool operator==(const Program&) const = default;
};

// Commands: what a person asks for.
struct CreateProgram {
    ProgramId id;
    std::string name;
    std::string description;
};

struct ChangeProgramDetails {
    std::string name;
    std::string description;
};

// Events: what happened.
struct ProgramCreated {
    ProgramId id;
    std::string name;
    std::string description;

    bool operator==(const ProgramCreated&) const = default;
};

struct ProgramDetailsChanged {
    std::string name;
    std::string description;

    bool operator==(const ProgramDetailsChanged&) const = default;
};

}
