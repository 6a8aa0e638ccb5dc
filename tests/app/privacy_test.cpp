// Who reads what, against the bytes of the files people exchange: every field not for
// everyone is sealed to its readers, a browser opens only what is for the one reading,
// a match gives the partner the fields for partners, an ended match gives the former
// partner nothing new, and the rules on fields a participant cannot read reach their
// browser as a sealed list of who they may not be matched with.
#include "app/demo.h"
#include "app/privacy_audit.h"
#include "core/domain/matching/recommendations.h"
#include "core/domain/privacy/person_fields.h"
#include "core/domain/program/program_rules.h"
#include "support/store_devices.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

const questionnaire::QuestionId STRENGTHS{"q-strengths"};
const questionnaire::QuestionId COMMUNICATION{"q-communication"};

class Privacy : public ::testing::Test {
protected:
    Privacy()
    {
        // Ana's answers, in her own words: one for her partner and the admin, one for everyone.
        people::Answers answers = world.ana_device.store.program(world.program)->people.at(world.ana).answers;
        answers[STRENGTHS] = questionnaire::Answer{{"Juggling spreadsheets at midnight"}};
        EXPECT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, people::UpdateAnswers{world.ana, answers}).ok());
        people::Person ana = world.ana_device.store.program(world.program)->people.at(world.ana);
        ana.details.level = 3;
        ana.details.job_title = "Analyst";
        EXPECT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, people::UpdateProfile{world.ana, ana.details, ana.profile}).ok());
        world.send_changes(world.ana_device, world.admin);
        world.share(world.admin, world.cy_device);
    }

    const people::Person& seen_by(StoreDevice& device, const PersonId& person) { return device.store.program(world.program)->people.at(person); }

    // Ana asks Cy, Cy accepts; their files meet, each browser shares its person's fields.
    void match_ana_with_cy()
    {
        ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, ask_for_mentor(world.ana, world.cy, "r-1")).ok());
        world.send_changes(world.ana_device, world.cy_device);
        auto accepted = world.cy_device.store.execute_as(people::actor_of(world.cy), world.program, answer(requests::RequestId{"r-1"}, true, "x-1"));
        ASSERT_TRUE(accepted.ok()) << accepted.error().message;
        world.send_changes(world.cy_device, world.ana_device);
        auto shared = world.ana_device.store.share_with_partners(world.program);
        ASSERT_TRUE(shared.ok());
        EXPECT_EQ(*shared, 1u) << "Ana's browser shares her fields with Cy once";
        EXPECT_EQ(*world.ana_device.store.share_with_partners(world.program), 0u) << "and only once";
        world.send_changes(world.ana_device, world.cy_device);
    }

    SharedProgram world{21};
};

}

TEST_F(Privacy, FieldsNotForEveryoneNeverAppearInPlainTextInAnyFile)
{
    for (StoreDevice* device : {&world.admin, &world.ana_device, &world.cy_device}) {
        const std::string shared = *device->store.export_program_file(world.program);
        for (const char* secret : {"ana@example.org", "cy@example.org", "mo@example.org", "Juggling spreadsheets at midnight"})
            EXPECT_EQ(shared.find(secret), std::string::npos) << secret;
        EXPECT_NE(shared.find("\"Analyst\""), std::string::npos) << "a job title is for everyone";
    }
    const std::string changes = *world.ana_device.store.changes_file(world.program);
    EXPECT_EQ(changes.find("ana@example.org"), std::string::npos);
    EXPECT_EQ(changes.find("Juggling"), std::string::npos);
}

