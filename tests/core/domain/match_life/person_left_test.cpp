// A person who leaves the program (the admin removes them) ends their active matches
// at once: the other person reads who left in their inbox, and the place counts no
// more. A match started concurrently with the removal ends or is refused the same way
// on every device, whatever the order files were merged in.
#include "core/domain/match_life/match_life_rules.h"
#include "core/domain/matching/eligibility.h"
#include "core/domain/requests/requests_fixture.h"
#include "core/log/projection.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;
using matching::MatchState;

namespace {

constexpr std::int64_t MS_A_DAY = 86'400'000;

// Cy (mentee) matched with Ana (mentor, one place), and Di with Bo.
struct TwoPairs : RequestsProgram {
    matching::MatchId cy_ana;
    matching::MatchId di_bo;

    TwoPairs()
    {
        cy_ana = matched(cy, ana);
        di_bo = matched(di, bo);
    }
    matching::MatchId matched(const PersonId& mentee, const PersonId& mentor)
    {
        auto id = send(mentee, mentor);
        run(state, people::actor_of(mentor), accept(id));
        return request(id).match;
    }
    // The admin removes `person`, recorded at noon (UTC) on `on`.
    EventId remove(const PersonId& person, Date on)
    {
        auto events = decide(state, Actor{ADMIN}, people::RemovePerson{person});
        EXPECT_TRUE(events.ok());
        const EventId id{DeviceId{"d-admin"}, 77};
        apply(state, EventContext{id, ADMIN, Timestamp{on.days * MS_A_DAY + MS_A_DAY / 2}}, events->front());
        return id;
    }
    const matching::Match& match(const matching::MatchId& id) const { return state.matching.matches.at(id); }
};

}

TEST(PersonLeft, RemovingAMenteeEndsTheirMatchAndTheMentorReadsWhoLeft)
{
    TwoPairs p;
    ASSERT_EQ(matching::active_as_mentor(p.state, program::FIRST_MATCH_TYPE, p.ana), 1);
    const EventId removal = p.remove(p.cy, day(10));

    const matching::Match& m = p.match(p.cy_ana);
    EXPECT_EQ(m.state, MatchState::PersonLeft);
    EXPECT_EQ(m.end_reason, "cy left the program");
    EXPECT_EQ(m.ended, day(10));
    EXPECT_EQ(m.ended_by, ADMIN);
    EXPECT_EQ(match_life::match_state_label(m, false, day(10)), "Partner left");

    // Ana's inbox says so, with the removal as its event.
    const InboxItem& told = p.state.inbox.at(p.ana).back();
    EXPECT_EQ(told.kind, InboxKind::MatchEnded);
    EXPECT_EQ(told.detail, p.cy_ana.value);
    EXPECT_EQ(told.event, removal);

    // Ana's one place is free: Ed's request is accepted now.
    EXPECT_EQ(matching::active_as_mentor(p.state, program::FIRST_MATCH_TYPE, p.ana), 0);
    auto ed = p.send(p.ed, p.ana, day(11));
    run(p.state, people::actor_of(p.ana), p.accept(ed, day(11)));
    EXPECT_EQ(p.request(ed).status, requests::RequestStatus::Accepted);

    // The other pair goes on; the ended match cannot be ended again.
    EXPECT_EQ(p.match(p.di_bo).state, MatchState::Active);
    EXPECT_EQ(refused(p.state, people::actor_of(p.ana), match_life::EndMatch{p.cy_ana, true, "", day(12)}).code, "match_not_active");
}

