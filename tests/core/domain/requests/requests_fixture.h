// A small mentorship program for the requests tests: two mentors, three mentees,
// a match type whose process and limits each test sets, and short ways to send and
// answer requests as the people themselves.
#pragma once

#include "core/domain/matching/matching_fixture.h"
#include "core/domain/requests/request.h"

namespace turnabout::testing {

inline const Date DAY0 = *parse_iso_date("2027-02-01");

inline Date day(int n)
{
    return Date{DAY0.days + n};
}

struct RequestsProgram {
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    PersonId ana = add_person(state, "ana", {.role = people::Role::Mentor});
    PersonId bo = add_person(state, "bo", {.role = people::Role::Mentor});
    PersonId cy = add_person(state, "cy", {.role = people::Role::Mentee});
    PersonId di = add_person(state, "di", {.role = people::Role::Mentee});
    PersonId ed = add_person(state, "ed", {.role = people::Role::Mentee});
    int next_request = 0;
    int next_match = 0;

    // The first match type with another process, reverse requests or limits.
    void set_process(program::MatchingProcess process, bool reverse = false, int pending_limit = 3);
    requests::SendRequest ask(const PersonId& from, const PersonId& to, Date on = DAY0,
        requests::RequestKind kind = requests::RequestKind::MenteeAsks);
    // Sends as `from`; returns the new request's id.
    requests::RequestId send(const PersonId& from, const PersonId& to, Date on = DAY0,
        requests::RequestKind kind = requests::RequestKind::MenteeAsks);
    requests::AnswerRequest accept(const requests::RequestId& id, Date on = DAY0);
    const requests::Request& request(const requests::RequestId& id) const;
};

// The refusal decide gives `actor` for `command`, failing the test if it was accepted.
Error refused(const ProgramState& state, const ActorId& actor, const Command& command);

}
