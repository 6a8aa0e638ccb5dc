#include "io/program_file.h"
#include "support/builders.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// One event of every type, so a new event type cannot be added without a round trip.
std::vector<Envelope> one_of_each()
{
    std::vector<EventBody> bodies = {
        program::ProgramCreated{PROGRAM, "Reverse mentoring — 2027", "Line one\nLine \"two\""},
        program::ProgramDetailsChanged{"Renamed", "Ünïcödé 🙂"},
        people::PersonAdded{PersonId{"u-1"}, person("Zoë Ng", "zoe@example.org", people::Role::Both)},
        people::PersonUpdated{PersonId{"u-1"}, person("Zoë Ng-Li", "zoe@example.org", people::Role::Mentor)},
        people::PersonRemoved{PersonId{"u-1"}},
    };
    EXPECT_EQ(bodies.size(), std::variant_size_v<EventBody>);
    std::vector<Envelope> out;
    std::uint64_t seq = 0;
    for (const auto& body : bodies) {
        ++seq;
        out.push_back(Envelope{EventId{DeviceId{"d-a"}, seq}, seq + 10, ADMIN, Timestamp{1700000000000 + static_cast<std::int64_t>(seq)}, EVENT_SCHEMA, body});
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
    EXPECT_NE(bytes.find("\"schema\": 1"), std::string::npos);
}

TEST(ProgramFile, RefusesAFileWhoseCreationEventNamesAnotherProgram)
{
    io::ProgramFile file{ProgramId{"p-other"}, "P", Timestamp{1}, one_of_each()};
    auto decoded = io::decode_program_file(io::encode_program_file(file));
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message.find("creates program p-test"), std::string::npos);
}
