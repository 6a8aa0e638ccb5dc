#include "core/domain/requests/request_rules.h"
#include "core/domain/lookup.h"

#include "core/domain/privacy/private_text.h"

#include "core/base/overloaded.h"
#include "core/domain/event_list.h"
#include "core/domain/matching/eligibility.h"
#include "core/domain/matching/explain.h"
#include "core/domain/program/program_rules.h"
#include "core/domain/requests/time_rules.h"
#include "core/domain/text_rules.h"

#include <set>

namespace turnabout::requests {

namespace {

using people::Person;
using program::MatchingProcess;

std::string name_of(const ProgramState& state, const PersonId& id)
{
    const Person* p = find_person(state, id);
    return p ? p->details.name : std::string("someone who left the program");
}

Result<const Request*> find_request(const ProgramState& state, const RequestId& id)
{
    auto it = state.requests.requests.find(id);
    if (it == state.requests.requests.end())
        return make_error("request_unknown", "request: not in this program (its sending has not arrived yet?)");
    return &it->second;
}

const matching::RequestRules& rules_of(const ProgramState& state)
{
    return state.matching.settings.requests;
}

std::string status_words(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Pending: return "still waiting for an answer";
    case RequestStatus::Accepted: return "already accepted";
    case RequestStatus::Declined: return "already declined";
    case RequestStatus::Withdrawn: return "withdrawn";
    case RequestStatus::Closed: return "closed";
    case RequestStatus::Expired: return "closed by itself";
    }
    return "closed";
}

// The request must still be open on `on`; an expired one says when it closed.
Status check_pending(const ProgramState& state, const Request& request, Date on)
{
    const RequestStatus status = status_on(request, rules_of(state), on);
    if (status == RequestStatus::Expired) {
        return conflict_error("request_expired", "request: it closed by itself on " + format_iso_date(*closes_on(request, rules_of(state))) + ", "
                + std::to_string(rules_of(state).close_after_days) + " days after it was sent");
    }
    if (status != RequestStatus::Pending) {
        // A request closed by a rule says which ("closed: Ana Lima left the program").
        const bool rule_note = status == RequestStatus::Closed && !request.note.empty();
        return conflict_error("not_pending", "request: " + status_words(status) + (rule_note ? ": " + request.note : std::string()));
    }
    return {};
}

Status check_new_match_id(const ProgramState& state, const matching::MatchId& id)
{
    if (id.empty() || state.matching.matches.contains(id))
        return make_error("match_id_taken", "match: the id " + id.value + " is empty or already used");
    return {};
}

// Every rule a pair must pass except capacity, which a merge may change meanwhile and
// which apply settles by the written conflict rule instead.
Status check_pair(const ProgramState& state, const program::MatchType& type, const Person& mentor, const Person& mentee)
{
    if (auto e = matching::mentor_exclusion(state, type, mentor, false))
        return make_error(std::string(matching::exclusion_rule_name(e->rule)), "request: " + e->reason);
    if (auto e = matching::mentee_exclusion(state, type, mentee, false))
        return make_error(std::string(matching::exclusion_rule_name(e->rule)), "request: " + e->reason);
    auto explained = matching::explain_pair(state, type, mentor, mentee);
    if (explained.exclusion && explained.exclusion->rule != matching::ExclusionRule::MentorFull
        && explained.exclusion->rule != matching::ExclusionRule::MenteeFull)
        return make_error(std::string(matching::exclusion_rule_name(explained.exclusion->rule)), "request: " + explained.exclusion->reason);
    return {};
}

// Capacity now: what decide refuses before anything is recorded.
// `meanwhile`: in replay, where the place was taken by an event this one did not know of.
std::optional<std::string> capacity_problem(const ProgramState& state, const program::MatchType& type, const PersonId& mentor_id,
    const PersonId& mentee_id, bool meanwhile = false)
{
    const Person* mentor = find_person(state, mentor_id);
    const Person* mentee = find_person(state, mentee_id);
    if (!mentor || !mentee)
        return std::nullopt;
    if (matching::active_as_mentor(state, type.id, mentor->id) >= matching::mentor_capacity(type, *mentor)) {
        const int capacity = matching::mentor_capacity(type, *mentor);
        return mentor->details.name + (meanwhile ? " became full (" : " is full (") + std::to_string(capacity) + " of " + std::to_string(capacity) + " places taken)";
    }
    if (matching::active_as_mentee(state, type.id, mentee->id) >= matching::mentee_capacity(type))
        return mentee->details.name + (meanwhile ? " meanwhile" : "") + " has as many " + state.program->terminology.mentors + " as allowed";
    return std::nullopt;
}

bool is_active_member(const Person* person)
{
    return person && person->membership == people::Membership::Active;
}

Status check_sent_kind(const ProgramState& state, const program::MatchType& type, RequestKind kind)
{
    const program::Terminology& words = state.program->terminology;
    switch (type.process) {
    case MatchingProcess::AdminLed:
        return make_error("admin_led", "requests: in " + type.name + " only the program's admin makes " + words.connections
                + "; mark the people you would like as favorites instead");
    case MatchingProcess::AdminRouted:
        if (kind != RequestKind::RankedList)
            return make_error("admin_routed", "requests: in " + type.name + " you send a ranked list of the " + words.mentors
                    + " you prefer to the admin, who assigns one");
        return {};
    case MatchingProcess::UserLed:
    case MatchingProcess::UserLedWithApproval:
        break;
    }
    if (kind == RequestKind::RankedList)
        return make_error("not_admin_routed", "requests: ranked lists are only for match types the admin assigns");
    if (kind == RequestKind::MentorAsks && !type.mentors_can_request_mentees)
        return make_error("reverse_not_allowed", "requests: in " + type.name + " " + words.mentors + " cannot ask " + words.mentees
                + "; they may be asked");
    if (kind == RequestKind::MentorOffers && !state.matching.settings.requests.mentor_offers)
        return make_error("offers_not_allowed", "requests: this program does not let " + words.mentors + " offer to mentor");
    return {};
}

bool sent_as_mentee(RequestKind kind)
{
    return kind == RequestKind::MenteeAsks || kind == RequestKind::RankedList;
}

// The sender is an active member who joined on the side the request comes from.
Status check_sender(const ProgramState& state, const Person* from, RequestKind kind)
{
    if (!is_active_member(from))
        return make_error("not_member", "requests: only active members send requests");
    const bool from_mentee = sent_as_mentee(kind);
    if (from_mentee ? !matching::can_be_mentee(*from) : !matching::can_mentor(*from))
        return make_error("wrong_role", "requests: " + from->details.name + " has not joined as a "
                + (from_mentee ? state.program->terminology.mentee : state.program->terminology.mentor));
    return {};
}

void tell(ProgramState& state, const PersonId& person, const EventContext& context, InboxKind kind, const std::string& detail)
{
    if (!person.empty())
        state.inbox[person].push_back(InboxItem{context.id, context.recorded_at, kind, detail});
}

// Starts the request's match, or (its place taken meanwhile) closes the request by
// the written rule, telling both people.
void settle_acceptance(ProgramState& state, const EventContext& context, Request& request, const PersonId& mentor,
    const matching::MatchId& match_id, Date on, bool at_once = false)
{
    request.decided = on;
    const program::MatchType* type = state.program->match_type(request.match_type);
    if (auto problem = capacity_problem(state, *type, mentor, request.mentee(), true)) {
        request.status = RequestStatus::Closed;
        request.place_taken = true;
        request.note = "this request could not be accepted: " + *problem;
        tell(state, request.from, context, InboxKind::RequestClosed, request.id.value);
        tell(state, request.to, context, InboxKind::RequestClosed, request.id.value);
        return;
    }
    request.status = RequestStatus::Accepted;
    request.match = match_id;
    state.matching.matches.emplace(match_id, match_from(state, match_id, request.match_type, mentor, request.mentee(), on));
    // Under the user-led process nobody accepted: the requester hears of the match.
    tell(state, request.from, context, at_once ? InboxKind::MatchStarted : InboxKind::RequestAccepted, at_once ? match_id.value : request.id.value);
    // The one who accepted (or the assigned mentor) hears of the match itself.
    tell(state, request.kind == RequestKind::RankedList ? mentor : request.to, context, InboxKind::MatchStarted, match_id.value);
}
}

