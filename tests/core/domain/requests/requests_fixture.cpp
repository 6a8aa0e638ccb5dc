#include "core/domain/requests/requests_fixture.h"

#include "core/domain/program/program_rules.h"

#include <gtest/gtest.h>

namespace turnabout::testing {

void RequestsProgram::set_process(program::MatchingProcess process, bool reverse, int pending_limit)
{
    program::MatchType type = first_match_type(state);
    type.process = process;
    type.mentors_can_request_mentees = reverse;
    type.limits.pending_requests_per_person = pending_limit;
    if (type != first_match_type(state))
        run(state, ADMIN, program::SaveMatchType{type});
}

requests::SendRequest RequestsProgram::ask(const PersonId& from, const PersonId& to, Date on, requests::RequestKind kind)
{
    requests::SendRequest c;
    c.id = requests::RequestId{"r-" + std::to_string(++next_request)};
    c.match_type = program::FIRST_MATCH_TYPE;
    c.kind = kind;
    c.from = from;
    c.to = to;
    c.message = "I would like to learn how you plan your week.";
    c.match = matching::MatchId{"x-" + std::to_string(++next_match)};
    c.on = on;
    return c;
}

requests::RequestId RequestsProgram::send(const PersonId& from, const PersonId& to, Date on, requests::RequestKind kind)
{
    auto c = ask(from, to, on, kind);
    run(state, people::actor_of(from), c);
    return c.id;
}

requests::AnswerRequest RequestsProgram::accept(const requests::RequestId& id, Date on)
{
    requests::AnswerRequest c;
    c.id = id;
    c.accept = true;
    c.match = matching::MatchId{"x-" + std::to_string(++next_match)};
    c.on = on;
    return c;
}

const requests::Request& RequestsProgram::request(const requests::RequestId& id) const
{
    return state.requests.requests.at(id);
}

Error refused(const ProgramState& state, const ActorId& actor, const Command& command)
{
    auto events = decide(state, Actor{actor}, command);
    EXPECT_FALSE(events.ok()) << "accepted, but should have been refused";
    return events.ok() ? Error{} : events.error();
}

}
