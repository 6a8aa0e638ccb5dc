// A small program for the matching tests: people with levels, departments, managers
// and profiles, added and shaped through the core's own commands.
#pragma once

#include "core/domain/matching/matching.h"
#include "core/domain/program/program_rules.h"
#include "support/builders.h"

#include <string>
#include <vector>

namespace turnabout::testing {

struct ProfileSpec {
    std::string department{};
    int level = 0;
    people::Role role = people::Role::Mentee;
    std::string manager{};
    std::vector<std::string> offered{};
    std::vector<std::string> wanted{};
    std::vector<std::string> interests{};
    std::string availability{};
    std::string time_zone{};
    std::string location{};
    int capacity = 1;
};

// A program of `type` with the default questionnaire, set up by ADMIN.
ProgramState matching_program(program::ProgramType type);
// Adds a person (id "u-<name>") and their profile, as the admin.
PersonId add_person(ProgramState& state, const std::string& name, const ProfileSpec& spec);
// The person answers these questions, and every other required one with a placeholder.
void give_answers(ProgramState& state, const PersonId& id, const people::Answers& answers);
// Only the listed criteria count; every other one gets weight 0.
matching::MatchingSettings only_criteria(const ProgramState& state, std::vector<matching::CriterionSetting> chosen);
const program::MatchType& first_match_type(const ProgramState& state);
const people::Person& who(const ProgramState& state, const PersonId& id);

}
