// Fresh ids for what a view creates before the core records it: a person who joins, a
// match type, a question, a match. Random (64 bits from the browser's crypto source), so two
// devices that add one at the same time never pick the same id. Depends on: core.
#pragma once

#include "core/domain/matching/matching.h"
#include "core/domain/program/settings.h"
#include "core/domain/questionnaire/question.h"

namespace turnabout::ui {

PersonId fresh_person_id();
// Never program::FIRST_MATCH_TYPE: that one is the program's first match type only.
program::MatchTypeId fresh_match_type_id();
questionnaire::QuestionId fresh_question_id();
matching::MatchId fresh_match_id();

}
