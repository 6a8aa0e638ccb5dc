// Saving loses nothing: a write Storage refuses leaves every event in this browser,
// written oldest first by the next save, so a reload finds the whole log and this
// browser never numbers a change with a seq it used before; no file is handed out
// while changes are unwritten; a snapshot stands in for replay only when the events
// loaded beside it are the very ones it was made from.
#include "app/store.h"
#include "io/replay_digest.h"
#include "io/snapshot_codec.h"
#include "platform/memory/memory_storage.h"
#include "support/builders.h"
#include "support/store_devices.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// `count` people added in one command batch: one write of many events.
Result<Recorded> add_people(Store& store, const ProgramId& program, std::size_t count, const std::string& tag)
{
    std::vector<Command> commands;
    for (std::size_t i = 0; i < count; ++i)
        commands.push_back(people::AddPerson{store.new_person_id(), person(tag + " " + std::to_string(i), tag + std::to_string(i) + "@example.org")});
    return store.execute_all(program, commands);
}

// A program whose log holds exactly `events` events.
ProgramId program_of(Store& store, std::size_t events)
{
    auto program = store.create_program("Pilot", "About the pilot");
    EXPECT_TRUE(program.ok());
    const std::size_t created = store.log(*program)->size();
    EXPECT_TRUE(add_people(store, *program, events - created, "Early").ok());
    EXPECT_EQ(store.log(*program)->size(), events);
    return *program;
}

bool fails_to_write_segments(const std::string& path) { return path.find("/seg-") != std::string::npos; }

std::string segments_of(const MemoryStorage& storage, const ProgramId& program)
{
    std::string out;
    for (const auto& [path, bytes] : storage.files()) {
        if (path.starts_with("programs/" + program.value + "/seg-"))
            out += path.substr(path.rfind('/') + 1) + " ";
    }
    return out;
}

}

TEST(Saving, AWriteThatFailsAsASegmentFillsLosesNoEventAndReusesNoSeq)
{
    StoreDevice device(31);
    ProgramId program = program_of(device.store, 509);
    const DeviceId self = device.store.identity().device;
    device.storage.fail_writes_where(fails_to_write_segments);
    // One change at a time fills the segment to 512, then a batch crosses into the next:
    // every write fails, and every change is accepted all the same.
    for (int i = 0; i < 4; ++i) {
        auto added = device.store.add_person(program, person("Failing " + std::to_string(i), "failing" + std::to_string(i) + "@example.org"));
        ASSERT_TRUE(added.ok());
    }
    auto batch = add_people(device.store, program, 20, "Batch");
    ASSERT_TRUE(batch.ok());
    EXPECT_FALSE(batch->saved);
    EXPECT_TRUE(device.store.has_unwritten(program));
    EXPECT_EQ(device.store.log(program)->size(), 533u);

    device.storage.fail_writes_where({});
    ASSERT_TRUE(device.store.retry_save().ok());
    EXPECT_FALSE(device.store.has_unwritten(program));
    EXPECT_TRUE(device.store.storage_error().empty());

    // The next page load finds every event, the very same log.
    Store again(device.storage, device.clock, device.random);
    ASSERT_TRUE(again.open(false).ok());
    ASSERT_NE(again.log(program), nullptr);
    EXPECT_EQ(again.log(program)->size(), 533u);
    EXPECT_EQ(*again.export_program_file(program), *device.store.export_program_file(program));
    EXPECT_EQ(*again.recorded(program), *device.store.recorded(program));
    // Its next change takes the next seq, not one a change of before already holds.
    const std::uint64_t last = device.store.log(program)->last_seq(self);
    ASSERT_TRUE(again.add_person(program, person("After reload", "after@example.org")).ok());
    EXPECT_EQ(again.log(program)->last_seq(self), last + 1);
    // Whoever got the earlier file sees one history from this browser, not two.
    auto report = again.import_program_file(*device.store.export_program_file(program));
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_TRUE(report->exclusions.empty());
    EXPECT_EQ(report->added, 0u);
}

TEST(Saving, RepeatedFailuresWriteTheOldestSegmentFirstAndTheNextChangeWritesTheRest)
{
    StoreDevice device(32);
    ProgramId program = program_of(device.store, 500);
    device.storage.fail_writes_where(fails_to_write_segments);
    // 600 more events: the first segment fills, a second fills, a third begins.
    auto batch = add_people(device.store, program, 600, "Batch");
    ASSERT_TRUE(batch.ok());
    EXPECT_FALSE(batch->saved);
    EXPECT_EQ(segments_of(device.storage, program), "seg-000001.json ");

    // While the oldest unwritten segment fails, no later one is written past it:
    // what Storage holds stays a prefix of the log, never a log with a hole.
    device.storage.fail_writes_where([](const std::string& path) { return path.ends_with("seg-000001.json"); });
    EXPECT_FALSE(device.store.retry_save().ok());
    EXPECT_EQ(segments_of(device.storage, program), "seg-000001.json ");
    device.storage.fail_writes_where([](const std::string& path) { return path.ends_with("seg-000002.json"); });
    EXPECT_FALSE(device.store.retry_save().ok());
    EXPECT_EQ(segments_of(device.storage, program), "seg-000001.json ");
    auto one_more = device.store.add_person(program, person("Still failing", "still@example.org"));
    ASSERT_TRUE(one_more.ok());
    EXPECT_TRUE(device.store.has_unwritten(program));

    // The next change, once Storage works, writes everything that waited.
    device.storage.fail_writes_where({});
    auto saved = device.store.execute(program, people::UpdatePerson{*one_more, person("Saved at last", "still@example.org")});
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(saved->saved);
    EXPECT_FALSE(device.store.has_unwritten(program));
    EXPECT_EQ(segments_of(device.storage, program), "seg-000001.json seg-000002.json seg-000003.json ");

    Store again(device.storage, device.clock, device.random);
    ASSERT_TRUE(again.open(false).ok());
    EXPECT_TRUE(again.load_problems().empty());
    EXPECT_EQ(again.log(program)->size(), 1102u);
    EXPECT_EQ(*again.export_program_file(program), *device.store.export_program_file(program));
    EXPECT_EQ(again.program(program)->people.at(*one_more).details.name, "Saved at last");
}

