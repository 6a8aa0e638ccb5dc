#include "core/domain/decide.h"

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

void apply(ProgramState& state, const EventContext& context, const EventBody& body)
{
    std::visit(
        [&](const auto& event) {
            // Unqualified: each feature's check and apply_checked are found by the event's namespace.
            // The signer first: a key that may not name a person declares nothing.
            if (auto status = trust::check_signer(state, context, body); !status) {
                state.skipped.push_back(SkippedEvent{context.id, status.error().message, status.error().code, status.error().refusal});
                return;
            }
            trust::note_declared(state, body);
            if (auto status = check(state, context.author, event); !status) {
                state.skipped.push_back(SkippedEvent{context.id, status.error().message, status.error().code, status.error().refusal});
                return;
            }
            apply_checked(state, context, event);
            trust::note_signer(state, context, body);
        },
        body);
}

}
