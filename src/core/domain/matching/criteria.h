// The criteria a program scores pairs by: its profile fields and the questions marked
// as criteria, each with the admin's weight and threshold or its default. Interpersonal
// questions come first by default in reverse mentoring (seed 002).
// Depends on: core/domain/state.h.
#pragma once

#include "core/domain/matching/matching.h"
#include "core/domain/state.h"

#include <string>
#include <vector>

namespace turnabout::matching {

// Every criterion of the program in display order, with its effective setting.
std::vector<CriterionSetting> effective_criteria(const ProgramState& state);
// The setting a criterion has when the admin has not chosen one.
CriterionSetting default_criterion(program::ProgramType type, const CriterionKey& key);
// "Skills", "Department", or the question's text.
std::string criterion_label(const ProgramState& state, const CriterionKey& key);
// "skills", "q:q-communication": stable names for files and the command-line tool.
std::string criterion_key_name(const CriterionKey& key);
std::optional<CriterionKey> criterion_key_from_name(std::string_view name);
// Whether a question of this type can be compared between two people.
bool question_comparable(questionnaire::QuestionType type);

}