Status may_send_kind(const ProgramState& state, const program::MatchType& type, const people::Person& person, RequestKind kind)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    if (auto s = check_sent_kind(state, type, kind); !s)
        return s;
    return check_sender(state, &person, kind);
}

RequestOptions request_options(const ProgramState& state, const program::MatchType& type, const people::Person& self, matching::Side side)
{
    auto may = [&](RequestKind kind) { return may_send_kind(state, type, self, kind).ok(); };
    RequestOptions options;
    if (side == matching::Side::AsMentee) {
        options.request = may(RequestKind::MenteeAsks);
        options.ranked = may(RequestKind::RankedList);
    } else {
        options.request = may(RequestKind::MentorAsks);
        options.offer = may(RequestKind::MentorOffers);
    }
    return options;
}

bool becomes_match_at_once(const program::MatchType& type, RequestKind kind)
{
    return type.process == MatchingProcess::UserLed && (kind == RequestKind::MenteeAsks || kind == RequestKind::MentorAsks);
}

matching::Match match_from(const ProgramState& state, const matching::MatchId& id, const program::MatchTypeId& type, const PersonId& mentor,
    const PersonId& mentee, Date on)
{
    matching::Match match;
    match.id = id;
    match.match_type = type;
    match.mentor = mentor;
    match.mentee = mentee;
    match.start = state.program && state.program->start > on ? state.program->start : on;
    match.end = state.program && state.program->end > match.start ? state.program->end : add_years(match.start, 1);
    return match;
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const SendRequest& c)
{
    RequestSent event{c.id, c.match_type, c.kind, c.from, c.to, {}, c.message, c.match, c.on};
    if (c.kind == RequestKind::RankedList)
        return make_error("not_admin_routed", "requests: a ranked list is sent as a list");
    auto type = find_match_type(state, c.match_type);
    if (!type)
        return type.error();
    Request probe;
    probe.kind = c.kind;
    probe.from = c.from;
    probe.to = c.to;
    if (auto problem = capacity_problem(state, **type, probe.mentor(), probe.mentee()))
        return conflict_error("full", "request: " + *problem);
    if (!becomes_match_at_once(**type, c.kind))
        event.match = {};
    return one_event(std::move(event));
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const SendRankedList& c)
{
    return one_event(RequestSent{c.id, c.match_type, RequestKind::RankedList, c.mentee, {}, c.ranked, c.message, {}, c.on});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const WithdrawRequest& c)
{
    return one_event(RequestWithdrawn{c.id, c.on});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const AnswerRequest& c)
{
    auto request = find_request(state, c.id);
    if (!request)
        return request.error();
    if (c.accept && state.program) {
        const program::MatchType* type = state.program->match_type((*request)->match_type);
        if (type) {
            if (auto problem = capacity_problem(state, *type, (*request)->mentor(), (*request)->mentee()))
                return conflict_error("full", "this request could not be accepted: " + *problem);
        }
    }
    RequestAnswered event{c.id, c.accept, c.reason, c.note, c.accept ? c.match : matching::MatchId{}, c.on};
    if (c.accept) {
        event.reason = DeclineReason::NotAGoodMatch;
        event.note = {};
    }
    return one_event(std::move(event));
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const AssignRankedList& c)
{
    auto request = find_request(state, c.id);
    if (!request)
        return request.error();
    if (state.program) {
        const program::MatchType* type = state.program->match_type((*request)->match_type);
        if (type) {
            if (auto problem = capacity_problem(state, *type, c.mentor, (*request)->mentee()))
                return conflict_error("full", "this list could not be assigned: " + *problem);
        }
    }
    return one_event(RankedListAssigned{c.id, c.mentor, c.match, c.on});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const RemindRequests& c)
{
    if (c.ids.empty())
        return make_error("no_requests", "requests: none chosen");
    return one_event(RequestsReminded{c.ids, c.on});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const CloseRequests& c)
{
    if (c.ids.empty())
        return make_error("no_requests", "requests: none chosen");
    return one_event(RequestsClosed{c.ids, c.note, c.on});
}

