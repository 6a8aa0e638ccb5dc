// Old export files keep importing: the committed schema-1 fixture opens in a store
// and replays to the program it was made from.
#include "app/store.h"
#include "platform/memory/memory_storage.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace turnabout;

TEST(Fixtures, SchemaOneProgramFileStillImports)
{
    std::ifstream in(std::string(TURNABOUT_SOURCE_DIR) + "/tests/fixtures/v1_program.json", std::ios::binary);
    ASSERT_TRUE(in.good());
    std::stringstream bytes;
    bytes << in.rdbuf();

    MemoryStorage storage;
    FixedClock clock{Timestamp{1800000000000}};
    SeededRandom random(1);
    Store store(storage, clock, random);
    ASSERT_TRUE(store.open(false).ok());
    auto report = store.import_program_file(bytes.str());
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->added, 8u);
    EXPECT_EQ(report->skipped, 0u);
    const ProgramState* state = store.program(ProgramId{"p-7e3a0c5b9d2f4e61"});
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->program->name, "Finance & IT pilot");
    EXPECT_EQ(state->people.size(), 3u);
    EXPECT_EQ(state->people.at(PersonId{"u-3c4d5e6f708192a3"}).details.job_title, "Senior Security Analyst");
    EXPECT_EQ(state->people.at(PersonId{"u-3c4d5e6f708192a3"}).details.role, people::Role::Both);
}
