#include "ui/inbox/inbox_text.h"

#include "core/domain/inbox/inbox.h"
#include "core/domain/requests/time_rules.h"
#include "ui/date_text.h"
#include "ui/privacy/private_text.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"

namespace turnabout::ui {

namespace {

using requests::Request;
using requests::RequestKind;

std::string name_of(const ProgramState& state, const PersonId& id)
{
    auto it = state.people.find(id);
    return it == state.people.end() ? std::string("someone who left the program") : it->second.details.name;
}

const Request* request_of(const ProgramState& state, const InboxItem& item)
{
    auto it = state.requests.requests.find(requests::RequestId{item.detail});
    return it == state.requests.requests.end() ? nullptr : &it->second;
}

const matching::Match* match_of(const ProgramState& state, const InboxItem& item)
{
    auto it = state.matching.matches.find(matching::MatchId{item.detail});
    return it == state.matching.matches.end() ? nullptr : &it->second;
}

std::string quoted_message(const std::string& message)
{
    return message.empty() ? std::string("They left no message.") : "Their message: \xE2\x80\x9C" + message + "\xE2\x80\x9D";
}

InboxText request_text(const Store& store, const ProgramState& state, const people::Person& person, const InboxItem& item, Date today)
{
    const program::Program& p = *state.program;
    const Request* r = request_of(state, item);
    if (!r)
        return {"A request", "The request is no longer in the program.", true};
    const std::string from = name_of(state, r->from);
    const std::string to = r->kind == RequestKind::RankedList ? std::string("the program's admin") : name_of(state, r->to);
    const std::string connection = term(p, Word::Connection);
    const auto& rules = state.matching.settings.requests;
    switch (item.kind) {
    case InboxKind::RequestReceived: {
        std::string body = quoted_message(shown_private(store, r->message)) + " Answer it on your Requests page.";
        if (auto closes = requests::closes_on(*r, rules))
            body += " It closes by itself on " + long_date(*closes) + ".";
        return {from + " " + asks_recipient(p, *r), body, true};
    }
    case InboxKind::RequestAccepted: {
        const matching::Match* m = state.matching.matches.count(r->match) ? &state.matching.matches.at(r->match) : nullptr;
        const std::string when = m ? " It starts on " + long_date(m->start) + "." : std::string();
        if (r->kind == RequestKind::RankedList)
            return {"You were matched with " + name_of(state, r->assigned), "The program's admin chose " + name_of(state, r->assigned) + " from your ranked list." + when + " See My " + term(p, Word::Connection, Plural::Many) + ".", true};
        return {to + " accepted your request", "Your " + connection + " with " + to + " begins." + when + " See My " + term(p, Word::Connection, Plural::Many) + ".", true};
    }
    case InboxKind::RequestDeclined: {
        std::string reason(requests::decline_reason_label(r->decline_reason));
        if (!r->decline_note.empty())
            reason += ": " + shown_private(store, r->decline_note);
        return {to + " declined your request", "Their reason: " + reason + ". You may ask " + to + " again later, or someone else from your favorites or the Browse page.", false};
    }
    case InboxKind::RequestWithdrawn:
        return {from + " withdrew their request", "There is nothing for you to answer any more.", false};
    case InboxKind::RequestReminded:
        return {"Reminder: " + from + " is waiting for your answer", "The program's admin reminds you of the request " + from + " sent on " + long_date(r->sent) + ". Accept or decline it on your Requests page.", true};
    case InboxKind::ReminderDue: {
        const int days = requests::days_between(r->sent, today);
        std::string body = from + " sent it on " + long_date(r->sent) + ", " + std::to_string(days) + (days == 1 ? " day" : " days") + " ago.";
        if (auto closes = requests::closes_on(*r, rules))
            body += " Without an answer it closes by itself on " + long_date(*closes) + ".";
        return {from + " is waiting for your answer", body + " Accept or decline it on your Requests page.", true};
    }
    case InboxKind::RequestClosed: {
        // The admin's note, or the written rule's text when the place was taken meanwhile.
        const std::string why = !r->closing_note.empty() ? "The program's admin closed it: " + shown_private(store, r->closing_note)
            : r->note.empty()                       ? std::string("The program's admin closed it.")
                                                    : capitalize(r->note) + ".";
        if (r->from == person.id)
            return {"Your request to " + to + " was closed", why + " Your favorites and the Browse page have others to ask.", false};
        return {from + "'s request was closed", why, false};
    }
    case InboxKind::RequestExpired: {
        if (r->from == person.id)
            return {"Your request to " + to + " closed by itself", "It had no answer within " + std::to_string(rules.close_after_days) + " days. Your favorites and the Browse page have others to ask.", false};
        return {from + "'s request closed by itself", "It had no answer within " + std::to_string(rules.close_after_days) + " days.", false};
    }
    default:
        break;
    }
    return {"A request", "", true};
}

InboxText match_text(const Store& store, const ProgramState& state, const people::Person& person, const InboxItem& item, Date today)
{
    const program::Program& p = *state.program;
    const matching::Match* m = match_of(state, item);
    const std::string connection = term(p, Word::Connection);
    if (!m)
        return {"Your " + connection, "It is no longer in the program.", true};
    const bool as_mentor = m->mentor == person.id;
    const std::string partner = name_of(state, as_mentor ? m->mentee : m->mentor);
    const program::MatchType* type = p.match_type(m->match_type);
    switch (item.kind) {
    case InboxKind::MatchStarted:
        return {"You were matched with " + partner,
            partner + " is your " + term(p, as_mentor ? Word::Mentee : Word::Mentor) + (type ? " in " + type->name : std::string()) + ", from "
                + long_date(m->start) + " to " + long_date(m->end) + ".",
            true};
    case InboxKind::MatchEnded: {
        if (m->state == matching::MatchState::Completed)
            return {"Your " + connection + " with " + partner + " is complete", "Thank you for taking part.", true};
        // The one who left is no longer in the program to be named: the reason names them.
        if (m->state == matching::MatchState::PersonLeft)
            return {shown_private(store, m->end_reason), "Your " + connection + " with them ended on " + long_date(m->ended) + ". The program's admin can help you find someone new.", false};
        // Without blame: a reassignment reads as an ending, and only the admin sees why.
        std::string body = "It ended on " + long_date(m->ended) + ".";
        // The reason is sealed to the two people and the admin.
        if (m->state == matching::MatchState::EndedEarly && !m->end_reason.empty())
            body += std::string(m->ended_by == people::actor_of(person.id) ? " Your reason: " : " The reason: ") + shown_private(store, m->end_reason);
        return {"Your " + connection + " with " + partner + " ended", body + " The program's admin can help you find someone new.", false};
    }
    case InboxKind::ExtensionProposed: {
        if (!m->extension)
            return {"An extension was proposed", "It has been answered since.", true};
        const std::string who = m->extension->proposed_by == p.admin ? std::string("The program's admin") : partner;
        return {who + " proposed extending your " + connection + " with " + partner,
            "To " + long_date(m->extension->new_end) + (m->extension->note.empty() ? std::string() : ": \xE2\x80\x9C" + shown_private(store, m->extension->note) + "\xE2\x80\x9D") + ". Answer it on My " + term(p, Word::Connection, Plural::Many) + ".",
            true};
    }
    case InboxKind::ExtensionAgreed:
        return {"Your " + connection + " with " + partner + " was extended", "It now runs until " + long_date(m->end) + ".", true};
    case InboxKind::ExtensionDeclined:
        return {"The extension of your " + connection + " with " + partner + " was declined", "It still ends on " + long_date(m->end) + ".", false};
    case InboxKind::MatchEnding:
        return {"Your " + connection + " with " + partner + " ends on " + long_date(m->end),
            (today > m->end ? std::string("Its term is over.") : std::string("A few weeks are left."))
                + " Either of you can propose an extension on My " + term(p, Word::Connection, Plural::Many) + ".",
            true};
    default:
        break;
    }
    return {"Your " + connection, "", true};
}

}

InboxText inbox_text(const Store& store, const ProgramState& state, const people::Person& person, const InboxItem& item, Date today)
{
    const program::Program& p = *state.program;
    switch (inbox::topic_of(item.kind)) {
    case inbox::InboxTopic::Matches:
        return match_text(store, state, person, item, today);
    case inbox::InboxTopic::Requests:
        return request_text(store, state, person, item, today);
    case inbox::InboxTopic::Registration:
    case inbox::InboxTopic::Everything:
        break;
    }
    if (item.kind == InboxKind::RegistrationApproved)
        return {"Your registration was approved", "Welcome to " + p.name + ". You now take part as a " + lower_first(role_term(&p, person.details.role)) + ".", true};
    return {"Your registration was declined",
        (person.decline_reason.empty() ? std::string("The program's admin gave no reason.") : "The admin's reason: " + shown_private(store, person.decline_reason))
            + " You can ask the program's support contact if anything is unclear.",
        false};
}

}
