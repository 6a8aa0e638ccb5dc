#include "core/domain/decide.h"

#include "core/domain/event_list.h"
#include "core/domain/inbox/inbox_rules.h"
#include "core/domain/match_life/match_life_rules.h"
#include "core/domain/matching/matching_rules.h"
#include "core/domain/requests/request_rules.h"
#include "core/domain/people/people_rules.h"
#include "core/domain/privacy/privacy_rules.h"
#include "core/domain/program/program_rules.h"
#include "core/domain/questionnaire/questionnaire_rules.h"
#include "core/domain/trust/trust_rules.h"

namespace turnabout {

Result<std::vector<EventBody>> decide(const ProgramState& state, const Actor& actor, const Command& command)
{
    // One decide_command overload per command, found in the command's feature: a
    // command without one does not compile.
    auto events = std::visit([&](const auto& c) { return decide_command(state, actor.id, c); }, command);
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
