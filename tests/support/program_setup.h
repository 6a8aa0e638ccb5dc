// The program the sync and attack tests share, and the commands its people give.
// No test framework here: the fuzz targets use it too.
#pragma once

#include "core/base/date.h"
#include "core/domain/command.h"
#include "core/domain/state.h"

#include <string>

namespace turnabout::testing {

// The day the sync tests' programs start; requests are dated from it.
inline const Date SYNC_DAY = *parse_iso_date("2027-01-04");

// A valid person: an analyst in Finance, at level 2.
people::PersonDetails person(std::string name, std::string email, people::Role role = people::Role::Mentee);

// A mentorship program whose mentees ask mentors and the mentors accept or decline
// (user-led with approval), with the default questionnaire.
program::Setup requesting_setup(bool approval_required);
// Answers to every required question for `role`, as a joining person gives them.
people::Answers required_answers(const ProgramState& state, people::Role role);

// A mentee's request to a mentor, dated `on`.
requests::SendRequest ask_for_mentor(const PersonId& mentee, const PersonId& mentor, std::string request_id, Date on = SYNC_DAY);
requests::AnswerRequest answer(const requests::RequestId& id, bool accept, std::string match_id, Date on = SYNC_DAY);

}
