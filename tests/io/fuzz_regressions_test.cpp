// Every file the fuzzer starts from (tests/fuzz/corpus) and every input it ever
// crashed on (tests/fixtures/fuzz, none so far) opened in an empty store: the files
// known to be valid open and reopen from their export; every other file is refused
// with a message that says why, and the store stays empty with nothing written.
#include "app/store.h"
#include "platform/memory/memory_storage.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

using namespace turnabout;

namespace {

// The demo outline lies at assets/demo_program.json: the source tree is two levels up.
std::filesystem::path source_folder(const std::string& relative)
{
    return std::filesystem::path(TURNABOUT_DEMO_FILE).parent_path().parent_path() / relative;
}

std::map<std::string, std::string> files_in(const std::filesystem::path& folder)
{
    std::map<std::string, std::string> files;
    if (!std::filesystem::is_directory(folder))
        return files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        files[entry.path().filename().string()] = bytes.str();
    }
    return files;
}

struct EmptyStore {
    MemoryStorage storage;
    FixedClock clock{Timestamp{1795000000000}};
    SeededRandom random{7};
    Store store{storage, clock, random};

    EmptyStore() { EXPECT_TRUE(store.open(false).ok()); }
};

// The corpus files a store must open; every other file is hostile or damaged.
const std::set<std::string> VALID = {
    "v1_program.json", "v1_compact.json", "minimal.json", "pending_gap.json", "removed_twice.json",
    "second_device.json", "signed_setup.json", "signed_people.json", "signed_pending.json",
};

// Corpus files a store opens and keeps, but whose changes all wait for a past that has
// not arrived (the program's creation among it): nothing can be shared from them yet.
const std::set<std::string> HELD_ONLY = {"held_only.json"};

// Why each damaged corpus file is refused: words its message must hold.
const std::map<std::string, std::string> REFUSED_BECAUSE = {
    {"bad_utf8.json", "UTF-8"},
    {"deep.json", "nested deeper than 16 levels"},
    {"duplicate_key.json", "duplicate key \"schema\""},
    {"empty.json", "empty"},
    {"equivocation.json", "exists with different content"},
    {"lamport_falls.json", "lamport"},
    {"newer_event_schema.json", "newer Turnabout"},
    {"newer_schema.json", "newer Turnabout"},
    {"no_events.json", "no events"},
    {"not_admin.json", "admin"},
    {"not_an_object.json", "not a Turnabout program file"},
    {"number_overflow.json", "number"},
    {"number_out_of_range.json", "lamport"},
    {"other_program_created.json", "creates program p-0000000000000000"},
    {"seq_zero.json", "seq"},
    {"signed_altered.json", "signature"},
    {"signed_missing_signature.json", "not signed"},
    {"signed_other_author.json", "signature"},
    {"signed_swapped_signature.json", "signature"},
    {"truncated.json", "not complete"},
    {"unknown_field.json", "unexpected field \"colour\""},
    {"unknown_type.json", "unknown event type \"PersonTeleported\""},
};

void expect_refused_cleanly(const std::string& name, const std::string& bytes, const std::string& because)
{
    EmptyStore target;
    const auto files_before = target.storage.files();
    auto report = target.store.import_program_file(bytes);
    ASSERT_FALSE(report.ok()) << name << " was opened";
    EXPECT_NE(report.error().message.find(because), std::string::npos) << name << ": " << report.error().message;
    EXPECT_TRUE(target.store.program_ids().empty()) << name;
    EXPECT_EQ(target.storage.files(), files_before) << name;
}

}

TEST(FuzzRegressions, EveryFileOpensOrIsRefusedWithItsReason)
{
#ifdef __EMSCRIPTEN__
    GTEST_SKIP() << "the files are read from the source tree, which only the native build sees";
#endif
    auto files = files_in(source_folder("tests/fuzz/corpus"));
    for (const auto& name : VALID)
        EXPECT_TRUE(files.contains(name)) << name << " is missing from the corpus";
    for (const auto& name : HELD_ONLY)
        EXPECT_TRUE(files.contains(name)) << name << " is missing from the corpus";
    for (const auto& [name, because] : REFUSED_BECAUSE)
        EXPECT_TRUE(files.contains(name)) << name << " is missing from the corpus";
    // Inputs that once crashed are never valid files: each must be refused.
    for (auto& [name, bytes] : files_in(source_folder("tests/fixtures/fuzz")))
        files["fixtures/fuzz/" + name] = std::move(bytes);

    for (const auto& [name, bytes] : files) {
        if (HELD_ONLY.contains(name)) {
            EmptyStore target;
            auto report = target.store.import_program_file(bytes);
            ASSERT_TRUE(report.ok()) << name << ": " << report.error().message;
            EXPECT_EQ(report->added, 0u) << name;
            EXPECT_GT(report->pending, 0u) << name;
            auto exported = target.store.export_program_file(report->program);
            ASSERT_FALSE(exported.ok()) << name << " shared changes it could not yet judge";
            EXPECT_NE(exported.error().message.find("wait for the program's own file"), std::string::npos) << name;
            continue;
        }
        if (!VALID.contains(name)) {
            auto reason = REFUSED_BECAUSE.find(name);
            expect_refused_cleanly(name, bytes, reason == REFUSED_BECAUSE.end() ? std::string() : reason->second);
            continue;
        }
        EmptyStore first;
        auto report = first.store.import_program_file(bytes);
        ASSERT_TRUE(report.ok()) << name << ": " << report.error().message;
        auto exported = first.store.export_program_file(report->program);
        ASSERT_TRUE(exported.ok()) << name;
        EmptyStore second;
        ASSERT_TRUE(second.store.import_program_file(*exported).ok()) << name;
        EXPECT_EQ(*second.store.recorded(report->program), *first.store.recorded(report->program)) << name;
    }
}
