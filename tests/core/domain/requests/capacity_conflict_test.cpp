// Two acceptances for a mentor's last place, made on two devices before either saw
// the other's, resolve the same way on every device whatever the order of merging:
// the acceptance first in replay order wins, the other request closes with the
// written rule's text.
#include "core/domain/requests/requests_fixture.h"
#include "core/log/projection.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;
using requests::RequestStatus;


TEST(CapacityConflict, TheLaterAcceptanceForTheLastPlaceClosesTheRequestEverywhere)
{
    // The program as a log: one device per person, all starting from the admin's history.
    SimulatedDevice admin("d-admin", ADMIN);
    RequestsProgram shape; // the commands' shapes, for the ids
    auto setup = program::reverse_mentoring_template(*parse_iso_date("2027-01-04"), program::FIRST_MATCH_TYPE);
    setup.type = program::ProgramType::Mentorship;
    setup.match_types = {program::default_match_type(program::ProgramType::Mentorship, program::FIRST_MATCH_TYPE)};
    ASSERT_TRUE(admin.act(program::SetUpProgram{PROGRAM, setup, questionnaire::default_questionnaire()}, 1));
    const PersonId ana{"u-ana"}, cy{"u-cy"}, di{"u-di"};
    ASSERT_TRUE(admin.act(people::AddPerson{ana, person("ana", "ana@example.org", people::Role::Mentor)}, 2));
    ASSERT_TRUE(admin.act(people::AddPerson{cy, person("cy", "cy@example.org", people::Role::Mentee)}, 3));
    ASSERT_TRUE(admin.act(people::AddPerson{di, person("di", "di@example.org", people::Role::Mentee)}, 4));

    SimulatedDevice cy_device("d-cy", people::actor_of(cy));
    SimulatedDevice di_device("d-di", people::actor_of(di));
    ASSERT_TRUE(cy_device.log.merge(all_events(admin.log)).ok());
    ASSERT_TRUE(di_device.log.merge(all_events(admin.log)).ok());
    ASSERT_TRUE(cy_device.act(shape.ask(cy, ana, DAY0), 10));
    const requests::RequestId first{"r-1"};
    ASSERT_TRUE(di_device.act(shape.ask(di, ana, DAY0), 11));
    const requests::RequestId second{"r-2"};

    // Ana reads both requests on two devices (phone and laptop) and accepts one on each.
    SimulatedDevice ana_phone("d-ana-phone", people::actor_of(ana));
    SimulatedDevice ana_laptop("d-ana-laptop", people::actor_of(ana));
    for (SimulatedDevice* device : {&ana_phone, &ana_laptop}) {
        ASSERT_TRUE(device->log.merge(all_events(admin.log)).ok());
        ASSERT_TRUE(device->log.merge(all_events(cy_device.log)).ok());
        ASSERT_TRUE(device->log.merge(all_events(di_device.log)).ok());
    }
    ASSERT_TRUE(ana_phone.act(shape.accept(first, day(1)), 20));
    ASSERT_TRUE(ana_laptop.act(shape.accept(second, day(1)), 21));

    // Merged in both orders on two more devices.
    SimulatedDevice one("d-one", ADMIN), two("d-two", ADMIN);
    for (SimulatedDevice* d : {&admin, &cy_device, &di_device, &ana_phone, &ana_laptop})
        ASSERT_TRUE(one.log.merge(all_events(d->log)).ok());
    for (SimulatedDevice* d : {&ana_laptop, &ana_phone, &di_device, &cy_device, &admin})
        ASSERT_TRUE(two.log.merge(all_events(d->log)).ok());
    const ProgramState a = one.state();
    const ProgramState b = two.state();
    EXPECT_EQ(a, b);

    // Replay order is (lamport, device, seq): both acceptances have the same lamport,
    // so "d-ana-laptop" < "d-ana-phone" decides: the laptop's acceptance (second) wins.
    EXPECT_EQ(a.requests.requests.at(second).status, RequestStatus::Accepted);
    const auto& lost = a.requests.requests.at(first);
    EXPECT_EQ(lost.status, RequestStatus::Closed);
    EXPECT_TRUE(lost.place_taken);
    EXPECT_NE(lost.note.find("this request could not be accepted: ana became full (1 of 1 places taken)"), std::string::npos) << lost.note;
    EXPECT_EQ(a.matching.matches.size(), 1u);
    EXPECT_EQ(a.inbox.at(cy).back().kind, InboxKind::RequestClosed);
}
