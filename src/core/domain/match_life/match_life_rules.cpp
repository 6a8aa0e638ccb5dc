#include "core/domain/match_life/match_life_rules.h"

#include "core/domain/privacy/private_text.h"

#include "core/base/overloaded.h"
#include "core/domain/event_list.h"
#include "core/domain/lookup.h"
#include "core/domain/people/person.h"
#include "core/domain/text_rules.h"

namespace turnabout::match_life {

namespace {

Result<const Match*> find_match(const ProgramState& state, const MatchId& id)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    auto it = state.matching.matches.find(id);
    if (it == state.matching.matches.end())
        return make_error("match_unknown", state.program->terminology.connection + ": not in this program (its creation has not arrived yet?)");
    return &it->second;
}

// The match must be active and the author one of its people or the admin.
Result<const Match*> find_active_for(const ProgramState& state, const ActorId& author, const MatchId& id)
{
    auto match = find_match(state, id);
    if (!match)
        return match;
    const std::string& word = state.program->terminology.connection;
    if (!is_party(state, author, **match))
        return authority_error("not_party", word + ": only its two people or the program's admin can do this");
    if ((*match)->state != MatchState::Active)
        return conflict_error("match_not_active", word + ": it has already ended");
    return match;
}

Status check_member_of(const ProgramState& state, const ActorId& author, const Match& match, const PersonId& person)
{
    if (author != people::actor_of(person))
        return authority_error("not_self", "only " + person.value + " can answer for themselves");
    if (person != match.mentor && person != match.mentee)
        return authority_error("not_party", state.program->terminology.connection + ": " + person.value + " is not one of its two people");
    return {};
}

void tell(ProgramState& state, const PersonId& person, const EventContext& context, InboxKind kind, const MatchId& match)
{
    state.inbox[person].push_back(InboxItem{context.id, context.recorded_at, kind, match.value});
}
}

bool is_party(const ProgramState& state, const ActorId& author, const Match& match)
{
    return author == people::actor_of(match.mentor) || author == people::actor_of(match.mentee)
        || (state.program && author == state.program->admin);
}

std::string match_state_label(const Match& match, bool admin, Date today)
{
    switch (match.state) {
    case MatchState::Active:
        return today > match.end ? "Term ended" : "Active";
    case MatchState::Completed:
        return "Completed";
    case MatchState::EndedEarly:
        return "Ended early";
    case MatchState::Reassigned:
        // Without blame: the people see only that it ended.
        return admin ? "Reassigned" : "Ended";
    case MatchState::PersonLeft:
        return admin ? "Person left" : "Partner left";
    }
    return "Active";
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const EndMatch& c)
{
    return one_event(MatchEnded{c.match, c.completed, c.reason, c.on});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const ProposeExtension& c)
{
    return one_event(ExtensionProposed{c.match, c.new_end, c.note, c.on});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const AnswerExtension& c)
{
    return one_event(ExtensionAnswered{c.match, c.person, c.accept, c.on});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, const ActorId& actor, const AskReassignment& c)
{
    // The asker's own check, here: the note itself can only be checked before sealing.
    if (actor != people::actor_of(c.person))
        return authority_error("not_self", "only " + c.person.value + " can ask to be reassigned");
    return one_event(AdminNoteSent{AdminNote{AdminNote::Kind::Reassignment, c.match, c.note}, {}, c.on});
}

Result<std::vector<EventBody>> decide_command([[maybe_unused]] const ProgramState& state, [[maybe_unused]] const ActorId& actor, const ReassignMatch& c)
{
    return one_event(MatchReassigned{c.match, c.on});
}

Status check(const ProgramState& state, const ActorId& author, const MatchEnded& event)
{
    auto match = find_active_for(state, author, event.match);
    if (!match)
        return match.error();
    if (!event.completed && event.reason.empty())
        return make_error("reason_required", "ending early: say in a few words why");
    return privacy::check_private_text("reason", event.reason, people::MAX_REASON_LENGTH, TextKind::MultiLine);
}