TEST(Saving, NoFileIsHandedOutWhileChangesAreUnwritten)
{
    StoreDevice device(33);
    ProgramId program = program_of(device.store, 3);
    device.storage.fail_writes(true);
    ASSERT_TRUE(device.store.add_person(program, person("Unsaved", "unsaved@example.org")).ok());
    // Every file that would carry the unsaved change is refused, with the reason.
    auto shared = device.store.share_program_file(program);
    ASSERT_FALSE(shared.ok());
    EXPECT_EQ(shared.error().code, "not_saved");
    EXPECT_NE(shared.error().message.find("not saved 1 change"), std::string::npos) << shared.error().message;
    EXPECT_NE(shared.error().message.find("quota"), std::string::npos) << shared.error().message;
    auto changes = device.store.changes_file(program);
    ASSERT_FALSE(changes.ok());
    EXPECT_EQ(changes.error().code, "not_saved");
    auto exported = device.store.export_program_file(program);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, "not_saved");
    // Nothing was recorded as sent either.
    EXPECT_FALSE(device.store.sync_status(program).last_export.has_value());

    // Once written, the same files are made, with the change in them.
    device.storage.fail_writes(false);
    ASSERT_TRUE(device.store.retry_save().ok());
    auto later = device.store.share_program_file(program);
    ASSERT_TRUE(later.ok()) << later.error().message;
    EXPECT_NE(later->find("Unsaved"), std::string::npos);
    EXPECT_TRUE(device.store.changes_file(program).ok());
}

TEST(Saving, AnImportStorageRefusesIsKeptAndWrittenByTheNextSave)
{
    StoreDevice admin(34);
    ProgramId program = program_of(admin.store, 520);
    StoreDevice other(35);
    other.storage.fail_writes(true);
    auto opened = other.store.import_program_file(*admin.store.export_program_file(program));
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_TRUE(other.store.has_unwritten(program));
    EXPECT_EQ(other.store.share_program_file(program).error().code, "not_saved");
    other.storage.fail_writes(false);
    ASSERT_TRUE(other.store.retry_save().ok());
    Store again(other.storage, other.clock, other.random);
    ASSERT_TRUE(again.open(false).ok());
    EXPECT_EQ(*again.export_program_file(program), *admin.store.export_program_file(program));
}

TEST(Saving, ASnapshotIsUsedOnlyWhenItsDigestMatchesTheEventsItCovers)
{
    StoreDevice device(36);
    ProgramId program = program_of(device.store, 520);
    const std::string folder = "programs/" + program.value;
    const std::string snapshot_path = folder + "/snapshot.json";
    auto reopened_name = [&] {
        Store again(device.storage, device.clock, device.random);
        EXPECT_TRUE(again.open(false).ok());
        // A snapshot set aside is no problem of the program's: nothing is lost.
        EXPECT_TRUE(again.load_problems().empty());
        return again.program(program)->program->name;
    };
    auto snapshot = io::decode_snapshot(*device.storage.read(snapshot_path).value());
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().message;
    EXPECT_EQ(snapshot->covered_digest.size(), 64u);

    // A state only the snapshot holds shows that it is used while the events match.
    io::Snapshot marked = *snapshot;
    marked.state.program->name = "From the snapshot";
    ASSERT_TRUE(device.storage.write_atomic(snapshot_path, io::encode_snapshot(marked)).ok());
    EXPECT_EQ(reopened_name(), "From the snapshot");

    // The same count of events up to the same last one, but not the events it was
    // made from (the program's creation reads otherwise): replayed instead.
    const std::string first_segment = folder + "/seg-000001.json";
    const std::string original = *device.storage.read(first_segment).value();
    std::string altered = original;
    const std::string name_field = "\"name\":\"Pilot\"";
    ASSERT_NE(altered.find(name_field), std::string::npos);
    altered.replace(altered.find(name_field), name_field.size(), "\"name\":\"Pilot 2\"");
    ASSERT_TRUE(device.storage.write_atomic(first_segment, altered).ok());
    EXPECT_EQ(reopened_name(), "Pilot 2");
    ASSERT_TRUE(device.storage.write_atomic(first_segment, original).ok());

    // A digest of other events, with the count right: replayed.
    marked.covered_digest = io::ReplayDigest().finish();
    ASSERT_TRUE(device.storage.write_atomic(snapshot_path, io::encode_snapshot(marked)).ok());
    EXPECT_EQ(reopened_name(), "Pilot");

    // A snapshot of an older schema (before digests, sealed fields, sealed match notes
    // or notes to the admin): replayed.
    marked.covered_digest = snapshot->covered_digest;
    std::string older = io::encode_snapshot(marked);
    // The schema before this one, whatever this one is.
    const std::string schema_key = "\"schema\":";
    const std::size_t at = older.find(schema_key);
    ASSERT_NE(at, std::string::npos);
    const std::size_t digits = at + schema_key.size();
    const std::size_t length = older.find_first_not_of("0123456789", digits) - digits;
    const int schema = std::stoi(older.substr(digits, length));
    ASSERT_GT(schema, 1);
    older.replace(digits, length, std::to_string(schema - 1));
    ASSERT_TRUE(device.storage.write_atomic(snapshot_path, older).ok());
    EXPECT_EQ(reopened_name(), "Pilot");
}
