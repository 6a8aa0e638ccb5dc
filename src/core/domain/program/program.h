// The program feature: a mentoring program's identity and details, the commands that
// change them and the events that record it. Depends on: core/base.
#pragma once

#include "core/base/ids.h"
#include "core/domain/program/settings.h"
#include "core/domain/questionnaire/question.h"

#include <string>
#include <string_view>

namespace turnabout::program {

inline constexpr std::size_t MAX_NAME_LENGTH = 120;
inline constexpr std::size_t MAX_DESCRIPTION_LENGTH = 4000;

struct Program {
    ProgramId id;
    std::string name;
    // The About text: what the program is and what members are responsible for.
    std::string description;
    std::string purpose;
    std::vector<std::string> goals;
    Date start;
    Date end;
    std::string support_contact;
    ProgramType type = ProgramType::Mentorship;
    std::vector<MatchType> match_types;
    RegistrationSettings registration;
    Terminology terminology;
    // The actor who created the program; the only one who may change it until admin
    // roles can be handed on.
    ActorId admin;
    Timestamp created_at;

    const MatchType* match_type(const MatchTypeId& id) const;
    bool operator==(const Program&) const = default;
};

// Commands: what a person asks for.
struct CreateProgram {
    ProgramId id;
    std::string name;
    std::string description;
};

// The creation wizard: a program with all its settings at once.
struct SetUpProgram {
    ProgramId id;
    Setup setup;
    std::vector<questionnaire::Question> questionnaire;
};

struct ChangeProgramDetails {
    std::string name;
    std::string description;
};

struct ChangeProgramBasics {
    Basics basics;
};

struct ChangeProgramType {
    ProgramType type;
};

// Adds a match type, or replaces the one with the same id.
struct SaveMatchType {
    MatchType match_type;
};

struct RemoveMatchType {
    MatchTypeId id;
};

struct ChangeRegistrationSettings {
    RegistrationSettings registration;
};

struct ChangeTerminology {
    Terminology terminology;
};

// Events: what happened.
struct ProgramCreated {
    static constexpr std::string_view TYPE = "ProgramCreated";
    ProgramId id;
    std::string name;
    std::string description;

    bool operator==(const ProgramCreated&) const = default;
};

struct ProgramDetailsChanged {
    static constexpr std::string_view TYPE = "ProgramDetailsChanged";
    std::string name;
    std::string description;

    bool operator==(const ProgramDetailsChanged&) const = default;
};

struct ProgramBasicsChanged {
    static constexpr std::string_view TYPE = "ProgramBasicsChanged";
    Basics basics;

    bool operator==(const ProgramBasicsChanged&) const = default;
};

struct ProgramTypeChanged {
    static constexpr std::string_view TYPE = "ProgramTypeChanged";
    ProgramType type;

    bool operator==(const ProgramTypeChanged&) const = default;
};

struct MatchTypeSaved {
    static constexpr std::string_view TYPE = "MatchTypeSaved";
    MatchType match_type;

    bool operator==(const MatchTypeSaved&) const = default;
};

struct MatchTypeRemoved {
    static constexpr std::string_view TYPE = "MatchTypeRemoved";
    MatchTypeId id;

    bool operator==(const MatchTypeRemoved&) const = default;
};

struct RegistrationSettingsChanged {
    static constexpr std::string_view TYPE = "RegistrationSettingsChanged";
    RegistrationSettings registration;

    bool operator==(const RegistrationSettingsChanged&) const = default;
};

struct TerminologyChanged {
    static constexpr std::string_view TYPE = "TerminologyChanged";
    Terminology terminology;

    bool operator==(const TerminologyChanged&) const = default;
};

}
