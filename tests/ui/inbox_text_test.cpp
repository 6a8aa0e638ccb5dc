// What a person reads in their inbox when the other person of their match left the
// program: who left and when, though the one who left is no longer there to be named.
#include "ui_world.h"

#include "ui/date_text.h"
#include "ui/inbox/inbox_text.h"
#include "ui/terms.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace turnabout;
using namespace turnabout::testing;

TEST(InboxText, ThePartnerOfSomeoneWhoLeftReadsWhoLeftAndWhen)
{
    UiWorld world;
    load_demo(world);
    const PersonId mentee = world.participants.at(0);
    const PersonId mentor = world.participants.at(1);
    const ProgramState& before = *world.store().program(world.program);
    const std::string mentor_name = before.people.at(mentor).details.name;
    const matching::MatchId match{"x-leaving"};
    ASSERT_TRUE(world.store().execute(world.program, matching::CreateMatches{before.program->match_types.front().id, {{match, mentor, mentee}}, UiWorld::today(), before.program->end}).ok());
    ASSERT_TRUE(world.store().execute(world.program, people::RemovePerson{mentor}).ok());

    const ProgramState& state = *world.store().program(world.program);
    const auto& items = state.inbox.at(mentee);
    auto told = std::find_if(items.begin(), items.end(), [&](const InboxItem& item) { return item.kind == InboxKind::MatchEnded && item.detail == match.value; });
    ASSERT_NE(told, items.end()) << "the mentee's inbox does not say the match ended";
    const ui::InboxText text = ui::inbox_text(world.store(), state, state.people.at(mentee), *told, UiWorld::today());
    EXPECT_EQ(text.title, mentor_name + " left the program");
    EXPECT_EQ(text.body, "Your " + ui::term(*state.program, ui::Word::Connection) + " with them ended on " + ui::long_date(UiWorld::today())
            + ". The program's admin can help you find someone new.");
    EXPECT_FALSE(text.good);
}
