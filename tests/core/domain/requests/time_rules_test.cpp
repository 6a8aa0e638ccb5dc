#include "core/domain/inbox/inbox.h"
#include "core/domain/requests/request_figures.h"
#include "core/domain/requests/requests_fixture.h"
#include "core/domain/requests/time_rules.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;
using requests::RequestStatus;

namespace {

std::size_t count_kind(const std::vector<InboxItem>& items, InboxKind kind)
{
    return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [&](const InboxItem& i) { return i.kind == kind; }));
}

}

// Defaults: a reminder after 7 days, closing after 21.
TEST(TimeRules, ARequestIsPendingUntilTheDayBeforeItClosesAndExpiredOnIt)
{
    RequestsProgram p;
    auto id = p.send(p.cy, p.ana);
    const auto& rules = p.state.matching.settings.requests;
    EXPECT_EQ(requests::status_on(p.request(id), rules, day(20)), RequestStatus::Pending);
    EXPECT_EQ(requests::status_on(p.request(id), rules, day(21)), RequestStatus::Expired);
    EXPECT_EQ(*requests::closes_on(p.request(id), rules), day(21));
}

TEST(TimeRules, AnExpiredRequestCannotBeAcceptedOnOrAfterItsClosingDay)
{
    RequestsProgram p;
    auto id = p.send(p.cy, p.ana);
    auto e = refused(p.state, people::actor_of(p.ana), p.accept(id, day(21)));
    EXPECT_EQ(e.code, "request_expired");
    EXPECT_NE(e.message.find("closed by itself on 2027-02-22, 21 days after it was sent"), std::string::npos) << e.message;
    run(p.state, people::actor_of(p.ana), p.accept(id, day(20)));
}

TEST(TimeRules, TheRecipientIsRemindedOnTheDayAndOnlyIfStillWaiting)
{
    RequestsProgram p;
    auto waiting = p.send(p.cy, p.ana);
    auto answered = p.send(p.di, p.ana);
    run(p.state, people::actor_of(p.ana), p.accept(answered, day(3)));
    EXPECT_EQ(count_kind(inbox::inbox_on(p.state, p.ana, day(6)), InboxKind::ReminderDue), 0u);
    auto items = inbox::inbox_on(p.state, p.ana, day(7));
    ASSERT_EQ(count_kind(items, InboxKind::ReminderDue), 1u);
    auto reminder = std::find_if(items.begin(), items.end(), [](const InboxItem& i) { return i.kind == InboxKind::ReminderDue; });
    EXPECT_EQ(reminder->detail, waiting.value);
    EXPECT_EQ(reminder->at, inbox::start_of(day(7)));
}

TEST(TimeRules, BothPeopleLearnThatARequestClosedByItself)
{
    RequestsProgram p;
    auto id = p.send(p.cy, p.ana);
    EXPECT_EQ(count_kind(inbox::inbox_on(p.state, p.cy, day(20)), InboxKind::RequestExpired), 0u);
    EXPECT_EQ(count_kind(inbox::inbox_on(p.state, p.cy, day(21)), InboxKind::RequestExpired), 1u);
    EXPECT_EQ(count_kind(inbox::inbox_on(p.state, p.ana, day(21)), InboxKind::RequestExpired), 1u);
    EXPECT_EQ(inbox::inbox_on(p.state, p.cy, day(40)).back().detail, id.value);
}

TEST(TimeRules, ProgramsMayTurnRemindersAndClosingOff)
{
    RequestsProgram p;
    auto settings = p.state.matching.settings;
    settings.requests.remind_after_days = 0;
    settings.requests.close_after_days = 0;
    run(p.state, ADMIN, matching::ChangeMatchingSettings{settings});
    auto id = p.send(p.cy, p.ana);
    EXPECT_EQ(requests::status_on(p.request(id), p.state.matching.settings.requests, day(400)), RequestStatus::Pending);
    EXPECT_TRUE(inbox::inbox_on(p.state, p.ana, day(400)).size() == 1u);
}

