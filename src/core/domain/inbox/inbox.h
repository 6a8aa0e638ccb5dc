// The inbox feature: what concerns one person, recorded items and those that follow
// from dates (a reminder due, a request that closed itself, a match ending soon),
// with what they have read. Depends on: core/domain/state.h.
#pragma once

#include "core/base/date.h"
#include "core/base/result.h"
#include "core/domain/state.h"

#include <vector>
#include <string_view>

namespace turnabout::inbox {

// A match's end is announced this many days before.
inline constexpr int MATCH_ENDING_NOTICE_DAYS = 30;

// The person has read everything up to `through`.
struct MarkInboxRead {
    PersonId person;
    Timestamp through;
};

struct InboxRead {
    static constexpr std::string_view TYPE = "InboxRead";
    PersonId person;
    Timestamp through;

    bool operator==(const InboxRead&) const = default;
};

// What a person can narrow their inbox to. Every kind of item belongs to one topic.
enum class InboxTopic {
    Everything,
    Requests,     // asked, answered, withdrawn, reminded, closed or expired
    Matches,      // started, ending, ended, extended
    Registration, // the admin's decision on joining
};
inline constexpr InboxTopic INBOX_TOPICS[] = {InboxTopic::Everything, InboxTopic::Requests, InboxTopic::Matches, InboxTopic::Registration};

InboxTopic topic_of(InboxKind kind);
// Whether the item is one `topic` shows (Everything shows every item).
bool is_about(const InboxItem& item, InboxTopic topic);

// The person's inbox on `today`, oldest first: recorded items and those due by today.
std::vector<InboxItem> inbox_on(const ProgramState& state, const PersonId& person, Date today);
// Whether the person has read the item.
bool is_read(const ProgramState& state, const PersonId& person, const InboxItem& item);
std::size_t unread_count(const ProgramState& state, const PersonId& person, Date today);
// Start of a day, for items computed from dates.
Timestamp start_of(Date day);

}