Status check(const ProgramState& state, const ActorId& author, const RequestSent& event)
{
    auto found = find_match_type(state, event.match_type);
    if (!found)
        return found.error();
    const program::MatchType& type = **found;
    const program::Terminology& words = state.program->terminology;
    if (event.id.empty() || state.requests.requests.contains(event.id))
        return make_error("request_id_taken", "request: the id " + event.id.value + " is empty or already used");
    if (author != people::actor_of(event.from))
        return authority_error("not_self", "requests: a person sends only their own requests");
    if (auto s = check_sent_kind(state, type, event.kind); !s)
        return s;
    if (auto s = privacy::check_private_text("message", event.message, MAX_MESSAGE_LENGTH, TextKind::MultiLine); !s)
        return s;
    const Person* from = find_person(state, event.from);
    if (auto s = check_sender(state, from, event.kind); !s)
        return s;
    const bool from_mentee = sent_as_mentee(event.kind);
    if (pending_sent(state, event.from, type.id, event.on) >= type.limits.pending_requests_per_person) {
        const int limit = type.limits.pending_requests_per_person;
        return make_error("pending_limit", "requests: you already have " + std::to_string(limit) + " pending " + (limit == 1 ? "request" : "requests")
                + ", the program's limit; withdraw one or wait for an answer");
    }

    if (event.kind == RequestKind::RankedList) {
        if (!event.to.empty())
            return make_error("ranked_list_recipient", "ranked list: it goes to the admin, not to a person");
        if (event.ranked.empty() || event.ranked.size() > MAX_RANKED_CHOICES)
            return make_error("ranked_list_size", "ranked list: from 1 to " + std::to_string(MAX_RANKED_CHOICES) + " " + words.mentors);
        for (const auto& [id, other] : state.requests.requests) {
            if (other.kind == RequestKind::RankedList && other.from == event.from && other.match_type == type.id
                && status_on(other, rules_of(state), event.on) == RequestStatus::Pending)
                return make_error("ranked_list_pending", "ranked list: yours is still with the admin; withdraw it to send a new one");
        }
        std::set<PersonId> seen;
        for (const RankedChoice& choice : event.ranked) {
            const Person* mentor = find_person(state, choice.mentor);
            if (!mentor || !matching::can_mentor(*mentor))
                return make_error("not_a_mentor", "ranked list: " + (mentor ? mentor->details.name : choice.mentor.value) + " is not a " + words.mentor + " in this program");
            if (!seen.insert(choice.mentor).second)
                return make_error("mentor_twice", "ranked list: " + mentor->details.name + " is listed twice");
            if (auto s = privacy::check_private_text("note on " + mentor->details.name, choice.note, MAX_NOTE_LENGTH, TextKind::MultiLine); !s)
                return s;
            if (auto s = check_pair(state, type, *mentor, *from); !s)
                return s;
        }
        return {};
    }

    if (!event.ranked.empty())
        return make_error("ranked_list_size", "request: only a ranked list names several " + words.mentors);
    const Person* to = find_person(state, event.to);
    if (!is_active_member(to))
        return make_error("person_unknown", "request: the person asked is not an active member of this program");
    if (event.from == event.to)
        return make_error("same_person", "request: you cannot ask yourself");
    if (from_mentee ? !matching::can_mentor(*to) : !matching::can_be_mentee(*to))
        return make_error("wrong_role", "request: " + to->details.name + " has not joined as a " + (from_mentee ? words.mentor : words.mentee));
    for (const auto& [id, other] : state.requests.requests) {
        if (other.from == event.from && other.to == event.to && other.match_type == type.id
            && status_on(other, rules_of(state), event.on) == RequestStatus::Pending)
            return make_error("request_twice", "request: you already asked " + to->details.name + "; wait for the answer or withdraw it");
    }
    if (becomes_match_at_once(type, event.kind)) {
        if (auto s = check_new_match_id(state, event.match); !s)
            return s;
    } else if (!event.match.empty()) {
        return make_error("match_too_early", "request: it becomes a match only when it is accepted");
    }
    return from_mentee ? check_pair(state, type, *to, *from) : check_pair(state, type, *from, *to);
}

