// Malformed, truncated and hostile program files: each is refused with a message
// that says what is wrong.
#include "io/json_input.h"
#include "io/program_file.h"
#include "support/builders.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

std::string valid_file()
{
    SimulatedDevice a("d-a", ADMIN);
    EXPECT_TRUE(a.act(program::CreateProgram{PROGRAM, "P", ""}, 1700000000000));
    EXPECT_TRUE(a.act(people::AddPerson{PersonId{"u-1"}, person("Ana", "ana@example.org")}, 1700000000001));
    return io::encode_program_file(io::ProgramFile{PROGRAM, "P", Timestamp{1700000000002}, all_events(a.log)});
}

Error refusal(std::string_view bytes)
{
    auto decoded = io::decode_program_file(bytes);
    EXPECT_FALSE(decoded.ok());
    return decoded.ok() ? Error{} : decoded.error();
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

}

TEST(HostileFile, ValidFileDecodes)
{
    EXPECT_TRUE(io::decode_program_file(valid_file()).ok());
}

TEST(HostileFile, EmptyFile)
{
    EXPECT_EQ(refusal("").code, "empty_file");
}

TEST(HostileFile, TruncatedAnywhere)
{
    std::string file = valid_file();
    for (std::size_t cut : {file.size() / 4, file.size() / 2, file.size() - 3}) {
        Error error = refusal(file.substr(0, cut));
        EXPECT_EQ(error.code, "malformed_json") << cut;
        EXPECT_NE(error.message.find("truncated"), std::string::npos);
    }
}

TEST(HostileFile, InvalidUtf8)
{
    Error error = refusal(replaced(valid_file(), "Ana", "An\xff"));
    EXPECT_EQ(error.code, "invalid_utf8");
    EXPECT_NE(error.message.find("UTF-8"), std::string::npos);
}

TEST(HostileFile, DuplicateKeys)
{
    Error error = refusal(replaced(valid_file(), "\"program_name\": \"P\"", "\"program_name\": \"P\", \"program_name\": \"Q\""));
    EXPECT_EQ(error.code, "refused_json");
    EXPECT_NE(error.message.find("duplicate key \"program_name\""), std::string::npos);
}

TEST(HostileFile, NestingDeeperThanTheLimit)
{
    std::string deep = std::string(5000, '[') + std::string(5000, ']');
    Error error = refusal("{\"format\": \"turnabout.program\", \"x\": " + deep + "}");
    EXPECT_EQ(error.code, "refused_json");
    EXPECT_NE(error.message.find("nested deeper than 16 levels"), std::string::npos);
}

TEST(HostileFile, NumbersOutOfRange)
{
    Error huge = refusal(replaced(valid_file(), "\"seq\":2", "\"seq\":18446744073709551615"));
    EXPECT_EQ(huge.code, "invalid_file");
    EXPECT_NE(huge.message.find("event 2.id.seq"), std::string::npos);
    EXPECT_NE(huge.message.find("out of range"), std::string::npos);

    Error negative = refusal(replaced(valid_file(), "\"lamport\":1", "\"lamport\":-1"));
    EXPECT_NE(negative.message.find("event 1.lamport"), std::string::npos);

    Error fraction = refusal(replaced(valid_file(), "\"level\":2", "\"level\":2.5"));
    EXPECT_NE(fraction.message.find("level: expected a whole number"), std::string::npos);

    Error level = refusal(replaced(valid_file(), "\"level\":2", "\"level\":99"));
    EXPECT_NE(level.message.find("level: 99 is out of range"), std::string::npos);
}

TEST(HostileFile, NewerSchemaSaysSo)
{
    Error file_schema = refusal(replaced(valid_file(), "\"schema\": 2", "\"schema\": 7"));
    EXPECT_EQ(file_schema.code, "newer_schema");
    EXPECT_NE(file_schema.message.find("made by a newer Turnabout"), std::string::npos);

    Error event_schema = refusal(replaced(valid_file(), "\"schema\":2", "\"schema\":3"));
    EXPECT_EQ(event_schema.code, "newer_schema");

    Error unknown_type = refusal(replaced(valid_file(), "\"PersonAdded\"", "\"MeetingLogged\""));
    EXPECT_NE(unknown_type.message.find("unknown event type \"MeetingLogged\""), std::string::npos);
}

TEST(HostileFile, NotAProgramFile)
{
    EXPECT_EQ(refusal("[1,2,3]").code, "not_a_program_file");
    EXPECT_EQ(refusal("{\"format\": \"something.else\"}").code, "not_a_program_file");
    EXPECT_EQ(refusal("\"just text\"").code, "not_a_program_file");
}

TEST(HostileFile, WrongTypesAndUnexpectedFields)
{
    Error type = refusal(replaced(valid_file(), "\"name\":\"Ana\"", "\"name\":42"));
    EXPECT_NE(type.message.find("details.name: expected text"), std::string::npos);
    Error extra = refusal(replaced(valid_file(), "\"author\":", "\"admin\":true,\"author\":"));
    EXPECT_NE(extra.message.find("unexpected field \"admin\""), std::string::npos);
    Error missing = refusal(replaced(valid_file(), "\"author\":\"a-admin\",", ""));
    EXPECT_NE(missing.message.find("author: missing"), std::string::npos);
}

TEST(HostileFile, TooLargeIsRefusedBeforeParsing)
{
    std::string big(io::MAX_FILE_BYTES + 1, ' ');
    EXPECT_EQ(refusal(big).code, "file_too_large");
}
