// Rules of the requests feature: who may ask whom under each matching process, the
// pending limit, answers only by the one asked, withdrawal only by the one who
// asked, the admin's routing, reminders and closing; and the written rule for a
// place taken meanwhile (after a merge): the later acceptance closes the request with
// "this request could not be accepted: … became full". Depends on: core/domain/state.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/event.h"
#include "core/domain/event_list.h"
#include "core/domain/matching/recommendations.h"
#include "core/domain/state.h"

#include <vector>

namespace turnabout::requests {

// decide: one overload per command of the feature (core/domain/decide.cpp dispatches).
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const SendRequest& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const SendRankedList& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const WithdrawRequest& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const AnswerRequest& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const AssignRankedList& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const RemindRequests& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const CloseRequests& command);

Status check(const ProgramState& state, const ActorId& author, const RequestSent& event);
Status check(const ProgramState& state, const ActorId& author, const RequestWithdrawn& event);
Status check(const ProgramState& state, const ActorId& author, const RequestAnswered& event);
Status check(const ProgramState& state, const ActorId& author, const RankedListAssigned& event);
Status check(const ProgramState& state, const ActorId& author, const RequestsReminded& event);
Status check(const ProgramState& state, const ActorId& author, const RequestsClosed& event);

void apply_checked(ProgramState& state, const EventContext& context, const RequestSent& event);
void apply_checked(ProgramState& state, const EventContext& context, const RequestWithdrawn& event);
void apply_checked(ProgramState& state, const EventContext& context, const RequestAnswered& event);
void apply_checked(ProgramState& state, const EventContext& context, const RankedListAssigned& event);
void apply_checked(ProgramState& state, const EventContext& context, const RequestsReminded& event);
void apply_checked(ProgramState& state, const EventContext& context, const RequestsClosed& event);

// A person left the program: every request still waiting to or from them closes
// ("Ana Lima left the program"), and the other person reads it in their inbox. A
// ranked list that names them as one choice stays with the admin, who picks another.
void close_requests_of_leaver(ProgramState& state, const EventContext& context, const people::Departure& departure);

// The user-led process: a request (not an offer, which always waits) is a match at once.
bool becomes_match_at_once(const program::MatchType& type, RequestKind kind);

// Whether `person` may send a request of `kind` in `type` at all, whoever it is to:
// the match type's process, the program's switches for reverse requests and offers,
// active membership and the person's role. check() of a sent request applies it.
Status may_send_kind(const ProgramState& state, const program::MatchType& type, const people::Person& person, RequestKind kind);

// What a person may send in a match type, looking from `side`: the screens offer a
// button only where may_send_kind allows it.
struct RequestOptions {
    bool request = false; // "Request": a mentee asks a mentor, or a mentor asks a mentee
    bool offer = false;   // "Offer to mentor"
    bool ranked = false;  // admin-routed: "Add to my list"
};
RequestOptions request_options(const ProgramState& state, const program::MatchType& type, const people::Person& self, matching::Side side);

// The match a request starts: from `on` (or the program's first day if later) to the
// program's end (or a year later when the program ends first).
matching::Match match_from(const ProgramState& state, const matching::MatchId& id, const program::MatchTypeId& type, const PersonId& mentor, const PersonId& mentee, Date on);

}
