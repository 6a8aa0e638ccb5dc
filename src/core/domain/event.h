// Every event body, as one type, with its stable name (the `type` in files).
// Depends on: core/domain features.
#pragma once

#include "core/domain/inbox/inbox.h"
#include "core/domain/matching/matching.h"
#include "core/domain/people/person.h"
#include "core/domain/program/program.h"
#include "core/domain/questionnaire/question.h"

#include <string_view>
#include <variant>

namespace turnabout {

using EventBody = std::variant<
    program::ProgramCreated,
    program::ProgramDetailsChanged,
    people::PersonAdded,
    people::PersonUpdated,
    people::PersonRemoved,
    program::ProgramBasicsChanged,
    program::ProgramTypeChanged,
    program::MatchTypeSaved,
    program::MatchTypeRemoved,
    program::RegistrationSettingsChanged,
    program::TerminologyChanged,
    questionnaire::QuestionAdded,
    questionnaire::QuestionUpdated,
    questionnaire::QuestionRemoved,
    questionnaire::QuestionMoved,
    people::RegistrationSubmitted,
    people::RegistrationApproved,
    people::RegistrationDeclined,
    people::ProfileUpdated,
    people::AnswersUpdated,
    people::PausedChanged,
    matching::MatchingSettingsChanged,
    matching::MatchesCreated,
    matching::PairExcluded,
    matching::FavoriteSet,
    matching::RecommendationsPushed,
    matching::MatchEnded,
    matching::ExtensionProposed,
    matching::ExtensionAnswered,
    matching::ReassignmentAsked,
    requests::RequestSent,
    requests::RequestWithdrawn,
    requests::RequestAnswered,
    requests::RankedListAssigned,
    requests::RequestsReminded,
    requests::RequestsClosed,
    inbox::InboxRead>;

// The schema version of event bodies this build writes and the newest it reads.
inline constexpr std::uint32_t EVENT_SCHEMA = 1;

std::string_view event_type_name(const EventBody& body);

}
