#include "io/program_file.h"
#include "support/builders.h"

#include <gtest/gtest.h>

#include <set>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// One event of every type, so a new event type cannot be added without a round trip.
std::vector<Envelope> one_of_each()
{
    auto setup = program::reverse_mentoring_template(*parse_iso_date("2027-01-04"), program::MatchTypeId{"m-1"});
    auto question = questionnaire::default_questionnaire()[3];
    people::Profile profile;
    profile.manager = PersonId{"u-2"};
    profile.location = "Lisbon";
    profile.time_zone = "Europe/Lisbon";
    profile.skills_offered = {"TikTok", "Figma"};
    profile.skills_wanted = {"Negotiation"};
    profile.interests = {"Climbing"};
    profile.availability = "Tuesday mornings";
    profile.capacity = 2;
    profile.paused = true;
    people::Answers answers{{questionnaire::QuestionId{"q-communication"}, {{"Virtual", "Email"}}}, {questionnaire::QuestionId{"q-describe"}, {{"Curious,\nkind"}}}};
    std::vector<EventBody> bodies = {
        program::ProgramCreated{PROGRAM, "Reverse mentoring — 2027", "Line one\nLine \"two\""},
        program::ProgramDetailsChanged{"Renamed", "Ünïcödé 🙂"},
        people::PersonAdded{PersonId{"u-1"}, person("Zoë Ng", "zoe@example.org", people::Role::Both)},
        people::PersonUpdated{PersonId{"u-1"}, person("Zoë Ng-Li", "zoe@example.org", people::Role::Mentor)},
        people::PersonRemoved{PersonId{"u-1"}},
        program::ProgramBasicsChanged{setup.basics},
        program::ProgramTypeChanged{program::ProgramType::Group},
        program::MatchTypeSaved{setup.match_types[0]},
        program::MatchTypeRemoved{program::MatchTypeId{"m-9"}},
        program::RegistrationSettingsChanged{program::RegistrationSettings{false, true, false, true}},
        program::TerminologyChanged{program::Terminology{"guide", "guides", "learner", "learners", "pairing", "pairings"}},
        questionnaire::QuestionAdded{question},
        questionnaire::QuestionUpdated{questionnaire::default_questionnaire()[1]},
        questionnaire::QuestionRemoved{question.id},
        questionnaire::QuestionMoved{question.id, 4},
        people::RegistrationSubmitted{PersonId{"u-3"}, person("Ana", "ana@example.org"), answers},
        people::RegistrationApproved{PersonId{"u-3"}},
        people::RegistrationDeclined{PersonId{"u-4"}, "The program is full this year."},
        people::ProfileUpdated{PersonId{"u-3"}, person("Ana Lima", "ana@example.org"), profile},
        people::AnswersUpdated{PersonId{"u-3"}, answers},
        people::PausedChanged{PersonId{"u-3"}, true},
        matching::MatchingSettingsChanged{matching::MatchingSettings{{{{matching::CriterionKind::Question, questionnaire::QuestionId{"q-describe"}}, 7, 40, false}, {{matching::CriterionKind::Department, {}}, 2, 0, true}}, 3, 2, false, true, {3, 10, false}}},
        matching::MatchesCreated{program::MatchTypeId{"m-1"}, {{matching::MatchId{"x-1"}, PersonId{"u-1"}, PersonId{"u-3"}}, {matching::MatchId{"x-2"}, PersonId{"u-5"}, PersonId{"u-6"}}}, *parse_iso_date("2027-02-01"), *parse_iso_date("2028-01-31")},
        matching::PairExcluded{{PersonId{"u-1"}, PersonId{"u-3"}}, true},
        matching::FavoriteSet{PersonId{"u-3"}, PersonId{"u-1"}, false},
        matching::RecommendationsPushed{program::MatchTypeId{"m-1"}, {{PersonId{"u-3"}, {PersonId{"u-1"}, PersonId{"u-5"}}}, {PersonId{"u-6"}, {}}}},
        match_life::MatchEnded{matching::MatchId{"x-1"}, false, "Moved to another team.", *parse_iso_date("2027-05-02")},
        match_life::ExtensionProposed{matching::MatchId{"x-2"}, *parse_iso_date("2028-06-30"), "Six more months?", *parse_iso_date("2027-12-01")},
        match_life::ExtensionAnswered{matching::MatchId{"x-2"}, PersonId{"u-6"}, false, *parse_iso_date("2027-12-03")},
        match_life::ReassignmentAsked{matching::MatchId{"x-2"}, PersonId{"u-5"}, "Our schedules never meet.", *parse_iso_date("2027-03-01")},
        match_life::AdminNoteSent{{}, privacy::PrivateText::sealed("sealed:v1:CCCC"), *parse_iso_date("2027-03-02")},
        match_life::MatchReassigned{matching::MatchId{"x-2"}, *parse_iso_date("2027-03-04")},
        match_life::MatchEnded{matching::MatchId{"x-2"}, false, privacy::PrivateText::sealed("sealed:v1:DDDD"), *parse_iso_date("2027-05-03")},
        requests::RequestSent{requests::RequestId{"r-1"}, program::MatchTypeId{"m-1"}, requests::RequestKind::MentorAsks, PersonId{"u-1"}, PersonId{"u-3"}, {}, "Hello —\nshall we?", matching::MatchId{"x-3"}, *parse_iso_date("2027-02-02")},
        requests::RequestSent{requests::RequestId{"r-2"}, program::MatchTypeId{"m-1"}, requests::RequestKind::RankedList, PersonId{"u-3"}, {}, {{PersonId{"u-1"}, "Knows TikTok"}, {PersonId{"u-5"}, ""}}, "", {}, *parse_iso_date("2027-02-03")},
        requests::RequestWithdrawn{requests::RequestId{"r-1"}, *parse_iso_date("2027-02-04")},
        requests::RequestAnswered{requests::RequestId{"r-3"}, false, requests::DeclineReason::Other, "On leave until June.", {}, *parse_iso_date("2027-02-05")},
        requests::RankedListAssigned{requests::RequestId{"r-2"}, PersonId{"u-5"}, matching::MatchId{"x-4"}, *parse_iso_date("2027-02-06")},
        requests::RequestsReminded{{requests::RequestId{"r-4"}, requests::RequestId{"r-5"}}, *parse_iso_date("2027-02-10")},
        requests::RequestsClosed{{requests::RequestId{"r-6"}}, "Program paused for the summer.", *parse_iso_date("2027-02-11")},
        inbox::InboxRead{PersonId{"u-3"}, Timestamp{1700000000123}},
        trust::AdminDeviceEnrolled{DeviceId{"k-new"}, DeviceId{"k-old"}, "c2lnbmF0dXJl"},
        privacy::FieldReadersChanged{{{"email", privacy::Readers::AdminOnly}, {"skills_offered", privacy::Readers::PartnerAndAdmin}}},
        privacy::PartnerShared{PersonId{"u-3"}, PersonId{"u-1"}, privacy::SealedFields{privacy::Readers::PartnerAndAdmin, {"email", "answer:q-describe"}, {PersonId{"u-1"}}, privacy::PrivateText::sealed("sealed:v1:AAAA"), ""}},
        privacy::RuledOutSealed{PersonId{"u-3"}, privacy::PrivateText::sealed("sealed:v1:CCCC")},
        people::ProfileUpdated{PersonId{"u-3"}, person("Ana Lima", ""), profile, {privacy::SealedFields{privacy::Readers::AdminOnly, {"email", "level"}, {}, privacy::PrivateText::sealed("sealed:v1:BBBB"), "e1-00ff"}}},
    };
    std::set<std::size_t> types;
    for (const auto& body : bodies)
        types.insert(body.index());
    EXPECT_EQ(types.size(), std::variant_size_v<EventBody>);
    std::vector<Envelope> out;
    std::uint64_t seq = 0;
    for (const auto& body : bodies) {
        ++seq;
        out.push_back(Envelope{EventId{DeviceId{"d-a"}, seq}, seq + 10, ADMIN, Timestamp{1700000000000 + static_cast<std::int64_t>(seq)}, EVENT_SCHEMA, body, {}, {}});
    }
    return out;
}

}

TEST(ProgramFile, EveryEventRoundTripsThroughJson)
{
    io::ProgramFile file{PROGRAM, "Reverse mentoring", Timestamp{1700000000999}, one_of_each()};
    std::string bytes = io::encode_program_file(file);
    auto decoded = io::decode_program_file(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(*decoded, file);
    // Encoding is deterministic: the same file gives the same bytes.
    EXPECT_EQ(io::encode_program_file(*decoded), bytes);
}

TEST(ProgramFile, CarriesItsFormatNameAndSchemaVersion)
{
    std::string bytes = io::encode_program_file(io::ProgramFile{PROGRAM, "P", Timestamp{1}, {}});
    EXPECT_NE(bytes.find("\"format\": \"turnabout.program\""), std::string::npos);
    EXPECT_NE(bytes.find("\"schema\": 2"), std::string::npos);
}

TEST(ProgramFile, RefusesAFileWhoseCreationEventNamesAnotherProgram)
{
    io::ProgramFile file{ProgramId{"p-other"}, "P", Timestamp{1}, one_of_each()};
    auto decoded = io::decode_program_file(io::encode_program_file(file));
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message.find("creates program p-test"), std::string::npos);
}
