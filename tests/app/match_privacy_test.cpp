// Who reads a match's notes, against the bytes of the files people exchange: the reason
// a match ended early and an extension's note are for its two people and the admin;
// a request to be reassigned, and who made it, for the admin (and the asker's own
// browser) only. The asker writes the admin a sealed note that names neither the match
// nor anyone; the admin, not the asker, records the ending; the other person reads
// only that it ended. A third participant's browser reads none of it.
#include "core/domain/match_life/match_life_rules.h"
#include "core/domain/program/program_rules.h"
#include "io/event_codec.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

const matching::MatchId ANA_CY{"x-ana-cy"};

class MatchPrivacy : public ::testing::Test {
protected:
    MatchPrivacy()
    {
        // Eve, a third participant with a browser of her own.
        world.share(world.admin, eve_device);
        const ProgramState& state = *world.admin.store.program(world.program);
        auto joined = eve_device.store.join_program(world.program, person("Eve", "eve@example.org", people::Role::Mentee), required_answers(state, people::Role::Mentee));
        EXPECT_TRUE(joined.ok());
        eve = *joined;
        world.send_changes(eve_device, world.admin);
        EXPECT_TRUE(world.admin.store.execute(world.program, people::ApproveRegistration{eve}).ok());
        // The admin matches Cy (mentor) with Ana (mentee); everyone opens the admin's file.
        const Date end = world.admin.store.program(world.program)->program->end;
        EXPECT_TRUE(world.admin.store.execute(world.program, matching::CreateMatches{program::FIRST_MATCH_TYPE, {matching::NewMatch{ANA_CY, world.cy, world.ana}}, SYNC_DAY, end}).ok());
        share_with_everyone();
    }

    void share_with_everyone()
    {
        for (StoreDevice* device : {&world.ana_device, &world.cy_device, &eve_device})
            world.share(world.admin, *device);
    }

    const matching::Match& match_at(StoreDevice& device) { return device.store.program(world.program)->matching.matches.at(ANA_CY); }

    // What `device` reads of a private text, or "" when it may not.
    std::string read_at(StoreDevice& device, const privacy::PrivateText& text) { return device.store.read_private(text).value_or(""); }

    // The envelopes of `bytes` that were recorded after the match started.
    std::vector<Envelope> after_the_match(const std::string& bytes)
    {
        std::vector<Envelope> out;
        bool started = false;
        for (const Envelope& envelope : read_file(bytes).events) {
            if (started)
                out.push_back(envelope);
            if (std::holds_alternative<matching::MatchesCreated>(envelope.body))
                started = true;
        }
        return out;
    }

    // An event's body as its file holds it, each sealed text left out: random bytes
    // could spell anything.
    static std::string plain_body(const Envelope& envelope)
    {
        std::string body = io::encode_envelope(envelope).at("body").dump();
        for (std::size_t at = body.find("sealed:v1:"); at != std::string::npos; at = body.find("sealed:v1:", at))
            body.erase(at, body.find('"', at) - at);
        return body;
    }

    SharedProgram world{31};
    StoreDevice eve_device{317};
    PersonId eve;
};

}