TEST(PersonLeft, RemovingAMentorEndsOnlyTheirActiveMatches)
{
    TwoPairs p;
    // An earlier match of Ana's, completed, stays as it was.
    run(p.state, ADMIN, match_life::EndMatch{p.cy_ana, true, "", day(5)});
    const matching::MatchId later = p.matched(p.ed, p.ana);
    run(p.state, people::actor_of(p.ed), match_life::ProposeExtension{later, requests::add_days(p.match(later).end, 30), "", day(6)});
    p.remove(p.ana, day(10));

    EXPECT_EQ(p.match(p.cy_ana).state, MatchState::Completed);
    EXPECT_EQ(p.match(p.cy_ana).ended, day(5));
    EXPECT_EQ(p.match(later).state, MatchState::PersonLeft);
    EXPECT_EQ(p.match(later).end_reason, "ana left the program");
    EXPECT_FALSE(p.match(later).extension) << "a proposal to extend a match that ended waits for nobody";
    EXPECT_EQ(p.state.inbox.at(p.ed).back().kind, InboxKind::MatchEnded);
    EXPECT_EQ(p.match(p.di_bo).state, MatchState::Active);
    // Ed may be matched again.
    EXPECT_EQ(matching::active_as_mentee(p.state, program::FIRST_MATCH_TYPE, p.ed), 0);
    // The one who left has no inbox to keep.
    EXPECT_FALSE(p.state.inbox.contains(p.ana));
}

TEST(PersonLeft, APublicationReplayedAfterTheRemovalIsRefusedWhole)
{
    // Two admin devices of an older, unsigned program: one publishes a pair with Cy
    // while the other removes Cy. Replayed after the removal, the publication finds Cy
    // gone and is refused as a whole, as when a place was taken meanwhile: Ed's pair
    // with Ana (free again) does not start either.
    TwoPairs p;
    p.remove(p.cy, day(10));
    const std::size_t skipped = p.state.skipped.size();
    apply(p.state, EventContext{EventId{DeviceId{"d-admin-2"}, 1}, ADMIN, Timestamp{day(10).days * MS_A_DAY}},
        matching::MatchesCreated{program::FIRST_MATCH_TYPE, {{matching::MatchId{"x-new"}, p.ana, p.ed}, {matching::MatchId{"x-cy"}, p.ana, p.cy}}, day(10), day(300)});
    EXPECT_FALSE(p.state.matching.matches.contains(matching::MatchId{"x-cy"}));
    EXPECT_FALSE(p.state.matching.matches.contains(matching::MatchId{"x-new"}));
    ASSERT_EQ(p.state.skipped.size(), skipped + 1);
    EXPECT_NE(p.state.skipped.back().reason.find("removed meanwhile"), std::string::npos) << p.state.skipped.back().reason;
}

namespace {

// Ana (mentor) accepts Cy's request on her own device while the admin, who has seen
// the request, removes Cy on theirs. Replay order is (lamport, device, seq): both
// changes follow the request, and "d-admin" sorts before "d-ana", so the removal
// replays first, unless `admin_recorded_more` (another change before the removal)
// puts it after the acceptance.
struct ConcurrentRemoval {
    SimulatedDevice admin{"d-admin", ADMIN};
    SimulatedDevice cy_device{"d-cy", people::actor_of(PersonId{"u-cy"})};
    SimulatedDevice ana_device{"d-ana", people::actor_of(PersonId{"u-ana"})};
    const PersonId ana{"u-ana"}, cy{"u-cy"};
    const matching::MatchId match{"x-cy-ana"};

    explicit ConcurrentRemoval(bool admin_recorded_more)
    {
        auto setup = program::reverse_mentoring_template(DAY0, program::FIRST_MATCH_TYPE);
        setup.type = program::ProgramType::Mentorship;
        setup.match_types = {program::default_match_type(program::ProgramType::Mentorship, program::FIRST_MATCH_TYPE)};
        EXPECT_TRUE(admin.act(program::SetUpProgram{PROGRAM, setup, questionnaire::default_questionnaire()}, 1));
        EXPECT_TRUE(admin.act(people::AddPerson{ana, person("Ana Lima", "ana@example.org", people::Role::Mentor)}, 2));
        EXPECT_TRUE(admin.act(people::AddPerson{cy, person("Cy Moreau", "cy@example.org", people::Role::Mentee)}, 3));
        EXPECT_TRUE(cy_device.log.merge(all_events(admin.log)).ok());
        RequestsProgram shape; // the commands' shapes
        auto ask = shape.ask(cy, ana, DAY0);
        EXPECT_TRUE(cy_device.act(ask, 10));
        EXPECT_TRUE(ana_device.log.merge(all_events(cy_device.log)).ok());
        auto accept = shape.accept(ask.id, day(1));
        accept.match = match;
        EXPECT_TRUE(ana_device.act(accept, 20));
        EXPECT_TRUE(admin.log.merge(all_events(cy_device.log)).ok());
        if (admin_recorded_more) {
            EXPECT_TRUE(admin.act(people::AddPerson{PersonId{"u-di"}, person("Di", "di@example.org")}, 21));
        }
        EXPECT_TRUE(admin.act(people::RemovePerson{cy}, 22));
    }

