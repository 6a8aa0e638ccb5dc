// What one person's browser could read of a program file: every field of every
// person in plain text, and every field sealed to that person, from the events
// themselves (earlier copies included), not from what the program shows now. It
// needs no key: who a sealed group is for is written beside it. `turnabout audit` and
// the "What others can see about me" screen both read it. Depends on: core, io.
#pragma once

#include "core/domain/state.h"
#include "core/log/event_log.h"

#include <string>
#include <vector>

namespace turnabout {

struct AuditLine {
    PersonId about;
    std::string field; // "email", "answer:q-…", "decline_reason"
    std::string label; // "Email", the question's text
    bool sealed = false; // sealed to the reader; otherwise in plain text
    std::string value;   // the plain text; empty when sealed
    EventId event;
    // A private note of one event (a request's message, a decline note), not a field
    // of the person: each is its own line.
    bool note = false;
};

// Every field about anyone that `reader` (a person of the program) could read in
// the log's events: plain ones with a value, and groups sealed for them (their own,
// or as a match partner); and every private note (messages, decline, closing,
// ranked-list and match notes) in plain text or sealed to them. Newest last; one line
// per field, event and form.
std::vector<AuditLine> audit_for(const ProgramState& state, const EventLog& log, const PersonId& reader);

// Of each field about each person, the newest plain line and the newest sealed one;
// every note.
std::vector<AuditLine> newest_of_each(std::vector<AuditLine> lines);

// The same about one person only, as anyone in the program could read it: what
// their colleagues' browsers hold about them in plain text, notes they are one of the
// readers of included.
std::vector<AuditLine> plain_about(const ProgramState& state, const EventLog& log, const PersonId& about);

// A field's value as a line of text: "Senior manager", "SQL, Python".
std::string field_text(const ProgramState& state, const people::Person& person, const std::string& field);

}
