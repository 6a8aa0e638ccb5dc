#include "ui/event_phrases.h"

#include <cctype>

namespace turnabout::ui {

namespace {

struct Phrase {
    std::string_view type;
    std::string_view one;
    std::string_view many;
};

// Plural forms are written out: English plurals of these phrases are not one suffix.
constexpr Phrase PHRASES[] = {
    {"ProgramCreated", "program creation", "program creations"},
    {"ProgramDetailsChanged", "change to the program's details", "changes to the program's details"},
    {"PersonAdded", "person added", "people added"},
    {"PersonUpdated", "person's details edited", "people's details edited"},
    {"PersonRemoved", "person removed", "people removed"},
    {"ProgramBasicsChanged", "change to the program's basics", "changes to the program's basics"},
    {"ProgramTypeChanged", "change of program type", "changes of program type"},
    {"MatchTypeSaved", "match type saved", "match types saved"},
    {"MatchTypeRemoved", "match type removed", "match types removed"},
    {"RegistrationSettingsChanged", "change to the registration rules", "changes to the registration rules"},
    {"TerminologyChanged", "change of terminology", "changes of terminology"},
    {"QuestionAdded", "question added", "questions added"},
    {"QuestionUpdated", "question edited", "questions edited"},
    {"QuestionRemoved", "question removed", "questions removed"},
    {"QuestionMoved", "question moved", "questions moved"},
    {"RegistrationSubmitted", "registration", "registrations"},
    {"RegistrationApproved", "registration approved", "registrations approved"},
    {"RegistrationDeclined", "registration declined", "registrations declined"},
    {"ProfileUpdated", "profile update", "profile updates"},
    {"AnswersUpdated", "update of questionnaire answers", "updates of questionnaire answers"},
    {"PausedChanged", "pause switched on or off", "pauses switched on or off"},
    {"MatchingSettingsChanged", "change to the matching settings", "changes to the matching settings"},
    {"MatchesCreated", "publication of matches", "publications of matches"},
    {"PairExcluded", "pair excluded", "pairs excluded"},
    {"FavoriteSet", "favorite marked", "favorites marked"},
    {"RecommendationsPushed", "set of recommendations pushed", "sets of recommendations pushed"},
    {"MatchEnded", "match ended", "matches ended"},
    {"ExtensionProposed", "extension proposed", "extensions proposed"},
    {"ExtensionAnswered", "extension answered", "extensions answered"},
    {"ReassignmentAsked", "reassignment asked for", "reassignments asked for"},
    {"RequestSent", "request sent", "requests sent"},
    {"RequestWithdrawn", "request withdrawn", "requests withdrawn"},
    {"RequestAnswered", "request answered", "requests answered"},
    {"RankedListAssigned", "ranked list assigned", "ranked lists assigned"},
    {"RequestsReminded", "reminder sent", "reminders sent"},
    {"RequestsClosed", "closing of requests", "closings of requests"},
    {"InboxRead", "inbox read", "inboxes read"},
};

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
    for (const Phrase& phrase : PHRASES) {
        if (auto it = by_type.find(std::string(phrase.type)); it != by_type.end())
            add(it->first, it->second);
    }
    for (const auto& entry : by_type) {
        if (!phrase_of(entry.first))
            add(entry.first, entry.second);
    }
    return text;
}

}