TEST_F(MatchPrivacy, AnExtensionsNoteAndAnEarlyEndsReasonAreForTheTwoPeopleAndTheAdminOnly)
{
    const std::string note = "Could we keep going through the summer sprint?";
    const std::string reason = "My team moves to the Porto office in March.";
    const Date new_end = Date{match_at(world.ana_device).end.days + 60};
    auto proposed = world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, match_life::ProposeExtension{ANA_CY, new_end, note, SYNC_DAY});
    ASSERT_TRUE(proposed.ok()) << proposed.error().message;
    world.send_changes(world.ana_device, world.cy_device);
    world.send_changes(world.ana_device, world.admin);
    share_with_everyone();
    for (StoreDevice* reader : {&world.ana_device, &world.cy_device, &world.admin}) {
        ASSERT_TRUE(match_at(*reader).extension);
        EXPECT_EQ(read_at(*reader, match_at(*reader).extension->note), note);
    }
    ASSERT_TRUE(match_at(eve_device).extension) << "Eve knows an extension was proposed";
    EXPECT_EQ(read_at(eve_device, match_at(eve_device).extension->note), "") << "but not its note";

    auto ended = world.cy_device.store.execute_as(people::actor_of(world.cy), world.program, match_life::EndMatch{ANA_CY, false, reason, SYNC_DAY});
    ASSERT_TRUE(ended.ok()) << ended.error().message;
    world.send_changes(world.cy_device, world.ana_device);
    world.send_changes(world.cy_device, world.admin);
    share_with_everyone();
    for (StoreDevice* reader : {&world.ana_device, &world.cy_device, &world.admin}) {
        EXPECT_EQ(match_at(*reader).state, matching::MatchState::EndedEarly);
        EXPECT_EQ(read_at(*reader, match_at(*reader).end_reason), reason);
    }
    EXPECT_EQ(match_at(eve_device).state, matching::MatchState::EndedEarly);
    EXPECT_EQ(read_at(eve_device, match_at(eve_device).end_reason), "");

    // No file anyone holds carries either in plain text.
    for (StoreDevice* device : {&world.admin, &world.ana_device, &world.cy_device, &eve_device}) {
        const std::string bytes = *device->store.export_program_file(world.program);
        EXPECT_EQ(bytes.find(note), std::string::npos);
        EXPECT_EQ(bytes.find(reason), std::string::npos);
        EXPECT_EQ(bytes.find("summer sprint"), std::string::npos);
        EXPECT_EQ(bytes.find("Porto"), std::string::npos);
    }
}