TEST_F(Privacy, EachBrowserOpensWhatIsForItsPersonAndTheAdminsOpensEverything)
{
    // Ana reads her own; the admin reads hers; Cy, not matched, reads only what is for everyone.
    EXPECT_EQ(seen_by(world.ana_device, world.ana).details.email, "ana@example.org");
    EXPECT_EQ(seen_by(world.admin, world.ana).details.email, "ana@example.org");
    EXPECT_EQ(seen_by(world.admin, world.ana).details.level, 3);
    EXPECT_EQ(seen_by(world.admin, world.ana).answers.at(STRENGTHS).values.at(0), "Juggling spreadsheets at midnight");
    const people::Person& at_cy = seen_by(world.cy_device, world.ana);
    EXPECT_EQ(at_cy.details.email, "");
    EXPECT_EQ(at_cy.details.level, 0);
    EXPECT_FALSE(at_cy.answers.contains(STRENGTHS));
    EXPECT_TRUE(at_cy.hidden.contains("email"));
    EXPECT_TRUE(at_cy.hidden.contains("answer:q-strengths"));
    EXPECT_EQ(at_cy.details.job_title, "Analyst");
    EXPECT_TRUE(at_cy.answers.contains(COMMUNICATION)) << "an answer for everyone";
    // The recorded state is the same everywhere, with the sealed fields blank.
    EXPECT_EQ(*world.admin.store.recorded(world.program), *world.cy_device.store.recorded(world.program));
    EXPECT_EQ(world.admin.store.recorded(world.program)->people.at(world.ana).details.email, "");
}

TEST_F(Privacy, TheAdminsKioskShowsAPersonOnlyWhatIsForThem)
{
    // Mo and Ben use the admin's browser: it opens everything, but shows Mo as Mo reads.
    world.admin.store.read_as(world.program, Reader{Reader::Kind::Person, world.mo});
    EXPECT_EQ(seen_by(world.admin, world.mo).details.email, "mo@example.org");
    EXPECT_EQ(seen_by(world.admin, world.ben).details.email, "");
    EXPECT_EQ(seen_by(world.admin, world.ana).details.email, "");
    world.admin.store.read_as(world.program, Reader{Reader::Kind::Admin, {}});
    EXPECT_EQ(seen_by(world.admin, world.ben).details.email, "ben@example.org");
    world.admin.store.read_as(world.program, Reader{Reader::Kind::Nobody, {}});
    EXPECT_EQ(seen_by(world.admin, world.mo).details.email, "");
}

TEST_F(Privacy, AMatchGivesThePartnerTheFieldsForPartnersAndNothingForTheAdminOnly)
{
    match_ana_with_cy();
    const people::Person& ana_at_cy = seen_by(world.cy_device, world.ana);
    EXPECT_EQ(ana_at_cy.details.email, "ana@example.org");
    EXPECT_EQ(ana_at_cy.answers.at(STRENGTHS).values.at(0), "Juggling spreadsheets at midnight");
    EXPECT_EQ(ana_at_cy.details.level, 0) << "the level is for the admin only";
    EXPECT_TRUE(ana_at_cy.hidden.contains("level"));
    EXPECT_EQ(seen_by(world.ana_device, world.cy).details.email, "cy@example.org");
    // Still not in plain text anywhere.
    EXPECT_EQ(world.cy_device.store.export_program_file(world.program)->find("ana@example.org"), std::string::npos);
    // Mo, never matched with Ana, still reads none of it on the admin's kiosk.
    world.send_changes(world.ana_device, world.admin);
    world.admin.store.read_as(world.program, Reader{Reader::Kind::Person, world.mo});
    EXPECT_EQ(seen_by(world.admin, world.ana).details.email, "");
}

