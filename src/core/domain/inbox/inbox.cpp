#include "core/domain/inbox/inbox.h"
#include "core/domain/inbox/inbox_rules.h"

#include "core/domain/requests/time_rules.h"

#include <algorithm>

namespace turnabout::inbox {

namespace {

constexpr std::int64_t MS_PER_DAY = 86'400'000;

void add_request_items(const ProgramState& state, const PersonId& person, Date today, std::vector<InboxItem>& items)
{
    const matching::RequestRules& rules = state.matching.settings.requests;
    for (const auto& [id, request] : state.requests.requests) {
        if (request.to == person) {
            // Reminded on the day if it was still waiting then.
            if (auto day = requests::reminder_on(request, rules); day && *day <= today
                && (request.status == requests::RequestStatus::Pending || request.decided > *day))
                items.push_back(InboxItem{{}, start_of(*day), InboxKind::ReminderDue, id.value});
        }
        if ((request.from == person || request.to == person)
            && requests::status_on(request, rules, today) == requests::RequestStatus::Expired)
            items.push_back(InboxItem{{}, start_of(*requests::closes_on(request, rules)), InboxKind::RequestExpired, id.value});
    }
}

void add_match_items(const ProgramState& state, const PersonId& person, Date today, std::vector<InboxItem>& items)
{
    for (const auto& [id, match] : state.matching.matches) {
        if (match.state != matching::MatchState::Active || (match.mentor != person && match.mentee != person))
            continue;
        const Date notice = requests::add_days(match.end, -MATCH_ENDING_NOTICE_DAYS);
        if (today >= notice)
            items.push_back(InboxItem{{}, start_of(notice), InboxKind::MatchEnding, id.value});
    }
}

}

Timestamp start_of(Date day)
{
    return Timestamp{static_cast<std::int64_t>(day.days) * MS_PER_DAY};
}

std::vector<InboxItem> inbox_on(const ProgramState& state, const PersonId& person, Date today)
{
    std::vector<InboxItem> items;
    if (auto it = state.inbox.find(person); it != state.inbox.end())
        items = it->second;
    add_request_items(state, person, today, items);
    add_match_items(state, person, today, items);
    std::stable_sort(items.begin(), items.end(), [](const InboxItem& a, const InboxItem& b) { return a.at < b.at; });
    return items;
}

bool is_read(const ProgramState& state, const PersonId& person, const InboxItem& item)
{
    auto it = state.inbox_read.find(person);
    return it != state.inbox_read.end() && item.at <= it->second;
}

InboxTopic topic_of(InboxKind kind)
{
    switch (kind) {
    case InboxKind::RegistrationApproved:
    case InboxKind::RegistrationDeclined:
        return InboxTopic::Registration;
    case InboxKind::RequestReceived:
    case InboxKind::RequestAccepted:
    case InboxKind::RequestDeclined:
    case InboxKind::RequestWithdrawn:
    case InboxKind::RequestReminded:
    case InboxKind::RequestClosed:
    case InboxKind::ReminderDue:
    case InboxKind::RequestExpired:
        return InboxTopic::Requests;
    case InboxKind::MatchStarted:
    case InboxKind::MatchEnded:
    case InboxKind::ExtensionProposed:
    case InboxKind::ExtensionAgreed:
    case InboxKind::ExtensionDeclined:
    case InboxKind::MatchEnding:
        return InboxTopic::Matches;
    }
    return InboxTopic::Everything;
}

bool is_about(const InboxItem& item, InboxTopic topic)
{
    return topic == InboxTopic::Everything || topic_of(item.kind) == topic;
}

std::size_t unread_count(const ProgramState& state, const PersonId& person, Date today)
{
    const auto items = inbox_on(state, person, today);
    return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [&](const InboxItem& item) { return !is_read(state, person, item); }));
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const MarkInboxRead& command)
{
    return one_event(InboxRead{command.person, command.through});
}

Status check(const ProgramState& state, const ActorId& author, const InboxRead& event)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    if (author != people::actor_of(event.person))
        return authority_error("not_self", "inbox: a person marks only their own inbox as read");
    if (!state.people.contains(event.person))
        return make_error("person_unknown", "inbox: " + event.person.value + " is not in this program");
    if (event.through.unix_ms < 0)
        return make_error("time_invalid", "inbox: the time read up to is before 1970");
    return {};
}

void apply_checked(ProgramState& state, const EventContext&, const InboxRead& event)
{
    Timestamp& read = state.inbox_read[event.person];
    read = std::max(read, event.through);
}

}
