#include "ui/event_phrases.h"

#include "core/domain/event.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

namespace turnabout::ui {

namespace {

struct Phrase {
    std::string_view type;
    std::string_view one;
    std::string_view many;
};

// Plural forms are written out: English plurals of these phrases are not one suffix.
constexpr Phrase PHRASES[] = {
    {program::ProgramCreated::TYPE, "program creation", "program creations"},
    {program::ProgramDetailsChanged::TYPE, "change to the program's details", "changes to the program's details"},
    {people::PersonAdded::TYPE, "person added", "people added"},
    {people::PersonUpdated::TYPE, "person's details edited", "people's details edited"},
    {people::PersonRemoved::TYPE, "person removed", "people removed"},
    {program::ProgramBasicsChanged::TYPE, "change to the program's basics", "changes to the program's basics"},
    {program::ProgramTypeChanged::TYPE, "change of program type", "changes of program type"},
    {program::MatchTypeSaved::TYPE, "match type saved", "match types saved"},
    {program::MatchTypeRemoved::TYPE, "match type removed", "match types removed"},
    {program::RegistrationSettingsChanged::TYPE, "change to the registration rules", "changes to the registration rules"},
    {program::TerminologyChanged::TYPE, "change of terminology", "changes of terminology"},
    {questionnaire::QuestionAdded::TYPE, "question added", "questions added"},
    {questionnaire::QuestionUpdated::TYPE, "question edited", "questions edited"},
    {questionnaire::QuestionRemoved::TYPE, "question removed", "questions removed"},
    {questionnaire::QuestionMoved::TYPE, "question moved", "questions moved"},
    {people::RegistrationSubmitted::TYPE, "registration", "registrations"},
    {people::RegistrationApproved::TYPE, "registration approved", "registrations approved"},
    {people::RegistrationDeclined::TYPE, "registration declined", "registrations declined"},
    {people::ProfileUpdated::TYPE, "profile update", "profile updates"},
    {people::AnswersUpdated::TYPE, "update of questionnaire answers", "updates of questionnaire answers"},
    {people::PausedChanged::TYPE, "pause switched on or off", "pauses switched on or off"},
    {matching::MatchingSettingsChanged::TYPE, "change to the matching settings", "changes to the matching settings"},
    {matching::MatchesCreated::TYPE, "publication of matches", "publications of matches"},
    {matching::PairExcluded::TYPE, "pair excluded", "pairs excluded"},
    {matching::FavoriteSet::TYPE, "favorite marked", "favorites marked"},
    {matching::RecommendationsPushed::TYPE, "set of recommendations pushed", "sets of recommendations pushed"},
    {match_life::MatchEnded::TYPE, "match ended", "matches ended"},
    {match_life::ExtensionProposed::TYPE, "extension proposed", "extensions proposed"},
    {match_life::ExtensionAnswered::TYPE, "extension answered", "extensions answered"},
    {match_life::ReassignmentAsked::TYPE, "reassignment asked for", "reassignments asked for"},
    // Merge reports are read by everyone who opens a file: a note says nothing of what
    // it is about, and a reassignment reads as an ending, as it does to the people.
    {match_life::AdminNoteSent::TYPE, "note to the admin", "notes to the admin"},
    {match_life::MatchReassigned::TYPE, "match ended", "matches ended"},
    {requests::RequestSent::TYPE, "request sent", "requests sent"},
    {requests::RequestWithdrawn::TYPE, "request withdrawn", "requests withdrawn"},
    {requests::RequestAnswered::TYPE, "request answered", "requests answered"},
    {requests::RankedListAssigned::TYPE, "ranked list assigned", "ranked lists assigned"},
    {requests::RequestsReminded::TYPE, "reminder sent", "reminders sent"},
    {requests::RequestsClosed::TYPE, "closing of requests", "closings of requests"},
    {inbox::InboxRead::TYPE, "inbox read", "inboxes read"},
    {trust::AdminDeviceEnrolled::TYPE, "admin browser added", "admin browsers added"},
    {privacy::FieldReadersChanged::TYPE, "change of who reads profile fields", "changes of who reads profile fields"},
    {privacy::PartnerShared::TYPE, "profile shared with a match partner", "profiles shared with match partners"},
    {privacy::RuledOutSealed::TYPE, "list of matches the rules do not allow", "lists of matches the rules do not allow"},
};

constexpr bool has_phrase(std::string_view type)
{
    for (const Phrase& phrase : PHRASES) {
        if (phrase.type == type)
            return true;
    }
    return false;
}
static_assert(every_event_type(has_phrase), "every event type needs its phrases in PHRASES");

const Phrase* phrase_of(std::string_view type)
{
    for (const Phrase& phrase : PHRASES) {
        if (phrase.type == type)
            return &phrase;
    }
    return nullptr;
}

}

std::string counted_event_phrase(std::string_view type, std::size_t count)
{
    const Phrase* phrase = phrase_of(type);
    const std::string_view words = !phrase ? type : count == 1 ? phrase->one : phrase->many;
    return std::to_string(count) + " " + std::string(words);
}

std::string event_phrase(std::string_view type)
{
    const Phrase* phrase = phrase_of(type);
    std::string words(phrase ? phrase->one : type);
    if (!words.empty())
        words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
    return words;
}

std::string added_events_text(const std::map<std::string, std::size_t>& by_type)
{
    // In the order a program grows (set up, people, matching, requests), so that two
    // reports list the same kinds of change in the same order; unknown types last.
    std::string text;
    auto add = [&text](std::string_view type, std::size_t count) {
        if (count == 0)
            return;
        if (!text.empty())
            text += ", ";
        text += counted_event_phrase(type, count);
    };
    // Types that read alike are counted together ("2 matches ended", not two lines).
    std::vector<std::pair<const Phrase*, std::size_t>> alike;
    for (const Phrase& phrase : PHRASES) {
        auto it = by_type.find(std::string(phrase.type));
        if (it == by_type.end())
            continue;
        auto same = std::find_if(alike.begin(), alike.end(), [&](const auto& entry) { return entry.first->one == phrase.one; });
        if (same == alike.end())
            alike.emplace_back(&phrase, it->second);
        else
            same->second += it->second;
    }
    for (const auto& [phrase, count] : alike)
        add(phrase->type, count);
    for (const auto& entry : by_type) {
        if (!phrase_of(entry.first))
            add(entry.first, entry.second);
    }
    return text;
}

}