Status check(const ProgramState& state, const ActorId& author, const RequestWithdrawn& event)
{
    auto request = find_request(state, event.id);
    if (!request)
        return request.error();
    if (author != people::actor_of((*request)->from))
        return authority_error("not_requester", "request: only " + name_of(state, (*request)->from) + ", who sent it, can withdraw it");
    return check_pending(state, **request, event.on);
}

Status check(const ProgramState& state, const ActorId& author, const RequestAnswered& event)
{
    auto found = find_request(state, event.id);
    if (!found)
        return found.error();
    const Request& request = **found;
    if (request.kind == RequestKind::RankedList)
        return make_error("ranked_list_answer", "ranked list: the admin answers it by assigning a " + state.program->terminology.mentor);
    if (author != people::actor_of(request.to))
        return authority_error("not_recipient", "request: only " + name_of(state, request.to) + ", who was asked, can answer it");
    if (auto s = check_pending(state, request, event.on); !s)
        return s;
    if (!event.accept) {
        if (event.reason == DeclineReason::Other && event.note.empty())
            return make_error("note_required", "decline: say in a few words why, when the reason is \"Other\"");
        return privacy::check_private_text("note", event.note, MAX_NOTE_LENGTH, TextKind::MultiLine);
    }
    if (auto s = check_new_match_id(state, event.match); !s)
        return s;
    const Person* mentor = find_person(state, request.mentor());
    const Person* mentee = find_person(state, request.mentee());
    if (!mentor || !mentee)
        return make_error("person_unknown", "request: one of the two has left the program");
    return check_pair(state, *state.program->match_type(request.match_type), *mentor, *mentee);
}

