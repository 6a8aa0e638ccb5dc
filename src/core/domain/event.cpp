#include "core/domain/event.h"

#include "core/base/overloaded.h"

namespace turnabout {

std::string_view event_type_name(const EventBody& body)
{
    return std::visit(Overloaded{
                          [](const program::ProgramCreated&) { return std::string_view("ProgramCreated"); },
                          [](const program::ProgramDetailsChanged&) { return std::string_view("ProgramDetailsChanged"); },
                          [](const people::PersonAdded&) { return std::string_view("PersonAdded"); },
                          [](const people::PersonUpdated&) { return std::string_view("PersonUpdated"); },
                          [](const people::PersonRemoved&) { return std::string_view("PersonRemoved"); },
                          [](const program::ProgramBasicsChanged&) { return std::string_view("ProgramBasicsChanged"); },
                          [](const program::ProgramTypeChanged&) { return std::string_view("ProgramTypeChanged"); },
                          [](const program::MatchTypeSaved&) { return std::string_view("MatchTypeSaved"); },
                          [](const program::MatchTypeRemoved&) { return std::string_view("MatchTypeRemoved"); },
                          [](const program::RegistrationSettingsChanged&) { return std::string_view("RegistrationSettingsChanged"); },
                          [](const program::TerminologyChanged&) { return std::string_view("TerminologyChanged"); },
                          [](const questionnaire::QuestionAdded&) { return std::string_view("QuestionAdded"); },
                          [](const questionnaire::QuestionUpdated&) { return std::string_view("QuestionUpdated"); },
                          [](const questionnaire::QuestionRemoved&) { return std::string_view("QuestionRemoved"); },
                          [](const questionnaire::QuestionMoved&) { return std::string_view("QuestionMoved"); },
                          [](const people::RegistrationSubmitted&) { return std::string_view("RegistrationSubmitted"); },
                          [](const people::RegistrationApproved&) { return std::string_view("RegistrationApproved"); },
                          [](const people::RegistrationDeclined&) { return std::string_view("RegistrationDeclined"); },
                          [](const people::ProfileUpdated&) { return std::string_view("ProfileUpdated"); },
                          [](const people::AnswersUpdated&) { return std::string_view("AnswersUpdated"); },
                          [](const people::PausedChanged&) { return std::string_view("PausedChanged"); },
                          [](const matching::MatchingSettingsChanged&) { return std::string_view("MatchingSettingsChanged"); },
                          [](const matching::MatchesCreated&) { return std::string_view("MatchesCreated"); },
                          [](const matching::PairExcluded&) { return std::string_view("PairExcluded"); },
                          [](const matching::FavoriteSet&) { return std::string_view("FavoriteSet"); },
                          [](const matching::RecommendationsPushed&) { return std::string_view("RecommendationsPushed"); },
                          [](const matching::MatchEnded&) { return std::string_view("MatchEnded"); },
                          [](const matching::ExtensionProposed&) { return std::string_view("ExtensionProposed"); },
                          [](const matching::ExtensionAnswered&) { return std::string_view("ExtensionAnswered"); },
                          [](const matching::ReassignmentAsked&) { return std::string_view("ReassignmentAsked"); },
                          [](const requests::RequestSent&) { return std::string_view("RequestSent"); },
                          [](const requests::RequestWithdrawn&) { return std::string_view("RequestWithdrawn"); },
                          [](const requests::RequestAnswered&) { return std::string_view("RequestAnswered"); },
                          [](const requests::RankedListAssigned&) { return std::string_view("RankedListAssigned"); },
                          [](const requests::RequestsReminded&) { return std::string_view("RequestsReminded"); },
                          [](const requests::RequestsClosed&) { return std::string_view("RequestsClosed"); },
                          [](const inbox::InboxRead&) { return std::string_view("InboxRead"); },
                      },
        body);
}

}