TEST_F(MatchPrivacy, AskingToBeReassignedReachesTheAdminAloneWhoEndsTheMatchAndTheOtherPersonReadsOnlyThatItEnded)
{
    const std::string note = "We never find a slot that suits us both.";
    auto asked = world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, match_life::AskReassignment{ANA_CY, world.ana, note, SYNC_DAY});
    ASSERT_TRUE(asked.ok()) << asked.error().message;
    // Ana's browser opens her own note: she is reminded that she asked; the match goes on.
    {
        const ProgramState& at_ana = *world.ana_device.store.program(world.program);
        EXPECT_EQ(at_ana.matching.matches.at(ANA_CY).state, matching::MatchState::Active);
        ASSERT_TRUE(at_ana.matching.reassignment_requests.contains(ANA_CY));
        EXPECT_EQ(at_ana.matching.reassignment_requests.at(ANA_CY).asked_by, world.ana);
        EXPECT_EQ(read_at(world.ana_device, at_ana.matching.reassignment_requests.at(ANA_CY).note), note);
    }

    // Her changes reach the admin (and, as any file may, Cy).
    const std::string changes = *world.ana_device.store.changes_file(world.program);
    world.send_changes(world.ana_device, world.admin);
    ASSERT_TRUE(world.cy_device.store.import_program_file(changes).ok());
    const ProgramState& at_admin = *world.admin.store.program(world.program);
    ASSERT_TRUE(at_admin.matching.reassignment_requests.contains(ANA_CY));
    const matching::Reassignment& request = at_admin.matching.reassignment_requests.at(ANA_CY);
    EXPECT_EQ(request.asked_by, world.ana);
    EXPECT_EQ(read_at(world.admin, request.note), note);
    EXPECT_EQ(request.on, SYNC_DAY);
    const ProgramState& at_cy = *world.cy_device.store.program(world.program);
    EXPECT_TRUE(at_cy.matching.reassignment_requests.empty()) << "Cy's browser opens nothing";
    EXPECT_EQ(at_cy.matching.matches.at(ANA_CY).state, matching::MatchState::Active);
    ASSERT_EQ(at_cy.matching.notes_to_admin.size(), 1u);
    EXPECT_EQ(read_at(world.cy_device, at_cy.matching.notes_to_admin[0].content), "");

    // The admin ends it; everyone opens the admin's file.
    auto reassigned = world.admin.store.execute(world.program, match_life::ReassignMatch{ANA_CY, SYNC_DAY});
    ASSERT_TRUE(reassigned.ok()) << reassigned.error().message;
    share_with_everyone();
    {
        const ProgramState& admin_reads = *world.admin.store.program(world.program);
        EXPECT_EQ(admin_reads.matching.matches.at(ANA_CY).state, matching::MatchState::Reassigned);
        EXPECT_TRUE(admin_reads.matching.reassignment_requests.empty());
        ASSERT_TRUE(admin_reads.matching.reassignments.contains(ANA_CY));
        EXPECT_EQ(admin_reads.matching.reassignments.at(ANA_CY).asked_by, world.ana);
    }
    for (StoreDevice* other : {&world.cy_device, &eve_device}) {
        const ProgramState& reads = *other->store.program(world.program);
        const matching::Match& match = reads.matching.matches.at(ANA_CY);
        EXPECT_EQ(match.state, matching::MatchState::Reassigned);
        EXPECT_EQ(match_life::match_state_label(match, false, SYNC_DAY), "Ended");
        EXPECT_TRUE(reads.matching.reassignments.empty()) << "who asked is not read here";
        EXPECT_TRUE(reads.matching.reassignment_requests.empty());
    }
    EXPECT_EQ(world.cy_device.store.program(world.program)->inbox.at(world.cy).back().kind, InboxKind::MatchEnded);
    const ProgramState& ana_reads = *world.ana_device.store.program(world.program);
    ASSERT_TRUE(ana_reads.matching.reassignments.contains(ANA_CY)) << "Ana reads that she asked";
    EXPECT_EQ(ana_reads.matching.reassignments.at(ANA_CY).asked_by, world.ana);
    EXPECT_EQ(*world.admin.store.recorded(world.program), *world.cy_device.store.recorded(world.program));

    // The bytes: after the match started, nothing names the asker or carries the note;
    // the note to the admin names no match and no one; the ending is the admin's.
    const std::string bytes = *world.admin.store.export_program_file(world.program);
    EXPECT_EQ(bytes.find(note), std::string::npos);
    EXPECT_EQ(bytes.find("find a slot"), std::string::npos);
    std::size_t notes = 0, endings = 0;
    const ActorId admin = world.admin.store.identity().actor;
    for (const Envelope& envelope : after_the_match(bytes)) {
        // Each browser shares its person's fields for partners when the match starts:
        // that names both, whoever asks later.
        if (std::holds_alternative<privacy::PartnerShared>(envelope.body))
            continue;
        const std::string body = plain_body(envelope);
        SCOPED_TRACE(std::string(event_type_name(envelope.body)) + " " + body);
        EXPECT_EQ(body.find(world.ana.value), std::string::npos) << "the asker's id";
        EXPECT_EQ(body.find("Ana"), std::string::npos) << "the asker's name";
        if (std::holds_alternative<match_life::AdminNoteSent>(envelope.body)) {
            ++notes;
            EXPECT_EQ(envelope.author, people::actor_of(world.ana)) << "only the envelope names her";
            EXPECT_EQ(body.find(ANA_CY.value), std::string::npos) << "no plain match id";
            EXPECT_EQ(body.find(world.cy.value), std::string::npos) << "no plain person id";
            EXPECT_EQ(body.find("reassign"), std::string::npos);
            EXPECT_EQ(std::get<match_life::AdminNoteSent>(envelope.body).content.stored().rfind("sealed:v1:", 0), 0u) << "the content is sealed";
        } else if (body.find(ANA_CY.value) != std::string::npos) {
            ++endings;
            EXPECT_TRUE(std::holds_alternative<match_life::MatchReassigned>(envelope.body)) << "only the admin's ending names the match";
            EXPECT_EQ(envelope.author, admin);
        }
    }
    EXPECT_EQ(notes, 1u);
    EXPECT_EQ(endings, 1u);
}

TEST_F(MatchPrivacy, AnOlderTurnaboutsReassignmentStillOpensAndEndsTheMatch)
{
    // A file of an older Turnabout: the asker ended the match at once, named in the event.
    io::KeySigner key(world.ana_device.key());
    EventLog log = *world.ana_device.store.log(world.program);
    const Envelope older = log.append_local(key.device(), people::actor_of(world.ana), Timestamp{1800000500000}, match_life::ReassignmentAsked{ANA_CY, world.ana, "Different goals.", SYNC_DAY}, &key);
    auto report = world.admin.store.import_program_file(file_of(world.program, {older}));
    ASSERT_TRUE(report.ok()) << report.error().message;
    const ProgramState& reads = *world.admin.store.program(world.program);
    EXPECT_EQ(reads.matching.matches.at(ANA_CY).state, matching::MatchState::Reassigned);
    ASSERT_TRUE(reads.matching.reassignments.contains(ANA_CY));
    EXPECT_EQ(reads.matching.reassignments.at(ANA_CY).asked_by, world.ana);
}
