// A program whose stored files cannot be read: listed with its reason and left as it
// is, and restored by opening a good file of it, with the damaged files kept aside.
#include "app/store.h"
#include "platform/memory/memory_storage.h"
#include "support/builders.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

const std::string DAMAGED_BYTES = "{\"format\":\"turnabout.program\",\"schema\":2,\"prog";

struct Browser {
    explicit Browser(std::uint64_t seed)
        : random(seed)
        , store(storage, clock, random)
    {
        EXPECT_TRUE(store.open(false).ok());
    }

    // What the next page load over the same storage sees.
    void reload() { ASSERT_TRUE(store.open(false).ok()); }

    MemoryStorage storage;
    FixedClock clock{Timestamp{1800000000000}};
    SeededRandom random;
    Store store;
};

ProgramId pilot_with_people(Store& store, const std::string& name)
{
    auto program = store.create_program(name, "About " + name);
    EXPECT_TRUE(program.ok());
    EXPECT_TRUE(store.add_person(*program, person("Ana Lima", "ana@example.org")).ok());
    EXPECT_TRUE(store.add_person(*program, person("Bruno Costa", "bruno@example.org")).ok());
    return *program;
}

std::string folder(const ProgramId& id) { return "programs/" + id.value; }

std::string read(MemoryStorage& storage, const std::string& path)
{
    auto bytes = storage.read(path);
    return bytes && *bytes ? **bytes : std::string();
}

bool has_file(MemoryStorage& storage, const std::string& path)
{
    auto bytes = storage.read(path);
    return bytes && bytes->has_value();
}

}

TEST(StoreDamaged, AProgramThatCannotBeReadIsListedWithItsIdAndReasonAndItsFilesStayAsTheyAre)
{
    Browser browser(31);
    ProgramId good = pilot_with_people(browser.store, "Good Pilot");
    ProgramId broken = pilot_with_people(browser.store, "Broken Pilot");
    const std::string segment = folder(broken) + "/seg-000001.json";
    ASSERT_TRUE(browser.storage.write_atomic(segment, DAMAGED_BYTES).ok());

    browser.reload();
    EXPECT_NE(browser.store.program(good), nullptr);
    EXPECT_EQ(browser.store.program(broken), nullptr);
    const auto ids = browser.store.program_ids();
    EXPECT_EQ(std::count(ids.begin(), ids.end(), broken), 0);
    ASSERT_EQ(browser.store.unreadable_programs().size(), 1u);
    const LoadProblem& problem = browser.store.unreadable_programs()[0];
    EXPECT_EQ(problem.program, broken);
    // No part of it still reads: its id is all there is to name it by.
    EXPECT_EQ(problem.name, "");
    EXPECT_NE(problem.reason.find("Its saved file seg-000001.json is damaged and cannot be read"), std::string::npos) << problem.reason;
    ASSERT_EQ(browser.store.load_problems().size(), 1u);
    EXPECT_NE(browser.store.load_problems()[0].find("is damaged"), std::string::npos);
    EXPECT_EQ(read(browser.storage, segment), DAMAGED_BYTES);

    // Reading it again changes nothing either.
    const auto files = browser.storage.files();
    browser.reload();
    EXPECT_EQ(browser.storage.files(), files);
}

TEST(StoreDamaged, ANameFromAReadablePartOfTheProgramIsShown)
{
    // A later segment damaged: the first still names the program.
    Browser browser(32);
    ProgramId broken = pilot_with_people(browser.store, "Harbour Pilot");
    ASSERT_TRUE(browser.storage.write_atomic(folder(broken) + "/seg-000002.json", "not json").ok());
    browser.reload();
    ASSERT_EQ(browser.store.unreadable_programs().size(), 1u);
    EXPECT_EQ(browser.store.unreadable_programs()[0].name, "Harbour Pilot");
    EXPECT_NE(browser.store.unreadable_programs()[0].reason.find("seg-000002.json"), std::string::npos);
}

TEST(StoreDamaged, TheSnapshotNamesAProgramWhoseEverySegmentIsDamaged)
{
    Browser admin(34);
    ProgramId program = pilot_with_people(admin.store, "Riverside Pilot");
    auto file = admin.store.export_program_file(program);
    ASSERT_TRUE(file.ok());

    Browser browser(35);
    ASSERT_TRUE(browser.store.import_program_file(*file).ok());
    ASSERT_TRUE(has_file(browser.storage, folder(program) + "/snapshot.json"));
    ASSERT_TRUE(browser.storage.write_atomic(folder(program) + "/seg-000001.json", DAMAGED_BYTES).ok());
    browser.reload();
    ASSERT_EQ(browser.store.unreadable_programs().size(), 1u);
    EXPECT_EQ(browser.store.unreadable_programs()[0].name, "Riverside Pilot");
}