TEST_F(Privacy, AfterAMatchEndsTheFormerPartnerReceivesNothingNew)
{
    match_ana_with_cy();
    const matching::MatchId match = world.cy_device.store.program(world.program)->matching.matches.begin()->first;
    ASSERT_TRUE(world.cy_device.store.execute_as(people::actor_of(world.cy), world.program, match_life::EndMatch{match, false, "Our schedules never meet", SYNC_DAY}).ok());
    world.send_changes(world.cy_device, world.ana_device);
    people::Person ana = world.ana_device.store.program(world.program)->people.at(world.ana);
    ana.details.email = "ana.new@example.org";
    ASSERT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, people::UpdateProfile{world.ana, ana.details, ana.profile}).ok());
    world.send_changes(world.ana_device, world.cy_device);
    EXPECT_EQ(seen_by(world.cy_device, world.ana).details.email, "ana@example.org") << "what Cy had before stays; the new address is not for Cy";
    EXPECT_EQ(seen_by(world.ana_device, world.ana).details.email, "ana.new@example.org");
    world.send_changes(world.cy_device, world.admin);
    world.send_changes(world.ana_device, world.admin);
    EXPECT_EQ(seen_by(world.admin, world.ana).details.email, "ana.new@example.org");
}

TEST_F(Privacy, ASecondPersonWithASealedAddressIsRefusedOnEveryBrowser)
{
    // Eve's browser cannot read Ana's address; the key beside each sealed address
    // still tells every browser that Eve's is the same.
    StoreDevice eve_device(77);
    world.share(world.admin, eve_device);
    const ProgramState& state = *eve_device.store.program(world.program);
    auto eve = eve_device.store.join_program(world.program, person("Eve", "ANA@example.org", people::Role::Mentee), required_answers(state, people::Role::Mentee));
    ASSERT_TRUE(eve.ok());
    world.send_changes(eve_device, world.admin);
    for (StoreDevice* device : {&eve_device, &world.admin}) {
        const ProgramState& recorded = *device->store.recorded(world.program);
        EXPECT_FALSE(recorded.people.contains(*eve));
        ASSERT_FALSE(recorded.skipped.empty());
        EXPECT_EQ(recorded.skipped.back().code, "email_taken");
        EXPECT_EQ(recorded.skipped.back().refusal, Refusal::Conflict);
    }
}

TEST_F(Privacy, TheAuditNamesEveryFieldAParticipantCouldReadAndNoHiddenOneOfAnyoneElse)
{
    match_ana_with_cy();
    world.send_changes(world.ana_device, world.admin);
    world.send_changes(world.cy_device, world.admin);
    const ProgramState& recorded = *world.admin.store.recorded(world.program);
    const EventLog& log = *world.admin.store.log(world.program);
    for (const auto& [reader, person] : recorded.people) {
        SCOPED_TRACE(person.details.name);
        for (const AuditLine& line : audit_for(recorded, log, reader)) {
            if (line.about == reader)
                continue;
            const privacy::Readers readers = privacy::readers_of(recorded, line.field);
            if (readers == privacy::Readers::Everyone)
                continue;
            EXPECT_TRUE(line.sealed) << line.label << " of " << line.about.value << " in plain text";
            const bool partners = (reader == world.ana && line.about == world.cy) || (reader == world.cy && line.about == world.ana);
            EXPECT_TRUE(partners && readers == privacy::Readers::PartnerAndAdmin) << line.label << " of " << line.about.value << " sealed to a reader who is not its partner";
        }
    }
    // Ana's audit holds Cy's email, sealed to her, and her own answers.
    const auto anas = audit_for(recorded, log, world.ana);
    EXPECT_TRUE(std::any_of(anas.begin(), anas.end(), [&](const AuditLine& l) { return l.about == world.cy && l.field == "email" && l.sealed; }));
}

