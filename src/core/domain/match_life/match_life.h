// A match's life after it starts: either person or the admin ends it (completed, or
// early with a reason), proposes a new end that the others answer, or one of the two
// asks confidentially to be reassigned (seed 001: Chronus's closure and extension;
// seed 002: a pairing that does not work is changed, not endured). The match itself
// is matching's (core/domain/matching/matching.h); its life is here.
// Depends on: core/base, core/domain/matching/matching.h.
#pragma once

#include "core/base/date.h"
#include "core/base/ids.h"
#include "core/domain/privacy/private_text_value.h"
#include "core/domain/matching/matching.h"

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

// One of the two asks, confidentially, to be reassigned: the match ends at once.
struct AskReassignment {
    MatchId match;
    PersonId person;
    std::string note;
    Date on;
};

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

struct ReassignmentAsked {
    static constexpr std::string_view TYPE = "ReassignmentAsked";
    MatchId match;
    PersonId person;
    privacy::PrivateText note;
    Date on;

    bool operator==(const ReassignmentAsked&) const = default;
};

}