    // The state a device reaches after merging everyone's files in `order`.
    ProgramState merged(const std::vector<SimulatedDevice*>& order, const std::string& name) const
    {
        SimulatedDevice device(name, ADMIN);
        for (SimulatedDevice* from : order)
            EXPECT_TRUE(device.log.merge(all_events(from->log)).ok());
        return device.state();
    }
};

}

TEST(PersonLeft, AMatchAcceptedBeforeTheRemovalInReplayOrderEndsTheSameOnEveryDevice)
{
    ConcurrentRemoval world(true);
    const ProgramState one = world.merged({&world.admin, &world.cy_device, &world.ana_device}, "d-one");
    const ProgramState two = world.merged({&world.ana_device, &world.cy_device, &world.admin}, "d-two");
    EXPECT_EQ(one, two);

    const matching::Match& m = one.matching.matches.at(world.match);
    EXPECT_EQ(m.state, MatchState::PersonLeft);
    EXPECT_EQ(m.end_reason, "Cy Moreau left the program");
    EXPECT_EQ(one.inbox.at(world.ana).back().kind, InboxKind::MatchEnded);
    EXPECT_EQ(matching::active_as_mentor(one, program::FIRST_MATCH_TYPE, world.ana), 0);
}

TEST(PersonLeft, AMatchAcceptedAfterTheRemovalInReplayOrderIsRefusedTheSameOnEveryDevice)
{
    ConcurrentRemoval world(false);
    const ProgramState one = world.merged({&world.admin, &world.cy_device, &world.ana_device}, "d-one");
    const ProgramState two = world.merged({&world.ana_device, &world.cy_device, &world.admin}, "d-two");
    EXPECT_EQ(one, two);

    EXPECT_FALSE(one.matching.matches.contains(world.match));
    ASSERT_FALSE(one.skipped.empty());
    EXPECT_NE(one.skipped.back().reason.find("left the program"), std::string::npos) << one.skipped.back().reason;
    EXPECT_EQ(matching::active_as_mentor(one, program::FIRST_MATCH_TYPE, world.ana), 0);
}

TEST(PersonLeft, RequestsWaitingToOrFromTheLeaverCloseAndTheOtherPersonIsTold)
{
    RequestsProgram p;
    const auto to_ana = p.send(p.cy, p.ana);
    const auto from_di = p.send(p.di, p.bo);
    const auto di_to_ana = p.send(p.di, p.ana);
    const auto cy_inbox = p.state.inbox[p.cy].size();

    auto events = decide(p.state, Actor{ADMIN}, people::RemovePerson{p.ana});
    ASSERT_TRUE(events.ok());
    apply(p.state, EventContext{EventId{DeviceId{"d-admin"}, 77}, ADMIN, Timestamp{day(12).days * MS_A_DAY + MS_A_DAY / 2}}, events->front());

    for (const auto& id : {to_ana, di_to_ana}) {
        EXPECT_EQ(p.request(id).status, requests::RequestStatus::Closed);
        EXPECT_EQ(p.request(id).note, "ana left the program");
        EXPECT_EQ(p.request(id).decided, day(12));
    }
    // Cy asked Ana: Cy reads that the request closed; nothing waits on Ana any more.
    ASSERT_EQ(p.state.inbox[p.cy].size(), cy_inbox + 1);
    EXPECT_EQ(p.state.inbox[p.cy].back().kind, InboxKind::RequestClosed);
    EXPECT_EQ(p.state.inbox[p.cy].back().detail, to_ana.value);
    // A request between two others is not touched.
    EXPECT_EQ(p.request(from_di).status, requests::RequestStatus::Pending);
}