TEST_F(Privacy, TheAuditListsEachNoteSealedToItsReaderAndNoOtherPersonsNotes)
{
    match_ana_with_cy();
    world.send_changes(world.ana_device, world.admin);
    world.send_changes(world.cy_device, world.admin);
    const ProgramState& recorded = *world.admin.store.recorded(world.program);
    const EventLog& log = *world.admin.store.log(world.program);
    const auto is_message = [](const AuditLine& line) { return line.note && line.field == "request_message"; };
    for (const PersonId& reader : {world.ana, world.cy}) {
        const auto lines = audit_for(recorded, log, reader);
        auto message = std::find_if(lines.begin(), lines.end(), is_message);
        ASSERT_NE(message, lines.end()) << reader.value << " reads the request's message";
        EXPECT_TRUE(message->sealed);
        EXPECT_EQ(message->label, "A request's message");
    }
    for (const PersonId& other : {world.mo, world.ben}) {
        const auto lines = audit_for(recorded, log, other);
        EXPECT_TRUE(std::none_of(lines.begin(), lines.end(), is_message)) << other.value << " reads nothing of Ana's message to Cy";
    }
    // Nothing of the message in plain text about Ana for anyone.
    const auto plain = plain_about(recorded, log, world.ana);
    EXPECT_TRUE(std::none_of(plain.begin(), plain.end(), is_message));
}

TEST(PrivacyDemo, TheDemoProgramsFileCarriesNoPrivateAnswerAndEachParticipantsAuditNoHiddenField)
{
    std::ifstream in(TURNABOUT_DEMO_FILE);
    std::stringstream outline;
    outline << in.rdbuf();
    StoreDevice admin(5);
    auto program = load_demo_program(admin.store, outline.str());
    ASSERT_TRUE(program.ok()) << program.error().message;
    const std::string bytes = *admin.store.export_program_file(*program);
    const ProgramState& reading = *admin.store.program(*program);
    std::size_t searched = 0;
    for (const auto& [id, person] : reading.people) {
        for (const std::string& field : privacy::carried_fields(reading, privacy::CarriesDetails | privacy::CarriesProfile | privacy::CarriesAnswers)) {
            if (privacy::readers_of(reading, field) == privacy::Readers::Everyone)
                continue;
            const std::string value = field_text(reading, person, field);
            // A level is a word others use too ("Senior"), a manager's name is for
            // everyone (the line between two people is what is sealed): the emails and
            // the answers in a person's own words are searched for.
            if (field == "level" || field == "manager" || value.empty())
                continue;
            ++searched;
            EXPECT_EQ(bytes.find(value), std::string::npos) << person.details.name << "'s " << field;
        }
    }
    EXPECT_GT(searched, 200u) << "the demo's private answers and emails were searched for";

    StoreDevice anyone(6);
    ASSERT_TRUE(anyone.store.import_program_file(bytes).ok());
    const ProgramState& recorded = *anyone.store.recorded(*program);
    // Nobody's reporting line or level can be read from the file alone.
    for (const auto& [id, person] : *&anyone.store.program(*program)->people) {
        EXPECT_TRUE(person.profile.manager.empty()) << person.details.name;
        EXPECT_EQ(person.details.level, 0) << person.details.name;
    }
    for (const auto& [reader, person] : recorded.people) {
        for (const AuditLine& line : audit_for(recorded, *anyone.store.log(*program), reader)) {
            if (line.about != reader) {
                EXPECT_EQ(privacy::readers_of(recorded, line.field), privacy::Readers::Everyone) << person.details.name << " reads " << line.label << " of " << line.about.value;
            }
        }
    }
}

namespace {

// Reverse mentoring with the levels for the admin only: Ana (a senior mentee, level 5)
// and Cy (a junior mentor, level 2) on their own browsers; Mo (a mentor the admin
// added, level 5) is not junior enough to mentor Ana, which only the admin can read.
class RuledOutLists : public ::testing::Test {
protected:
    RuledOutLists()
    {
        auto setup = program::reverse_mentoring_template(SYNC_DAY, program::FIRST_MATCH_TYPE);
        setup.basics.name = "Reverse circle";
        setup.registration.approval_required = true;
        program = *admin.store.set_up_program(setup, questionnaire::default_questionnaire());
        mo = *admin.store.add_person(program, at_level(person("Mo", "mo@example.org", people::Role::Mentor), 5));
        open(admin, ana_device);
        open(admin, cy_device);
        const ProgramState& state = *admin.store.program(program);
        ana = *ana_device.store.join_program(program, at_level(person("Ana", "ana@example.org", people::Role::Mentee), 5), required_answers(state, people::Role::Mentee));
        cy = *cy_device.store.join_program(program, at_level(person("Cy", "cy@example.org", people::Role::Mentor), 2), required_answers(state, people::Role::Mentor));
        open(ana_device, admin, false);
        open(cy_device, admin, false);
        EXPECT_TRUE(admin.store.execute(program, people::ApproveRegistration{ana}).ok());
        EXPECT_TRUE(admin.store.execute(program, people::ApproveRegistration{cy}).ok());
        open(admin, ana_device);
        open(admin, cy_device);
    }