Status check(const ProgramState& state, const ActorId& author, const ExtensionProposed& event)
{
    auto match = find_active_for(state, author, event.match);
    if (!match)
        return match.error();
    const Match& m = **match;
    if (m.extension)
        return make_error("extension_pending", "extension: one is already waiting for an answer (to " + format_iso_date(m.extension->new_end) + ")");
    if (event.new_end <= m.end)
        return make_error("extension_not_later", "extension: the new end must be after the current end, " + format_iso_date(m.end));
    if (event.new_end > add_years(m.end, 1))
        return make_error("extension_too_long", "extension: at most one year beyond the current end, " + format_iso_date(add_years(m.end, 1)));
    return privacy::check_private_text("note", event.note, people::MAX_REASON_LENGTH, TextKind::MultiLine);
}

Status check(const ProgramState& state, const ActorId& author, const ExtensionAnswered& event)
{
    auto match = find_match(state, event.match);
    if (!match)
        return match.error();
    const Match& m = **match;
    if (auto s = check_member_of(state, author, m, event.person); !s)
        return s;
    if (m.state != MatchState::Active)
        return conflict_error("match_not_active", state.program->terminology.connection + ": it has already ended");
    if (!m.extension)
        return make_error("no_extension", "extension: there is no proposal to answer (answered or withdrawn meanwhile?)");
    if (m.extension->agreed.contains(event.person))
        return make_error("already_agreed", "extension: you have already agreed");
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const ReassignmentAsked& event)
{
    auto match = find_match(state, event.match);
    if (!match)
        return match.error();
    if (auto s = check_member_of(state, author, **match, event.person); !s)
        return s;
    if ((*match)->state != MatchState::Active)
        return conflict_error("match_not_active", state.program->terminology.connection + ": it has already ended");
    return privacy::check_private_text("note", event.note, people::MAX_REASON_LENGTH, TextKind::MultiLine);
}

Status check(const ProgramState& state, const ActorId& author, const AdminNoteSent& event)
{
    if (!state.program)
        return make_error("no_program", "program: this program's creation has not arrived yet");
    // A person of the program writes to its admin; the admin has no one to write to.
    const people::Person* from = find_person(state, PersonId{author.value});
    if (!from || author == state.program->admin)
        return authority_error("not_a_participant", "a note to the program's admin: only a person of the program sends one");
    // As decided, before sealing: what it is about is still plain and checked here.
    if (!event.note.match.empty()) {
        auto match = find_match(state, event.note.match);
        if (!match)
            return match.error();
        if (auto s = check_member_of(state, author, **match, from->id); !s)
            return s;
        if ((*match)->state != MatchState::Active)
            return conflict_error("match_not_active", state.program->terminology.connection + ": it has already ended");
        if (auto s = check_text("note", event.note.text, people::MAX_REASON_LENGTH, TextKind::MultiLine); !s)
            return s;
    } else if (event.content.empty()) {
        return make_error("note_empty", "a note to the program's admin: it says nothing");
    }
    return privacy::check_private_text("note", event.content, MAX_ADMIN_NOTE_LENGTH, TextKind::MultiLine);
}

Status check(const ProgramState& state, const ActorId& author, const MatchReassigned& event)
{
    auto match = find_match(state, event.match);
    if (!match)
        return match.error();
    const std::string& word = state.program->terminology.connection;
    if (author != state.program->admin)
        return authority_error("not_admin", word + ": only the program's admin ends it on a request to be reassigned");
    if ((*match)->state != MatchState::Active)
        return conflict_error("match_not_active", word + ": it has already ended");
    return {};
}

void apply_checked(ProgramState& state, const EventContext& context, const MatchEnded& event)
{
    Match& match = state.matching.matches.at(event.match);
    match.state = event.completed ? MatchState::Completed : MatchState::EndedEarly;
    match.ended = event.on;
    match.ended_by = context.author;
    match.end_reason = event.reason;
    match.extension.reset();
    tell(state, match.mentor, context, InboxKind::MatchEnded, match.id);
    tell(state, match.mentee, context, InboxKind::MatchEnded, match.id);
}

