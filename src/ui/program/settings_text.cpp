#include "ui/program/settings_text.h"

#include "ui/terms.h"

namespace turnabout::ui {

namespace {

std::string w(const program::Terminology& t, Word word, Plural plural = Plural::Many, Capitalized c = Capitalized::No)
{
    return term(t, word, plural, c);
}

}

std::string type_explanation(program::ProgramType type)
{
    switch (type) {
    case program::ProgramType::Mentorship:
        return "One mentor guides one mentee at a time, usually the more experienced guiding the less.";
    case program::ProgramType::ReverseMentorship:
        return "One to one, but turned around: a junior colleague mentors a senior one. Comes with the reverse-mentoring template.";
    case program::ProgramType::ColleagueConnect:
        return "Peers connect with peers to learn from each other; nobody is the mentor.";
    case program::ProgramType::Group:
        return "One mentor leads a small group of mentees who meet and learn together.";
    }
    return "";
}

std::string process_explanation(program::MatchingProcess process, const program::Terminology& t)
{
    switch (process) {
    case program::MatchingProcess::AdminLed:
        return "You make every match. People can mark favourites to help you choose, but cannot send requests.";
    case program::MatchingProcess::UserLed:
        return "People choose for themselves: a request becomes a " + w(t, Word::Connection, Plural::One) + " at once, no answer needed.";
    case program::MatchingProcess::UserLedWithApproval:
        return "People send requests; the person asked accepts or declines before a " + w(t, Word::Connection, Plural::One) + " starts.";
    case program::MatchingProcess::AdminRouted:
        return capitalize(w(t, Word::Mentee)) + " send you their preferred " + w(t, Word::Mentor) + " in ranked order, and you assign the match.";
    }
    return "";
}

std::string process_change_effect(program::MatchingProcess from, program::MatchingProcess to, const program::Terminology& t)
{
    if (from == to)
        return "";
    switch (to) {
    case program::MatchingProcess::AdminLed:
        return "Changing the process to Admin-led stops people from sending requests; pending requests stay until answered.";
    case program::MatchingProcess::UserLed:
        return "Changing the process to User-led makes new requests become " + w(t, Word::Connection) + " at once; requests already pending still wait for an answer.";
    case program::MatchingProcess::UserLedWithApproval:
        return "Changing the process to User-led with approval means every new request waits for the person asked to accept it.";
    case program::MatchingProcess::AdminRouted:
        return "Changing the process to Admin-routed sends new " + w(t, Word::Mentee, Plural::One) + " preferences to you to assign; pending requests stay until answered.";
    }
    return "";
}

std::string mentees_request_label(const program::Terminology& t)
{
    return capitalize(w(t, Word::Mentee)) + " can request " + w(t, Word::Mentor);
}

std::string mentors_request_label(const program::Terminology& t)
{
    return capitalize(w(t, Word::Mentor)) + " can request " + w(t, Word::Mentee);
}

std::string match_type_summary(const program::MatchType& m, const program::Terminology& t)
{
    std::string text(program::matching_process_label(m.process));
    text += m.mentors_can_request_mentees ? " \xC2\xB7 requests both ways" : " \xC2\xB7 " + w(t, Word::Mentee) + " request " + w(t, Word::Mentor);
    text += " \xC2\xB7 up to " + std::to_string(m.limits.mentees_per_mentor) + " " + (m.limits.mentees_per_mentor == 1 ? w(t, Word::Mentee, Plural::One) : w(t, Word::Mentee)) + " per " + w(t, Word::Mentor, Plural::One);
    text += ", " + std::to_string(m.limits.mentors_per_mentee) + " " + (m.limits.mentors_per_mentee == 1 ? w(t, Word::Mentor, Plural::One) : w(t, Word::Mentor)) + " per " + w(t, Word::Mentee, Plural::One);
    text += ", " + std::to_string(m.limits.pending_requests_per_person) + " pending " + (m.limits.pending_requests_per_person == 1 ? "request" : "requests") + " per person";
    return text;
}

}