Status check(const ProgramState& state, const ActorId& author, const RankedListAssigned& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    auto found = find_request(state, event.id);
    if (!found)
        return found.error();
    const Request& request = **found;
    if (request.kind != RequestKind::RankedList)
        return make_error("not_ranked_list", "request: only a ranked list is assigned by the admin");
    if (auto s = check_pending(state, request, event.on); !s)
        return s;
    if (auto s = check_new_match_id(state, event.match); !s)
        return s;
    const Person* mentor = find_person(state, event.mentor);
    const Person* mentee = find_person(state, request.from);
    if (!mentor || !mentee)
        return make_error("person_unknown", "ranked list: one of the two has left the program");
    const program::MatchType* type = state.program->match_type(request.match_type);
    if (!type)
        return make_error("match_type_unknown", "match type: not in this program (removed meanwhile?)");
    return check_pair(state, *type, *mentor, *mentee);
}

namespace {

Status check_admin_batch(const ProgramState& state, const ActorId& author, const std::vector<RequestId>& ids, Date on, bool reminding)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (ids.empty() || ids.size() > MAX_REQUESTS_PER_COMMAND)
        return make_error("no_requests", "requests: from 1 to " + std::to_string(MAX_REQUESTS_PER_COMMAND) + " at once");
    std::set<RequestId> seen;
    for (const RequestId& id : ids) {
        if (!seen.insert(id).second)
            return make_error("request_twice", "requests: " + id.value + " is listed twice");
        auto request = find_request(state, id);
        if (!request)
            return request.error();
        if (auto s = check_pending(state, **request, on); !s)
            return Error{s.error().code, "requests: " + name_of(state, (*request)->from) + "'s request is " + status_words(status_on(**request, rules_of(state), on)), s.error().refusal};
        if (reminding && (*request)->kind == RequestKind::RankedList)
            return make_error("ranked_list_reminder", "requests: a ranked list waits for the admin, not for a reminder");
    }
    return {};
}
}