void apply_checked(ProgramState& state, const EventContext& context, const ExtensionProposed& event)
{
    Match& match = state.matching.matches.at(event.match);
    Extension extension{context.author, event.new_end, event.note, event.on, {}};
    for (const PersonId& person : {match.mentor, match.mentee}) {
        if (context.author == people::actor_of(person))
            extension.agreed.insert(person);
        else
            tell(state, person, context, InboxKind::ExtensionProposed, match.id);
    }
    match.extension = std::move(extension);
}

void apply_checked(ProgramState& state, const EventContext& context, const ExtensionAnswered& event)
{
    Match& match = state.matching.matches.at(event.match);
    if (!event.accept) {
        match.extension.reset();
        tell(state, match.mentor, context, InboxKind::ExtensionDeclined, match.id);
        tell(state, match.mentee, context, InboxKind::ExtensionDeclined, match.id);
        return;
    }
    match.extension->agreed.insert(event.person);
    if (match.extension->agreed.contains(match.mentor) && match.extension->agreed.contains(match.mentee)) {
        match.end = match.extension->new_end;
        match.extension.reset();
        tell(state, match.mentor, context, InboxKind::ExtensionAgreed, match.id);
        tell(state, match.mentee, context, InboxKind::ExtensionAgreed, match.id);
    }
}

void apply_checked(ProgramState& state, const EventContext& context, const ReassignmentAsked& event)
{
    Match& match = state.matching.matches.at(event.match);
    match.state = MatchState::Reassigned;
    match.ended = event.on;
    // Who asked is kept only in the admin's reassignment list.
    match.ended_by = {};
    match.extension.reset();
    state.matching.reassignments[match.id] = Reassignment{match.id, event.person, event.note, event.on};
    tell(state, event.person == match.mentor ? match.mentee : match.mentor, context, InboxKind::MatchEnded, match.id);
}

void apply_checked(ProgramState& state, const EventContext& context, const AdminNoteSent& event)
{
    // Only what a file says is kept: the sealed content (the plain note of a decided,
    // not yet recorded event stays out of the state).
    state.matching.notes_to_admin.push_back(matching::NoteToAdmin{context.id, PersonId{context.author.value}, event.content, event.on});
}

void apply_checked(ProgramState& state, const EventContext& context, const MatchReassigned& event)
{
    Match& match = state.matching.matches.at(event.match);
    match.state = MatchState::Reassigned;
    match.ended = event.on;
    match.ended_by = context.author;
    match.extension.reset();
    // Both read the same: it ended.
    tell(state, match.mentor, context, InboxKind::MatchEnded, match.id);
    tell(state, match.mentee, context, InboxKind::MatchEnded, match.id);
}

void read_admin_note(ProgramState& reading, const matching::NoteToAdmin& sent, const AdminNote& note)
{
    if (note.kind != AdminNote::Kind::Reassignment)
        return;
    auto found = reading.matching.matches.find(note.match);
    if (found == reading.matching.matches.end())
        return;
    const Match& match = found->second;
    if (sent.from != match.mentor && sent.from != match.mentee)
        return;
    Reassignment asked{match.id, sent.from, privacy::PrivateText(note.text), sent.on};
    if (match.state == MatchState::Active)
        reading.matching.reassignment_requests.emplace(match.id, std::move(asked));
    else if (match.state == MatchState::Reassigned && match.ended >= sent.on)
        reading.matching.reassignments.emplace(match.id, std::move(asked));
}

void end_matches_of_leaver(ProgramState& state, const EventContext& context, const people::Departure& departure)
{
    const PersonId& person = departure.person;
    for (auto& [id, match] : state.matching.matches) {
        if (match.state != MatchState::Active || (match.mentor != person && match.mentee != person))
            continue;
        match.state = MatchState::PersonLeft;
        match.ended = departure.day;
        match.ended_by = context.author;
        match.end_reason = departure.reason;
        match.extension.reset();
        tell(state, match.mentor == person ? match.mentee : match.mentor, context, InboxKind::MatchEnded, match.id);
    }
}

}
