// Every command a person can give, as one type. Depends on: core/domain features.
#pragma once

#include "core/domain/inbox/inbox.h"
#include "core/domain/matching/matching.h"
#include "core/domain/match_life/match_life.h"
#include "core/domain/people/person.h"
#include "core/domain/privacy/privacy.h"
#include "core/domain/program/program.h"
#include "core/domain/questionnaire/question.h"
#include "core/domain/trust/trust.h"

#include <variant>

namespace turnabout {

using Command = std::variant<
    program::CreateProgram,
    program::ChangeProgramDetails,
    people::AddPerson,
    people::UpdatePerson,
    people::RemovePerson,
    program::SetUpProgram,
    program::ChangeProgramBasics,
    program::ChangeProgramType,
    program::SaveMatchType,
    program::RemoveMatchType,
    program::ChangeRegistrationSettings,
    program::ChangeTerminology,
    questionnaire::AddQuestion,
    questionnaire::UpdateQuestion,
    questionnaire::RemoveQuestion,
    questionnaire::MoveQuestion,
    people::JoinProgram,
    people::ApproveRegistration,
    people::DeclineRegistration,
    people::UpdateProfile,
    people::UpdateAnswers,
    people::SetPaused,
    matching::ChangeMatchingSettings,
    matching::CreateMatches,
    matching::ExcludePair,
    matching::SetFavorite,
    matching::PushRecommendations,
    match_life::EndMatch,
    match_life::ProposeExtension,
    match_life::AnswerExtension,
    match_life::AskReassignment,
    match_life::ReassignMatch,
    requests::SendRequest,
    requests::SendRankedList,
    requests::WithdrawRequest,
    requests::AnswerRequest,
    requests::AssignRankedList,
    requests::RemindRequests,
    requests::CloseRequests,
    inbox::MarkInboxRead,
    trust::EnrolAdminDevice,
    privacy::SetFieldReaders,
    privacy::SharePartnerFields,
    privacy::SealRuledOut>;

}