    static people::PersonDetails at_level(people::PersonDetails details, int level)
    {
        details.level = level;
        return details;
    }

    // Opens `from`'s shared file (or its changes) on `to`, then does what the page does
    // after opening a file.
    void open(StoreDevice& from, StoreDevice& to, bool whole = true)
    {
        auto file = whole ? from.store.share_program_file(program) : from.store.changes_file(program);
        ASSERT_TRUE(file.ok()) << file.error().message;
        auto report = to.store.import_program_file(*file);
        ASSERT_TRUE(report.ok()) << report.error().message;
        ASSERT_TRUE(to.store.follow_up(program).ok());
    }

    std::vector<PersonId> mentors_offered(StoreDevice& device, const PersonId& mentee)
    {
        std::vector<PersonId> out;
        for (const matching::Candidate& c : matching::candidates_for(*device.store.program(program), program::FIRST_MATCH_TYPE, mentee, matching::Side::AsMentee))
            out.push_back(c.person);
        return out;
    }

    StoreDevice admin{51};
    StoreDevice ana_device{52};
    StoreDevice cy_device{53};
    ProgramId program;
    PersonId mo, ana, cy;
};

bool contains(const std::vector<PersonId>& people, const PersonId& person)
{
    return std::find(people.begin(), people.end(), person) != people.end();
}

}

TEST_F(RuledOutLists, TheAdminsBrowserSealsToEachPersonWhoTheRulesOnHiddenFieldsExclude)
{
    const ProgramState& recorded = *admin.store.recorded(program);
    ASSERT_TRUE(recorded.privacy.ruled_out_sealed.contains(ana));
    EXPECT_TRUE(recorded.privacy.ruled_out_sealed.at(ana).is_sealed());
    EXPECT_TRUE(recorded.privacy.ruled_out_sealed.at(mo).is_sealed()) << "a kiosk person's list, for the admin's browsers";
    EXPECT_FALSE(recorded.privacy.ruled_out_sealed.contains(cy)) << "nobody Cy could meet is ruled out: nothing recorded";
    const ProgramState& reading = *admin.store.program(program);
    EXPECT_EQ(reading.privacy.ruled_out.at(ana).mentors, std::set<PersonId>{mo});
    EXPECT_EQ(reading.privacy.ruled_out.at(mo).mentees, std::set<PersonId>{ana});
    // Current: nothing more to record, here or on a participant's browser.
    EXPECT_EQ(*admin.store.seal_ruled_out(program), 0u);
    EXPECT_EQ(*ana_device.store.seal_ruled_out(program), 0u);
    // The same lists on every browser's recorded state.
    EXPECT_EQ(*ana_device.store.recorded(program), recorded);
}