TEST(TimeRules, AReminderMustComeBeforeClosing)
{
    RequestsProgram p;
    auto settings = p.state.matching.settings;
    settings.requests.remind_after_days = 21;
    EXPECT_EQ(refused(p.state, ADMIN, matching::ChangeMatchingSettings{settings}).code, "reminder_after_closing");
    settings.requests.remind_after_days = 366;
    EXPECT_EQ(refused(p.state, ADMIN, matching::ChangeMatchingSettings{settings}).code, "days_out_of_range");
}

TEST(TimeRules, AMatchEndingSoonIsAnnouncedThirtyDaysBefore)
{
    RequestsProgram p;
    auto id = p.send(p.cy, p.ana);
    run(p.state, people::actor_of(p.ana), p.accept(id));
    const Date end = p.state.matching.matches.begin()->second.end;
    EXPECT_EQ(count_kind(inbox::inbox_on(p.state, p.cy, requests::add_days(end, -31)), InboxKind::MatchEnding), 0u);
    EXPECT_EQ(count_kind(inbox::inbox_on(p.state, p.cy, requests::add_days(end, -30)), InboxKind::MatchEnding), 1u);
    EXPECT_EQ(count_kind(inbox::inbox_on(p.state, p.ana, requests::add_days(end, -30)), InboxKind::MatchEnding), 1u);
}

TEST(Inbox, ReadingMarksEverythingUpToAMomentAndOnlyForOneself)
{
    RequestsProgram p;
    p.send(p.cy, p.ana);
    EXPECT_EQ(inbox::unread_count(p.state, p.ana, DAY0), 1u);
    EXPECT_EQ(refused(p.state, people::actor_of(p.cy), inbox::MarkInboxRead{p.ana, Timestamp{5}}).code, "not_self");
    run(p.state, people::actor_of(p.ana), inbox::MarkInboxRead{p.ana, Timestamp{5}});
    EXPECT_EQ(inbox::unread_count(p.state, p.ana, DAY0), 0u);
    // The reminder comes on day 7, after what was read.
    EXPECT_EQ(inbox::unread_count(p.state, p.ana, day(7)), 1u);
    // An older mark arriving later never un-reads anything.
    run(p.state, people::actor_of(p.ana), inbox::MarkInboxRead{p.ana, Timestamp{2}});
    EXPECT_EQ(p.state.inbox_read.at(p.ana), Timestamp{5});
}

TEST(RequestFigures, CountsRatesAndTimePendingOnToday)
{
    RequestsProgram p;
    PersonId cat = add_person(p.state, "cat", {.role = people::Role::Mentor, .capacity = 3});
    auto accepted = p.send(p.cy, p.ana);
    run(p.state, people::actor_of(p.ana), p.accept(accepted, day(2)));
    auto declined = p.send(p.di, p.bo);
    requests::AnswerRequest no;
    no.id = declined;
    no.accept = false;
    no.reason = requests::DeclineReason::ReachedLimit;
    no.on = day(4);
    run(p.state, people::actor_of(p.bo), no);
    p.send(p.ed, cat, day(10)); // still pending on day 30: it closes on day 31
    p.send(p.di, cat, DAY0);    // closed by itself on day 21
    auto rows = requests::request_rows(p.state, day(30));
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].status, RequestStatus::Pending);
    EXPECT_EQ(rows[0].age_days, 20);
    EXPECT_TRUE(rows[0].reminder_due);
    auto f = requests::request_figures(p.state, day(30));
    EXPECT_EQ(f.total, 4);
    EXPECT_EQ(f.pending, 1);
    EXPECT_EQ(f.accepted, 1);
    EXPECT_EQ(f.declined, 1);
    EXPECT_EQ(f.expired, 1);
    EXPECT_EQ(f.declined_by_reason[static_cast<std::size_t>(requests::DeclineReason::ReachedLimit)], 1);
    // Time pending: 2, 4, 20 (still pending) and 21 (until it closed).
    EXPECT_DOUBLE_EQ(f.mean_pending_days, (2 + 4 + 20 + 21) / 4.0);
    EXPECT_DOUBLE_EQ(f.median_pending_days, 12.0);
    EXPECT_DOUBLE_EQ(f.acceptance_rate, 50.0);
    EXPECT_DOUBLE_EQ(f.decline_rate, 50.0);
    EXPECT_NEAR(f.expired_share, 100.0 / 3.0, 1e-9);
}
