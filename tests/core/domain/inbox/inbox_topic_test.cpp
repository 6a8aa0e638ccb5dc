// Narrowing the inbox by topic: every kind of item belongs to exactly one topic, so
// nothing a person receives is hidden from every filter but "All".
#include "core/domain/inbox/inbox.h"

#include <gtest/gtest.h>

using namespace turnabout;
using inbox::InboxTopic;

namespace {

InboxItem item_of(InboxKind kind)
{
    return InboxItem{EventId{DeviceId{"d-1"}, 1}, Timestamp{1800000000000}, kind, ""};
}

}

TEST(InboxTopic, EveryKindOfItemBelongsToOneTopicBesidesAll)
{
    // InboxKind::MatchEnding is the last kind.
    for (int k = 0; k <= static_cast<int>(InboxKind::MatchEnding); ++k) {
        const InboxItem item = item_of(static_cast<InboxKind>(k));
        SCOPED_TRACE(k);
        EXPECT_NE(inbox::topic_of(item.kind), InboxTopic::Everything);
        EXPECT_TRUE(inbox::is_about(item, InboxTopic::Everything));
        int topics = 0;
        for (InboxTopic topic : inbox::INBOX_TOPICS)
            topics += topic != InboxTopic::Everything && inbox::is_about(item, topic);
        EXPECT_EQ(topics, 1);
    }
}

TEST(InboxTopic, RequestsMatchesAndRegistrationEachGatherTheirOwn)
{
    EXPECT_TRUE(inbox::is_about(item_of(InboxKind::RequestReceived), InboxTopic::Requests));
    EXPECT_TRUE(inbox::is_about(item_of(InboxKind::ReminderDue), InboxTopic::Requests));
    EXPECT_TRUE(inbox::is_about(item_of(InboxKind::RequestExpired), InboxTopic::Requests));
    EXPECT_FALSE(inbox::is_about(item_of(InboxKind::RequestAccepted), InboxTopic::Matches));
    EXPECT_TRUE(inbox::is_about(item_of(InboxKind::MatchStarted), InboxTopic::Matches));
    EXPECT_TRUE(inbox::is_about(item_of(InboxKind::MatchEnding), InboxTopic::Matches));
    EXPECT_TRUE(inbox::is_about(item_of(InboxKind::ExtensionAgreed), InboxTopic::Matches));
    EXPECT_TRUE(inbox::is_about(item_of(InboxKind::RegistrationDeclined), InboxTopic::Registration));
    EXPECT_FALSE(inbox::is_about(item_of(InboxKind::RegistrationApproved), InboxTopic::Requests));
}
