// Every event body, as one type. Each event declares its stable name once, as
// `static constexpr std::string_view TYPE`: the `type` in files, which the codec,
// the phrases people read and event_type_name all take from there.
// Depends on: core/domain features.
#pragma once

#include "core/domain/event_schema.h"
#include "core/domain/inbox/inbox.h"
#include "core/domain/matching/matching.h"
#include "core/domain/match_life/match_life.h"
#include "core/domain/people/person.h"
#include "core/domain/privacy/privacy.h"
#include "core/domain/program/program.h"
#include "core/domain/questionnaire/question.h"
#include "core/domain/trust/trust.h"

#include <string_view>
#include <utility>
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
    match_life::MatchEnded,
    match_life::ExtensionProposed,
    match_life::ExtensionAnswered,
    match_life::ReassignmentAsked,
    match_life::AdminNoteSent,
    match_life::MatchReassigned,
    requests::RequestSent,
    requests::RequestWithdrawn,
    requests::RequestAnswered,
    requests::RankedListAssigned,
    requests::RequestsReminded,
    requests::RequestsClosed,
    inbox::InboxRead,
    trust::AdminDeviceEnrolled,
    privacy::FieldReadersChanged,
    privacy::PartnerShared,
    privacy::RuledOutSealed>;


// The event's TYPE.
std::string_view event_type_name(const EventBody& body);

// Whether `F(E)` holds for every event type E: for compile-time checks that a table
// (the codec's, the phrases') has a row for each.
template<class Check, std::size_t... I>
constexpr bool every_event_type(Check check, std::index_sequence<I...>)
{
    return (check(std::variant_alternative_t<I, EventBody>::TYPE) && ...);
}
template<class Check>
constexpr bool every_event_type(Check check)
{
    return every_event_type(check, std::make_index_sequence<std::variant_size_v<EventBody>>{});
}

}