Status check(const ProgramState& state, const ActorId& author, const RequestsReminded& event)
{
    return check_admin_batch(state, author, event.ids, event.on, true);
}

Status check(const ProgramState& state, const ActorId& author, const RequestsClosed& event)
{
    if (auto s = check_admin_batch(state, author, event.ids, event.on, false); !s)
        return s;
    return privacy::check_private_text("note", event.note, MAX_NOTE_LENGTH, TextKind::MultiLine);
}

void apply_checked(ProgramState& state, const EventContext& context, const RequestSent& event)
{
    Request request;
    request.id = event.id;
    request.match_type = event.match_type;
    request.kind = event.kind;
    request.from = event.from;
    request.to = event.to;
    request.ranked = event.ranked;
    request.message = event.message;
    request.sent = event.on;
    auto [it, inserted] = state.requests.requests.emplace(event.id, std::move(request));
    const program::MatchType* type = state.program->match_type(event.match_type);
    if (becomes_match_at_once(*type, event.kind)) {
        settle_acceptance(state, context, it->second, it->second.mentor(), event.match, event.on, true);
        return;
    }
    tell(state, event.to, context, InboxKind::RequestReceived, event.id.value);
}

void apply_checked(ProgramState& state, const EventContext& context, const RequestWithdrawn& event)
{
    Request& request = state.requests.requests.at(event.id);
    request.status = RequestStatus::Withdrawn;
    request.decided = event.on;
    tell(state, request.to, context, InboxKind::RequestWithdrawn, request.id.value);
}

void apply_checked(ProgramState& state, const EventContext& context, const RequestAnswered& event)
{
    Request& request = state.requests.requests.at(event.id);
    if (event.accept) {
        settle_acceptance(state, context, request, request.mentor(), event.match, event.on);
        return;
    }
    request.status = RequestStatus::Declined;
    request.decided = event.on;
    request.decline_reason = event.reason;
    request.decline_note = event.note;
    tell(state, request.from, context, InboxKind::RequestDeclined, request.id.value);
}

void apply_checked(ProgramState& state, const EventContext& context, const RankedListAssigned& event)
{
    Request& request = state.requests.requests.at(event.id);
    request.assigned = event.mentor;
    settle_acceptance(state, context, request, event.mentor, event.match, event.on);
    if (request.status != RequestStatus::Accepted)
        request.assigned = {};
}

void apply_checked(ProgramState& state, const EventContext& context, const RequestsReminded& event)
{
    for (const RequestId& id : event.ids) {
        Request& request = state.requests.requests.at(id);
        request.reminders.push_back(event.on);
        tell(state, request.to, context, InboxKind::RequestReminded, id.value);
    }
}

void apply_checked(ProgramState& state, const EventContext& context, const RequestsClosed& event)
{
    for (const RequestId& id : event.ids) {
        Request& request = state.requests.requests.at(id);
        request.status = RequestStatus::Closed;
        request.decided = event.on;
        request.closing_note = event.note;
        tell(state, request.from, context, InboxKind::RequestClosed, id.value);
        tell(state, request.to, context, InboxKind::RequestClosed, id.value);
    }
}

void close_requests_of_leaver(ProgramState& state, const EventContext& context, const people::Departure& departure)
{
    const PersonId& person = departure.person;
    for (auto& [id, request] : state.requests.requests) {
        if (request.status != RequestStatus::Pending || (request.from != person && request.to != person))
            continue;
        request.status = RequestStatus::Closed;
        request.decided = departure.day;
        request.note = departure.reason;
        tell(state, request.from == person ? request.to : request.from, context, InboxKind::RequestClosed, request.id.value);
    }
}

}