TEST_F(RuledOutLists, AParticipantsBrowserHonoursTheirListWithoutReadingTheLevel)
{
    const ProgramState& at_ana = *ana_device.store.program(program);
    EXPECT_EQ(at_ana.people.at(mo).details.level, 0);
    EXPECT_TRUE(at_ana.people.at(mo).hidden.contains("level"));
    // Replay's state, with no list opened, would offer Mo; Ana's browser does not.
    const auto everyone = matching::candidates_for(*ana_device.store.recorded(program), program::FIRST_MATCH_TYPE, ana, matching::Side::AsMentee);
    EXPECT_TRUE(std::any_of(everyone.begin(), everyone.end(), [&](const matching::Candidate& c) { return c.person == mo; }));
    const auto offered = mentors_offered(ana_device, ana);
    EXPECT_FALSE(contains(offered, mo));
    EXPECT_TRUE(contains(offered, cy));
    for (const matching::Candidate& c : matching::recommendations_for(at_ana, program::FIRST_MATCH_TYPE, ana, matching::Side::AsMentee, 5))
        EXPECT_NE(c.person, mo);
    // A request to Mo is refused, saying no more than that the rules forbid it.
    auto asked = ana_device.store.execute_as(people::actor_of(ana), program, ask_for_mentor(ana, mo, "r-mo"));
    ASSERT_FALSE(asked.ok());
    EXPECT_EQ(asked.error().code, "ruled_out");
    EXPECT_EQ(asked.error().message, "request: the program's rules do not allow Mo and Ana to be matched");
    EXPECT_TRUE(ana_device.store.execute_as(people::actor_of(ana), program, ask_for_mentor(ana, cy, "r-cy")).ok());
}

TEST_F(RuledOutLists, NoOtherParticipantReadsSomeonesList)
{
    const privacy::PrivateText& anas = ana_device.store.recorded(program)->privacy.ruled_out_sealed.at(ana);
    EXPECT_TRUE(ana_device.store.read_private(anas).has_value());
    EXPECT_FALSE(cy_device.store.read_private(anas).has_value());
    EXPECT_TRUE(cy_device.store.program(program)->privacy.ruled_out.empty());
    EXPECT_EQ(ana_device.store.program(program)->privacy.ruled_out.size(), 1u) << "only her own";
    // The admin's kiosk shows each person only their own list.
    admin.store.read_as(program, Reader{Reader::Kind::Person, cy});
    EXPECT_TRUE(admin.store.program(program)->privacy.ruled_out.empty());
    admin.store.read_as(program, Reader{Reader::Kind::Person, mo});
    const auto& at_mo = admin.store.program(program)->privacy.ruled_out;
    ASSERT_EQ(at_mo.size(), 1u);
    EXPECT_TRUE(at_mo.contains(mo));
}

TEST_F(RuledOutLists, NoFileCarriesAListInPlainText)
{
    for (StoreDevice* device : {&admin, &ana_device, &cy_device}) {
        const std::string bytes = *device->store.export_program_file(program);
        std::size_t lists = 0;
        for (const Envelope& event : read_file(bytes).events) {
            const auto* ruled = std::get_if<privacy::RuledOutSealed>(&event.body);
            if (!ruled)
                continue;
            ++lists;
            EXPECT_TRUE(ruled->list.is_sealed());
            EXPECT_EQ(ruled->list.stored().find(mo.value), std::string::npos);
            EXPECT_EQ(ruled->list.stored().find(ana.value), std::string::npos);
        }
        EXPECT_EQ(lists, 2u) << "Ana's and Mo's";
        EXPECT_EQ(bytes.find("\"mentors\":[\"" + mo.value), std::string::npos);
        EXPECT_EQ(bytes.find("\"mentees\":[\"" + ana.value), std::string::npos);
    }
}

TEST_F(RuledOutLists, AChangeOfALevelOnTheAdminsBrowserBringsTheListsUpToDate)
{
    people::Person mos = admin.store.program(program)->people.at(mo);
    mos.details.level = 2;
    ASSERT_TRUE(admin.store.execute(program, people::UpdateProfile{mo, mos.details, mos.profile}).ok());
    EXPECT_TRUE(admin.store.program(program)->privacy.ruled_out.at(ana).empty());
    open(admin, ana_device);
    EXPECT_TRUE(contains(mentors_offered(ana_device, ana), mo)) << "Mo is junior enough now";
    EXPECT_TRUE(ana_device.store.execute_as(people::actor_of(ana), program, ask_for_mentor(ana, mo, "r-mo")).ok());
}

