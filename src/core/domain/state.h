// ProgramState: everything one program's log says, as plain comparable values, so
// that "every device converges" is `a == b`. Depends on: core/domain features.
#pragma once

#include "core/base/ids.h"
#include "core/domain/matching/matching.h"
#include "core/domain/people/person.h"
#include "core/domain/program/program.h"
#include "core/domain/questionnaire/question.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace turnabout {

// Whoever gives a command or authored an event.
struct Actor {
    ActorId id;
};

// An event that replay could not apply in the merged order, and the written rule
// that refused it; kept so that the UI can say what happened.
struct SkippedEvent {
    EventId event;
    std::string reason;

    bool operator==(const SkippedEvent&) const = default;
};

enum class InboxKind {
    RegistrationApproved,
    RegistrationDeclined,
    MatchStarted,
};

// Something that concerns one person, shown in their inbox.
struct InboxItem {
    EventId event;
    Timestamp at;
    InboxKind kind = InboxKind::RegistrationApproved;
    // The admin's reason, for a declined registration; the match id, for a match.
    std::string detail;

    bool operator==(const InboxItem&) const = default;
};

struct ProgramState {
    // Empty until the log holds the program's ProgramCreated event.
    std::optional<program::Program> program;
    std::map<PersonId, people::Person> people;
    std::vector<questionnaire::Question> questions;
    std::map<PersonId, std::vector<InboxItem>> inbox;
    matching::MatchingState matching;
    std::vector<SkippedEvent> skipped;

    bool operator==(const ProgramState&) const = default;
};

// Where and by whom an event was recorded: what apply needs besides the body.
struct EventContext {
    EventId id;
    ActorId author;
    Timestamp recorded_at;
};

// The context of an event decided but not yet recorded: checking a batch of commands
// against a scratch copy of the state before any of them is recorded.
inline EventContext unrecorded_context(const ActorId& author)
{
    EventContext context;
    context.author = author;
    return context;
}

}
