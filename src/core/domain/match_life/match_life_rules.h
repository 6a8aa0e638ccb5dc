// Rules of a match's life: who may end it (either person or the admin; a reason when
// ended early), propose and answer an extension, ask the admin confidentially to be
// reassigned (a note to the admin) and end it on such a request (the admin only);
// what becomes of a match when one of its people leaves.
// Depends on: core/domain/state.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/event.h"
#include "core/domain/event_list.h"
#include "core/domain/state.h"

#include <vector>

namespace turnabout::match_life {

using matching::Match;
using matching::MatchState;
using matching::Extension;
using matching::Reassignment;

// decide: one overload per command of the feature (core/domain/decide.cpp dispatches).
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const EndMatch& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ProposeExtension& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const AnswerExtension& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const AskReassignment& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ReassignMatch& command);

Status check(const ProgramState& state, const ActorId& author, const MatchEnded& event);
Status check(const ProgramState& state, const ActorId& author, const ExtensionProposed& event);
Status check(const ProgramState& state, const ActorId& author, const ExtensionAnswered& event);
Status check(const ProgramState& state, const ActorId& author, const ReassignmentAsked& event);
Status check(const ProgramState& state, const ActorId& author, const AdminNoteSent& event);
Status check(const ProgramState& state, const ActorId& author, const MatchReassigned& event);

void apply_checked(ProgramState& state, const EventContext& context, const MatchEnded& event);
void apply_checked(ProgramState& state, const EventContext& context, const ExtensionProposed& event);
void apply_checked(ProgramState& state, const EventContext& context, const ExtensionAnswered& event);
void apply_checked(ProgramState& state, const EventContext& context, const ReassignmentAsked& event);
void apply_checked(ProgramState& state, const EventContext& context, const AdminNoteSent& event);
void apply_checked(ProgramState& state, const EventContext& context, const MatchReassigned& event);

// A reading's side of a note to the admin that the reading's browser opened: a request
// to be reassigned from a match still active becomes a pending request; from a match
// the admin has since reassigned, the record of who asked and why. The first note
// about a match wins. A note about a match its author is not in says nothing.
void read_admin_note(ProgramState& reading, const matching::NoteToAdmin& sent, const AdminNote& note);

// `person` leaves the program (the admin removes them): each of their active matches
// ends at once as PersonLeft, its reason naming them ("Ana Lima left the program"),
// its place free again, and the other person reads it in their inbox. The removal's
// apply calls it while the person is still there to be named.
void end_matches_of_leaver(ProgramState& state, const EventContext& context, const people::Departure& departure);

// Whether `author` is the match's mentor, mentee or the program's admin.
bool is_party(const ProgramState& state, const ActorId& author, const Match& match);
// The words a person sees for a match's state: a reassignment reads "Ended" to the
// people (only the admin sees who asked), past its end an active match reads
// "Term ended".
std::string match_state_label(const Match& match, bool admin, Date today);

}
