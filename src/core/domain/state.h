// ProgramState: everything one program's log says, as plain comparable values, so
// that "every device converges" is `a == b`. Depends on: core/domain features.
#pragma once

#include "core/base/ids.h"
#include "core/base/result.h"
#include "core/domain/event_schema.h"
#include "core/domain/matching/matching.h"
#include "core/domain/people/person.h"
#include "core/domain/privacy/privacy.h"
#include "core/domain/program/program.h"
#include "core/domain/questionnaire/question.h"
#include "core/domain/requests/request.h"
#include "core/domain/trust/trust.h"

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
    std::string code;
    // An act nobody allowed its author (Authority) makes an import refuse its file.
    Refusal refusal = Refusal::Invalid;

    bool operator==(const SkippedEvent&) const = default;
};

enum class InboxKind {
    RegistrationApproved,
    RegistrationDeclined,
    MatchStarted,
    RequestReceived,   // someone asked or offered; detail: the request id
    RequestAccepted,   // to the one who asked
    RequestDeclined,   // to the one who asked, with the reason on the request
    RequestWithdrawn,  // to the one who was asked
    RequestReminded,   // the admin's reminder, to the one who was asked
    RequestClosed,     // by the admin or a conflict rule, to both
    MatchEnded,        // detail: the match id
    ExtensionProposed, // to the match's people who have not agreed yet
    ExtensionAgreed,   // both agreed: the new end, to both
    ExtensionDeclined, // to both
    // Computed from dates (core/domain/inbox), never recorded:
    ReminderDue,   // a request left unanswered for the program's reminder days
    RequestExpired, // a request closed itself after the program's days
    MatchEnding,   // a match's end is a few weeks away
};

// Something that concerns one person, shown in their inbox.
struct InboxItem {
    EventId event;
    Timestamp at;
    InboxKind kind = InboxKind::RegistrationApproved;
    // The admin's reason, for a declined registration; the request or match id otherwise.
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
    requests::RequestsState requests;
    // Per person, everything in their inbox up to this time has been read.
    std::map<PersonId, Timestamp> inbox_read;
    trust::TrustState trust;
    // Who reads each profile field.
    privacy::PrivacyState privacy;
    std::vector<SkippedEvent> skipped;

    bool operator==(const ProgramState&) const = default;
};

// Where and by whom an event was recorded: what apply needs besides the body.
struct EventContext {
    EventId id;
    ActorId author;
    Timestamp recorded_at;
    // Whether the event carries a signature (checked by io before it got here).
    bool signed_event = false;
    // The schema its envelope was written in: the rules of a newer schema bind only
    // its own events, and a program created in one requires it of every event.
    std::uint32_t schema = EVENT_SCHEMA;
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
