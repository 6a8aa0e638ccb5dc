// Pair-private text in signed programs: a request's message travels sealed, through
// the admin's browser too, and only the two people's browsers can read it; a decline
// note is for the two people and the admin; a ranked list's notes for the mentee and the
// admin; the admin's closing note for the people of the request and the admin.
#include "core/domain/privacy/private_text.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

const requests::Request& only_request(const Store& store, const ProgramId& program)
{
    const auto& all = store.program(program)->requests.requests;
    EXPECT_EQ(all.size(), 1u);
    return all.begin()->second;
}

}

TEST(PrivateText, ARequestMessageIsReadableOnlyByItsTwoPeople)
{
    SharedProgram shared(3);
    const std::string message = "Could you show me how you review a budget?";
    auto request = ask_for_mentor(shared.ana, shared.cy, "r-1");
    request.message = message;
    auto sent = shared.ana_device.store.execute_as(people::actor_of(shared.ana), shared.program, request);
    ASSERT_TRUE(sent.ok()) << sent.error().message;

    const requests::Request& on_ana = only_request(shared.ana_device.store, shared.program);
    EXPECT_TRUE(on_ana.message.is_sealed());
    const std::string plain = *shared.ana_device.store.read_private(on_ana.message);
    EXPECT_EQ(plain, message);
    shared.send_changes(shared.ana_device, shared.admin);
    shared.share(shared.admin, shared.cy_device);

    // The file that passed through the admin holds no readable message.
    const std::string file = *shared.admin.store.export_program_file(shared.program);
    EXPECT_EQ(file.find(plain), std::string::npos);
    const requests::Request& on_admin = only_request(shared.admin.store, shared.program);
    EXPECT_TRUE(on_admin.message.is_sealed());
    EXPECT_FALSE(shared.admin.store.read_private(on_admin.message).has_value());
    // The mentor reads it on their own browser.
    const requests::Request& on_cy = only_request(shared.cy_device.store, shared.program);
    EXPECT_EQ(shared.cy_device.store.read_private(on_cy.message), plain);
    // Every browser holds the same sealed bytes: state stays identical everywhere.
    EXPECT_EQ(on_cy.message, on_admin.message);
}

TEST(PrivateText, ADeclineNoteIsForBothPeopleAndTheAdmin)
{
    SharedProgram shared(4);
    ASSERT_TRUE(shared.ana_device.store.execute_as(people::actor_of(shared.ana), shared.program, ask_for_mentor(shared.ana, shared.cy, "r-1")).ok());
    shared.send_changes(shared.ana_device, shared.admin);
    shared.share(shared.admin, shared.cy_device);
    auto decline = answer(requests::RequestId{"r-1"}, false, "");
    decline.reason = requests::DeclineReason::Other;
    decline.note = "I am away for three months";
    auto declined = shared.cy_device.store.execute_as(people::actor_of(shared.cy), shared.program, decline);
    ASSERT_TRUE(declined.ok()) << declined.error().message;
    shared.send_changes(shared.cy_device, shared.admin);
    shared.share(shared.admin, shared.ana_device);

    for (StoreDevice* device : {&shared.admin, &shared.ana_device, &shared.cy_device}) {
        const requests::Request& request = only_request(device->store, shared.program);
        EXPECT_TRUE(request.decline_note.is_sealed());
        EXPECT_EQ(device->store.read_private(request.decline_note), "I am away for three months");
    }
}

TEST(PrivateText, ARankedListsNotesAreForTheMenteeAndTheAdminNotForTheMentorsListed)
{
    SharedProgram shared(5);
    // The admin makes the first match type admin-routed and shares it.
    program::MatchType type = shared.admin.store.program(shared.program)->program->match_types.front();
    type.process = program::MatchingProcess::AdminRouted;
    ASSERT_TRUE(shared.admin.store.execute(shared.program, program::SaveMatchType{type}).ok());
    shared.share(shared.admin, shared.ana_device);
    shared.share(shared.admin, shared.cy_device);

    const std::string why_cy = "Cy once rebuilt the payroll system in a weekend";
    const std::string why_mo = "Mo knows everyone in sales";
    requests::SendRankedList list{requests::RequestId{"r-list"}, type.id, shared.ana, {{shared.cy, why_cy}, {shared.mo, why_mo}}, "", SYNC_DAY};
    auto sent = shared.ana_device.store.execute_as(people::actor_of(shared.ana), shared.program, list);
    ASSERT_TRUE(sent.ok()) << sent.error().message;
    shared.send_changes(shared.ana_device, shared.admin);
    shared.share(shared.admin, shared.cy_device);

    const std::string file = *shared.admin.store.export_program_file(shared.program);
    EXPECT_EQ(file.find(why_cy), std::string::npos);
    EXPECT_EQ(file.find(why_mo), std::string::npos);
    for (StoreDevice* reader : {&shared.admin, &shared.ana_device}) {
        const requests::Request& request = only_request(reader->store, shared.program);
        ASSERT_EQ(request.ranked.size(), 2u);
        EXPECT_TRUE(request.ranked[0].note.is_sealed());
        EXPECT_EQ(reader->store.read_private(request.ranked[0].note), why_cy);
        EXPECT_EQ(reader->store.read_private(request.ranked[1].note), why_mo);
    }
    // Cy, listed first, cannot read why.
    const requests::Request& at_cy = only_request(shared.cy_device.store, shared.program);
    EXPECT_FALSE(shared.cy_device.store.read_private(at_cy.ranked[0].note).has_value());
}

TEST(PrivateText, TheAdminsClosingNoteIsForThePeopleOfTheRequestAndTheAdmin)
{
    SharedProgram shared(6);
    ASSERT_TRUE(shared.ana_device.store.execute_as(people::actor_of(shared.ana), shared.program, ask_for_mentor(shared.ana, shared.cy, "r-1")).ok());
    shared.send_changes(shared.ana_device, shared.admin);
    const std::string note = "Cy takes a leave of absence until spring";
    auto closed = shared.admin.store.execute(shared.program, requests::CloseRequests{{requests::RequestId{"r-1"}}, note, SYNC_DAY});
    ASSERT_TRUE(closed.ok()) << closed.error().message;
    const std::string file = *shared.admin.store.export_program_file(shared.program);
    EXPECT_EQ(file.find(note), std::string::npos);
    shared.share(shared.admin, shared.ana_device);
    shared.share(shared.admin, shared.cy_device);
    for (StoreDevice* reader : {&shared.admin, &shared.ana_device, &shared.cy_device}) {
        const requests::Request& request = only_request(reader->store, shared.program);
        EXPECT_EQ(request.status, requests::RequestStatus::Closed);
        EXPECT_TRUE(request.closing_note.is_sealed());
        EXPECT_EQ(reader->store.read_private(request.closing_note), note);
    }
    // A fourth browser, of a newcomer, holds the note sealed and cannot open it.
    StoreDevice newcomer(66);
    shared.share(shared.admin, newcomer);
    const requests::Request& at_newcomer = only_request(newcomer.store, shared.program);
    EXPECT_FALSE(newcomer.store.read_private(at_newcomer.closing_note).has_value());
}