TEST(StoreDamaged, OpeningAGoodFileOfTheProgramRestoresItAndKeepsTheDamagedFilesAside)
{
    Browser browser(36);
    ProgramId program = pilot_with_people(browser.store, "Harbour Pilot");
    auto good_file = browser.store.export_program_file(program);
    ASSERT_TRUE(good_file.ok());
    const std::string segment = folder(program) + "/seg-000001.json";
    ASSERT_TRUE(browser.storage.write_atomic(segment, DAMAGED_BYTES).ok());
    browser.reload();
    ASSERT_EQ(browser.store.unreadable_programs().size(), 1u);

    auto report = browser.store.import_program_file(*good_file);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_TRUE(browser.store.unreadable_programs().empty());
    ASSERT_NE(browser.store.program(program), nullptr);
    EXPECT_EQ(browser.store.program(program)->people.size(), 2u);
    ASSERT_EQ(browser.store.restored_programs().size(), 1u);
    EXPECT_EQ(browser.store.restored_programs()[0].program, program);
    EXPECT_EQ(browser.store.restored_programs()[0].kept, std::vector<std::string>{"damaged-seg-000001.json"});
    // Kept aside, byte for byte, where the loader does not read it.
    EXPECT_EQ(read(browser.storage, folder(program) + "/damaged-seg-000001.json"), DAMAGED_BYTES);
    EXPECT_NE(read(browser.storage, segment), DAMAGED_BYTES);

    // The next page load reads it, and it takes changes again.
    browser.reload();
    EXPECT_TRUE(browser.store.unreadable_programs().empty());
    ASSERT_NE(browser.store.program(program), nullptr);
    EXPECT_EQ(browser.store.program(program)->program->name, "Harbour Pilot");
    EXPECT_EQ(browser.store.program(program)->people.size(), 2u);
    EXPECT_TRUE(browser.store.add_person(program, person("Chloe Martin", "chloe@example.org")).ok());
    browser.reload();
    EXPECT_EQ(browser.store.program(program)->people.size(), 3u);
    EXPECT_EQ(read(browser.storage, folder(program) + "/damaged-seg-000001.json"), DAMAGED_BYTES);
}

TEST(StoreDamaged, ASegmentTheRestoredProgramDoesNotWriteIsKeptAsideAndNoLongerRead)
{
    Browser browser(37);
    ProgramId program = pilot_with_people(browser.store, "Harbour Pilot");
    auto good_file = browser.store.export_program_file(program);
    ASSERT_TRUE(good_file.ok());
    const std::string first = read(browser.storage, folder(program) + "/seg-000001.json");
    ASSERT_TRUE(browser.storage.write_atomic(folder(program) + "/seg-000002.json", "not json").ok());
    browser.reload();
    ASSERT_EQ(browser.store.unreadable_programs().size(), 1u);

    ASSERT_TRUE(browser.store.import_program_file(*good_file).ok());
    EXPECT_FALSE(has_file(browser.storage, folder(program) + "/seg-000002.json"));
    EXPECT_EQ(read(browser.storage, folder(program) + "/damaged-seg-000002.json"), "not json");
    EXPECT_EQ(read(browser.storage, folder(program) + "/damaged-seg-000001.json"), first);
    browser.reload();
    EXPECT_TRUE(browser.store.unreadable_programs().empty());
    ASSERT_NE(browser.store.program(program), nullptr);
    EXPECT_EQ(browser.store.program(program)->people.size(), 2u);
}

TEST(StoreDamaged, ASecondRestoreKeepsWhatTheFirstSetAside)
{
    Browser browser(38);
    ProgramId program = pilot_with_people(browser.store, "Harbour Pilot");
    auto good_file = browser.store.export_program_file(program);
    ASSERT_TRUE(good_file.ok());
    const std::string segment = folder(program) + "/seg-000001.json";
    for (const std::string damage : {"first damage", "second damage"}) {
        ASSERT_TRUE(browser.storage.write_atomic(segment, damage).ok());
        browser.reload();
        ASSERT_EQ(browser.store.unreadable_programs().size(), 1u);
        ASSERT_TRUE(browser.store.import_program_file(*good_file).ok());
    }
    EXPECT_EQ(read(browser.storage, folder(program) + "/damaged-seg-000001.json"), "first damage");
    EXPECT_EQ(read(browser.storage, folder(program) + "/damaged-2-seg-000001.json"), "second damage");
    browser.reload();
    EXPECT_TRUE(browser.store.unreadable_programs().empty());
    EXPECT_NE(browser.store.program(program), nullptr);
}

TEST(StoreDamaged, AFileThatIsRefusedOrOfAnotherProgramLeavesTheDamagedProgramAsItIs)
{
    Browser browser(39);
    ProgramId program = pilot_with_people(browser.store, "Harbour Pilot");
    auto good_file = browser.store.export_program_file(program);
    ASSERT_TRUE(good_file.ok());
    ProgramId other = pilot_with_people(browser.store, "Other Pilot");
    auto other_file = browser.store.export_program_file(other);
    ASSERT_TRUE(other_file.ok());
    const std::string segment = folder(program) + "/seg-000001.json";
    ASSERT_TRUE(browser.storage.write_atomic(segment, DAMAGED_BYTES).ok());
    browser.reload();
    ASSERT_EQ(browser.store.unreadable_programs().size(), 1u);

    // An altered copy of the good file: its signatures no longer hold.
    std::string altered = *good_file;
    const auto at = altered.find("Ana Lima");
    ASSERT_NE(at, std::string::npos);
    altered.replace(at, 8, "Ana Lama");
    EXPECT_FALSE(browser.store.import_program_file(altered).ok());
    ASSERT_TRUE(browser.store.import_program_file(*other_file).ok());

    EXPECT_EQ(browser.store.unreadable_programs().size(), 1u);
    EXPECT_TRUE(browser.store.restored_programs().empty());
    EXPECT_EQ(read(browser.storage, segment), DAMAGED_BYTES);
    EXPECT_FALSE(has_file(browser.storage, folder(program) + "/damaged-seg-000001.json"));
}
