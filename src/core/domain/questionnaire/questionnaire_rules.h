// Rules of the questionnaire: who edits it, what a valid question and a valid answer
// are, and which answers a role must give. Depends on: core/domain/state.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/people/person.h"
#include "core/domain/questionnaire/question.h"
#include "core/domain/event_list.h"
#include "core/domain/state.h"

#include <map>
#include <set>

namespace turnabout::questionnaire {

Question normalized(const Question& question);
Status validate_question(const Question& question);
bool applies_to(const Question& question, people::Role role);
Status validate_answer(const Question& question, const Answer& answer);
// Every answer fits its question, and every required question for `role` is answered.
// `sealed`: questions whose answers are sealed in the event (core/domain/privacy): the
// author's device checked them before sealing, and they count as given.
Status check_answers(const std::vector<Question>& questions, people::Role role, const std::map<QuestionId, Answer>& answers, const std::set<QuestionId>& sealed = {});

// decide: one overload per command of the feature (core/domain/decide.cpp dispatches).
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const AddQuestion& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const UpdateQuestion& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const RemoveQuestion& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const MoveQuestion& command);

Status check(const ProgramState& state, const ActorId& author, const QuestionAdded& event);
Status check(const ProgramState& state, const ActorId& author, const QuestionUpdated& event);
Status check(const ProgramState& state, const ActorId& author, const QuestionRemoved& event);
Status check(const ProgramState& state, const ActorId& author, const QuestionMoved& event);

void apply_checked(ProgramState& state, const EventContext& context, const QuestionAdded& event);
void apply_checked(ProgramState& state, const EventContext& context, const QuestionUpdated& event);
void apply_checked(ProgramState& state, const EventContext& context, const QuestionRemoved& event);
void apply_checked(ProgramState& state, const EventContext& context, const QuestionMoved& event);

}
