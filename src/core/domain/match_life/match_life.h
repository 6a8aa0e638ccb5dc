// A match's life after it starts: either person or the admin ends it (completed, or
// early with a reason), proposes a new end that the others answer, or one of the two
// asks the admin confidentially to be reassigned and the admin ends it (seed 001: Chronus's closure and extension;
// seed 002: a pairing that does not work is changed, not endured). The match itself
// is matching's (core/domain/matching/matching.h); its life is here.
// Depends on: core/base, core/domain/matching/matching.h.
#pragma once

#include "core/base/date.h"
#include "core/base/ids.h"
#include "core/domain/privacy/private_text_value.h"
#include "core/domain/matching/matching.h"
#include "core/domain/people/person.h"

#include <string>
#include <string_view>

namespace turnabout::match_life {

using matching::MatchId;

// Commands. `on` is the author's today. Either person or the admin ends a match:
// completed, or ended early with a reason.
struct EndMatch {
    MatchId match;
    bool completed = false;
    std::string reason;
    Date on;
};

// Either person or the admin proposes a new end; the others agree or decline.
struct ProposeExtension {
    MatchId match;
    Date new_end;
    std::string note;
    Date on;
};

struct AnswerExtension {
    MatchId match;
    PersonId person;
    bool accept = true;
    Date on;
};

// One of the two asks, confidentially, to be reassigned: a note to the admin
// (AdminNoteSent), which names neither the match nor the asker in plain text. The
// match goes on until the admin ends it (ReassignMatch).
struct AskReassignment {
    MatchId match;
    PersonId person;
    std::string note;
    Date on;
};

// The admin ends a match one of its people asked to leave, to re-pair both.
struct ReassignMatch {
    MatchId match;
    Date on;
};

// What a note to the admin says, inside its sealed content: today only a request to be
// reassigned from a match, with the asker's words. io encodes it; the core never
// reads a sealed one.
struct AdminNote {
    enum class Kind { Reassignment };
    Kind kind = Kind::Reassignment;
    MatchId match;
    std::string text;

    bool operator==(const AdminNote&) const = default;
};

// The longest content a note to the admin carries in plain text: the note, each of its
// characters escaped at most once ("\n", "\""), and what it is about.
inline constexpr std::size_t MAX_ADMIN_NOTE_LENGTH = 2 * people::MAX_REASON_LENGTH + 200;

// Events.
// The reason is private text: the match's two people and the admin read it.
struct MatchEnded {
    static constexpr std::string_view TYPE = "MatchEnded";
    MatchId match;
    bool completed = false;
    privacy::PrivateText reason;
    Date on;

    bool operator==(const MatchEnded&) const = default;
};

// The note is private text: the match's two people and the admin read it.
struct ExtensionProposed {
    static constexpr std::string_view TYPE = "ExtensionProposed";
    MatchId match;
    Date new_end;
    privacy::PrivateText note;
    Date on;

    bool operator==(const ExtensionProposed&) const = default;
};

struct ExtensionAnswered {
    static constexpr std::string_view TYPE = "ExtensionAnswered";
    MatchId match;
    PersonId person;
    bool accept = true;
    Date on;

    bool operator==(const ExtensionAnswered&) const = default;
};

// From older programs: the asker ended the match at once, and the file named them.
// Still opened and applied; no browser records it any more.
struct ReassignmentAsked {
    static constexpr std::string_view TYPE = "ReassignmentAsked";
    MatchId match;
    PersonId person;
    privacy::PrivateText note;
    Date on;

    bool operator==(const ReassignmentAsked&) const = default;
};

// A private note from a person to the program's admin. Every event's author is plain
// in a file, so its type and plain fields say nothing of what it is about: the
// content, sealed to the admin's browsers and the author's own, holds an AdminNote.
// `note` is the plain note between decide and the recording browser, which encodes it
// into `content` before sealing (app); it is empty in every file.
struct AdminNoteSent {
    static constexpr std::string_view TYPE = "AdminNoteSent";
    AdminNote note;
    privacy::PrivateText content;
    Date on;

    bool operator==(const AdminNoteSent&) const = default;
};

// The admin ends a match on a request to be reassigned. The admin authors it, not the
// one who asked, so a file does not say which of the two asked.
struct MatchReassigned {
    static constexpr std::string_view TYPE = "MatchReassigned";
    MatchId match;
    Date on;

    bool operator==(const MatchReassigned&) const = default;
};

}
