#include "core/domain/decide.h"

#include "core/base/overloaded.h"
#include "core/domain/event_list.h"
#include "core/domain/inbox/inbox.h"
#include "core/domain/matching/match_life_rules.h"
#include "core/domain/matching/matching_rules.h"
#include "core/domain/requests/request_rules.h"
#include "core/domain/people/people_rules.h"
#include "core/domain/program/program_rules.h"
#include "core/domain/questionnaire/questionnaire_rules.h"

namespace turnabout {

namespace {

Result<std::vector<EventBody>> decide_setup_with_questionnaire(const program::SetUpProgram& command)
{
    auto events = program::decide_setup(command);
    if (!events)
        return events;
    for (const questionnaire::Question& question : command.questionnaire)
        events->push_back(questionnaire::QuestionAdded{questionnaire::normalized(question)});
    return events;
}

}

Result<std::vector<EventBody>> decide(const ProgramState& state, const Actor& actor, const Command& command)
{
    auto events = std::visit(Overloaded{
                                 [&](const program::CreateProgram& c) { return one_event(program::decide_create(state, c)); },
                                 [&](const program::ChangeProgramDetails& c) { return one_event(program::decide_change(state, c)); },
                                 [&](const people::AddPerson& c) { return one_event(people::decide_add(state, c)); },
                                 [&](const people::UpdatePerson& c) { return one_event(people::decide_update(state, c)); },
                                 [&](const people::RemovePerson& c) { return one_event(people::decide_remove(state, c)); },
                                 [&](const program::SetUpProgram& c) { return decide_setup_with_questionnaire(c); },
                                 [&](const questionnaire::AddQuestion& c) { return one_event(questionnaire::QuestionAdded{questionnaire::normalized(c.question)}); },
                                 [&](const questionnaire::UpdateQuestion& c) { return one_event(questionnaire::QuestionUpdated{questionnaire::normalized(c.question)}); },
                                 [&](const questionnaire::RemoveQuestion& c) { return one_event(questionnaire::QuestionRemoved{c.id}); },
                                 [&](const questionnaire::MoveQuestion& c) { return one_event(questionnaire::QuestionMoved{c.id, c.position}); },
                                 [&](const program::ChangeProgramBasics&) { return program::decide_settings(state, actor.id, command); },
                                 [&](const program::ChangeProgramType&) { return program::decide_settings(state, actor.id, command); },
                                 [&](const program::SaveMatchType&) { return program::decide_settings(state, actor.id, command); },
                                 [&](const program::RemoveMatchType&) { return program::decide_settings(state, actor.id, command); },
                                 [&](const program::ChangeRegistrationSettings&) { return program::decide_settings(state, actor.id, command); },
                                 [&](const program::ChangeTerminology&) { return program::decide_settings(state, actor.id, command); },
                                 [&](const matching::ChangeMatchingSettings&) { return matching::decide_matching(state, command); },
                                 [&](const matching::CreateMatches&) { return matching::decide_matching(state, command); },
                                 [&](const matching::ExcludePair&) { return matching::decide_matching(state, command); },
                                 [&](const matching::SetFavorite&) { return matching::decide_matching(state, command); },
                                 [&](const matching::PushRecommendations&) { return matching::decide_matching(state, command); },
                                 [&](const matching::EndMatch&) { return matching::decide_match_life(state, actor.id, command); },
                                 [&](const matching::ProposeExtension&) { return matching::decide_match_life(state, actor.id, command); },
                                 [&](const matching::AnswerExtension&) { return matching::decide_match_life(state, actor.id, command); },
                                 [&](const matching::AskReassignment&) { return matching::decide_match_life(state, actor.id, command); },
                                 [&](const requests::SendRequest&) { return requests::decide_requests(state, actor.id, command); },
                                 [&](const requests::SendRankedList&) { return requests::decide_requests(state, actor.id, command); },
                                 [&](const requests::WithdrawRequest&) { return requests::decide_requests(state, actor.id, command); },
                                 [&](const requests::AnswerRequest&) { return requests::decide_requests(state, actor.id, command); },
                                 [&](const requests::AssignRankedList&) { return requests::decide_requests(state, actor.id, command); },
                                 [&](const requests::RemindRequests&) { return requests::decide_requests(state, actor.id, command); },
                                 [&](const requests::CloseRequests&) { return requests::decide_requests(state, actor.id, command); },
                                 [&](const inbox::MarkInboxRead& c) { return one_event(inbox::InboxRead{c.person, c.through}); },
                                 [&](const auto&) { return people::decide_membership(state, command); },
                             },
        command);
    if (!events)
        return events;
    // The same rules replay applies: a command is accepted only if its events would be.
    // Every command yields one event today; a longer list is checked on a scratch copy.
    if (events->size() == 1) {
        if (auto status = check_event(state, actor.id, events->front()); !status)
            return status.error();
        return events;
    }
    ProgramState next = state;
    for (const EventBody& body : *events) {
        if (auto status = check_event(next, actor.id, body); !status)
            return status.error();
        apply(next, unrecorded_context(actor.id), body);
    }
    return events;
}

Status check_event(const ProgramState& state, const ActorId& author, const EventBody& body)
{
    return std::visit([&](const auto& event) { return check(state, author, event); }, body);
}

}
