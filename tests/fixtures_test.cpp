// Old export files keep importing: the committed fixtures of each file schema open in
// a store and replay to the program they were made from.
#include "app/store.h"
#include "io/program_file.h"
#include "io/signing.h"
#include "platform/memory/memory_storage.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace turnabout;

namespace {

std::string fixture(const std::string& name)
{
    std::ifstream in(std::string(TURNABOUT_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
    EXPECT_TRUE(in.good()) << "cannot read " << name;
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}

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
    // Made before events were signed: opened as an unsigned program.
    EXPECT_TRUE(report->unsigned_file);
    EXPECT_TRUE(report->admin_fingerprint.empty());
    EXPECT_FALSE(store.is_signed(ProgramId{"p-7e3a0c5b9d2f4e61"}));
    const ProgramState* state = store.program(ProgramId{"p-7e3a0c5b9d2f4e61"});
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->program->name, "Finance & IT pilot");
    EXPECT_EQ(state->people.size(), 3u);
    EXPECT_EQ(state->people.at(PersonId{"u-3c4d5e6f708192a3"}).details.job_title, "Senior Security Analyst");
    EXPECT_EQ(state->people.at(PersonId{"u-3c4d5e6f708192a3"}).details.role, people::Role::Both);
}

TEST(Fixtures, SchemaTwoSignedProgramFileStillImportsAndVerifies)
{
    const std::string bytes = fixture("v2_program.json");
    const ProgramId program{"p-e15b50b08096b489"};
    auto file = io::decode_program_file(bytes);
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->schema, 2u);
    // Every event is signed, by one of two browsers: the admin's and Ana's.
    EXPECT_TRUE(io::verify_events(program, file->events).ok());
    std::set<DeviceId> devices;
    for (const Envelope& envelope : file->events) {
        EXPECT_FALSE(envelope.signature.empty());
        devices.insert(envelope.id.device);
    }
    EXPECT_EQ(devices.size(), 2u);

    MemoryStorage storage;
    FixedClock clock{Timestamp{1800000000000}};
    SeededRandom random(2);
    Store store(storage, clock, random);
    ASSERT_TRUE(store.open(false).ok());
    auto report = store.import_program_file(bytes);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->added, 27u);
    EXPECT_EQ(report->pending, 0u);
    EXPECT_EQ(report->skipped, 0u);
    EXPECT_FALSE(report->unsigned_file);
    EXPECT_EQ(report->admin_fingerprint, "TEYV CSZ5 JDA8 W01D");
    EXPECT_TRUE(store.is_signed(program));

    const ProgramState& state = *store.program(program);
    EXPECT_EQ(state.program->name, "Finance mentoring 2027");
    EXPECT_TRUE(state.skipped.empty());
    const PersonId mo{"u-39ac678c7345ff51"}, ben{"u-eddceaa4b7f19742"}, ana{"u-77619fada3f3baf0"};
    ASSERT_EQ(state.people.size(), 3u);
    EXPECT_EQ(state.people.at(mo).details.name, "Mo Okafor");
    EXPECT_EQ(state.people.at(mo).details.role, people::Role::Mentor);
    EXPECT_EQ(state.people.at(ben).details.name, "Ben Levi");
    // Ana registered on her own browser and the admin approved her.
    EXPECT_EQ(state.people.at(ana).details.name, "Ana Silva");
    EXPECT_EQ(state.people.at(ana).membership, people::Membership::Active);
    ASSERT_TRUE(state.trust.registered_on.contains(ana));
    EXPECT_NE(state.trust.registered_on.at(ana), state.trust.admin_device);

    // Ana asked Mo, and Mo accepted (on the admin's browser): one match.
    ASSERT_EQ(state.requests.requests.size(), 1u);
    const requests::Request& request = state.requests.requests.at(requests::RequestId{"r-7c1e9a40d2b35f86"});
    EXPECT_EQ(request.from, ana);
    EXPECT_EQ(request.to, mo);
    EXPECT_EQ(request.status, requests::RequestStatus::Accepted);
    ASSERT_EQ(state.matching.matches.size(), 1u);
    const matching::Match& match = state.matching.matches.at(matching::MatchId{"x-4b8d2f6a1c9e0357"});
    EXPECT_EQ(match.mentor, mo);
    EXPECT_EQ(match.mentee, ana);
}
