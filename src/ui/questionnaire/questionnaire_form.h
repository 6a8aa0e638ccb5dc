// The registration questionnaire as a form: the program's questions for one role,
// grouped by section, each type with its own widget, required ones marked, help shown.
// Joining and the profile page both use it. Depends on: core/domain, Dear ImGui.
#pragma once

#include "core/domain/people/person.h"
#include "core/domain/questionnaire/question.h"

#include <string>
#include <string_view>
#include <vector>

namespace turnabout::ui {

// The questions `role` answers, in the program's order.
std::vector<const questionnaire::Question*> questions_for(const std::vector<questionnaire::Question>& questions, people::Role role);

// The sections of `questions` in order of first appearance ("" for questions without one).
std::vector<std::string> sections_of(const std::vector<const questionnaire::Question*>& questions);

// The question a core error names ("\"Describe yourself\": an answer is required"),
// so the form can mark it; nullptr if the error names none.
const questionnaire::Question* question_named_by(const std::vector<questionnaire::Question>& questions, std::string_view error);

// Draws `questions` (already filtered and in order) at `width`, editing `answers`.
// `flagged` is shown in the danger colour with `flag_message` under it.
// Returns true when an answer changed. Items are named "##answer-<question id>".
bool questionnaire_form(const std::vector<const questionnaire::Question*>& questions, people::Answers& answers, float width,
    const questionnaire::Question* flagged = nullptr, std::string_view flag_message = {});

}
