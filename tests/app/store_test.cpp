#include "app/demo.h"
#include "core/domain/matching/bulk_match.h"
#include "core/domain/matching/eligibility.h"
#include "core/domain/program/program_rules.h"
#include "app/store.h"
#include "io/program_file.h"
#include "io/small_files.h"
#include "platform/memory/memory_storage.h"
#include "support/builders.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

struct Device {
    explicit Device(std::uint64_t seed)
        : random(seed)
        , store(storage, clock, random)
    {
        EXPECT_TRUE(store.open(false).ok());
    }

    MemoryStorage storage;
    FixedClock clock{Timestamp{1800000000000}};
    SeededRandom random;
    Store store;
};

ProgramId program_with_people(Store& store, int count)
{
    auto program = store.create_program("Pilot", "About the pilot");
    EXPECT_TRUE(program.ok());
    for (int i = 0; i < count; ++i)
        EXPECT_TRUE(store.add_person(*program, person("Person " + std::to_string(i), "p" + std::to_string(i) + "@example.org")).ok());
    return *program;
}

// A second store over the same storage: what the next page load sees.
ProgramState reopened(MemoryStorage& storage, const ProgramId& program)
{
    FixedClock clock{Timestamp{1}};
    SeededRandom random(99);
    Store store(storage, clock, random);
    EXPECT_TRUE(store.open(false).ok());
    EXPECT_TRUE(store.load_problems().empty());
    const ProgramState* state = store.recorded(program);
    EXPECT_NE(state, nullptr);
    return state ? *state : ProgramState{};
}

}

TEST(Store, KeepsItsDeviceIdentityAcrossReopening)
{
    Device device(1);
    Identity first = device.store.identity();
    Store again(device.storage, device.clock, device.random);
    ASSERT_TRUE(again.open(false).ok());
    EXPECT_EQ(again.identity().device, first.device);
    EXPECT_EQ(again.identity().actor, first.actor);
}

TEST(Store, EverythingWrittenIsThereAfterReopening)
{
    Device device(2);
    ProgramId program = program_with_people(device.store, 3);
    PersonId first = device.store.program(program)->people.begin()->first;
    ASSERT_TRUE(device.store.execute(program, people::RemovePerson{first}).ok());
    EXPECT_EQ(reopened(device.storage, program), *device.store.recorded(program));
    EXPECT_EQ(reopened(device.storage, program).people.size(), 2u);
}

TEST(Store, LogsRollOverIntoBoundedSegmentsAndASnapshot)
{
    Device device(3);
    ProgramId program = program_with_people(device.store, 600);
    auto segments = device.storage.list("programs/" + program.value);
    ASSERT_TRUE(segments.ok());
    EXPECT_EQ(*segments, (std::vector<std::string>{"seg-000001.json", "seg-000002.json", "snapshot.json"}));
    EXPECT_EQ(reopened(device.storage, program).people.size(), 600u);
}

TEST(Store, AStaleSnapshotIsIgnoredAndTheLogReplayed)
{
    Device device(4);
    ProgramId program = program_with_people(device.store, 520);
    std::string folder = "programs/" + program.value;
    std::string stale = *device.storage.read(folder + "/snapshot.json").value();
    ASSERT_TRUE(device.store.add_person(program, person("Late", "late@example.org")).ok());
    // An import rewrites the snapshot; put the older one back as if that write was lost.
    ASSERT_TRUE(device.storage.write_atomic(folder + "/snapshot.json", stale).ok());
    EXPECT_EQ(reopened(device.storage, program).people.size(), 521u);
}

TEST(Store, RefusedCommandsWriteNothing)
{
    Device device(5);
    ProgramId program = program_with_people(device.store, 1);
    std::size_t writes = device.storage.writes();
    auto revision = device.store.revision();
    auto refused = device.store.add_person(program, person("Copy", "p0@example.org"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "email_taken");
    EXPECT_EQ(device.storage.writes(), writes);
    EXPECT_EQ(device.store.revision(), revision);
}

TEST(Store, ExportThenImportOnAnotherDeviceGivesTheSameProgram)
{
    Device admin(6);
    ProgramId program = program_with_people(admin.store, 4);
    auto file = admin.store.export_program_file(program);
    ASSERT_TRUE(file.ok());

    Device other(7);
    auto report = other.store.import_program_file(*file);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_TRUE(report->new_program);
    EXPECT_EQ(report->added, 5u);
    EXPECT_EQ(report->program_name, "Pilot");
    EXPECT_EQ(*other.store.recorded(program), *admin.store.recorded(program));
    EXPECT_EQ(reopened(other.storage, program), *admin.store.recorded(program));

    auto again = other.store.import_program_file(*file);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0u);
    EXPECT_EQ(again->already_present, 5u);
}

TEST(Store, TheImportingDeviceIsNotTheProgramsAdmin)
{
    Device admin(8);
    ProgramId program = program_with_people(admin.store, 1);
    Device other(9);
    ASSERT_TRUE(other.store.import_program_file(*admin.store.export_program_file(program)).ok());
    auto refused = other.store.add_person(program, person("Sneaky", "sneaky@example.org"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "not_admin");
}

TEST(Store, ABadFileChangesNothing)
{
    Device device(10);
    ProgramId program = program_with_people(device.store, 2);
    std::string good = *device.store.export_program_file(program);
    auto files_before = device.storage.files();
    ProgramState state_before = *device.store.recorded(program);
    auto revision = device.store.revision();

    std::string tampered = good;
    tampered.replace(tampered.find("Person 0"), 8, "Person X");
    for (const std::string& bad : {good.substr(0, good.size() / 2), std::string("{\"format\":\"turnabout.program\",\"schema\":1,\"schema\":1}"), tampered}) {
        auto report = device.store.import_program_file(bad);
        EXPECT_FALSE(report.ok());
    }
    // The altered event no longer matches its signature.
    EXPECT_EQ(device.store.import_program_file(tampered).error().code, "bad_signature");
    EXPECT_EQ(device.storage.files(), files_before);
    EXPECT_EQ(*device.store.recorded(program), state_before);
    EXPECT_EQ(device.store.revision(), revision);
    EXPECT_EQ(device.store.program_ids().size(), 1u);
}

TEST(Store, ReadOnlyStoreRefusesEveryChangeAndWritesNothing)
{
    Device writer(11);
    ProgramId program = program_with_people(writer.store, 1);
    std::string file = *writer.store.export_program_file(program);
    auto files_before = writer.storage.files();

    FixedClock clock{Timestamp{1}};
    SeededRandom random(12);
    Store reader(writer.storage, clock, random);
    ASSERT_TRUE(reader.open(true).ok());
    EXPECT_EQ(reader.program(program)->people.size(), 1u);
    EXPECT_EQ(reader.create_program("New", "").error().code, "read_only");
    EXPECT_EQ(reader.add_person(program, person("Ana", "ana@example.org")).error().code, "read_only");
    EXPECT_EQ(reader.import_program_file(file).error().code, "read_only");
    EXPECT_EQ(writer.storage.files(), files_before);
}

TEST(Store, AProgramWhoseStoredDataIsDamagedIsReportedAndLeftUntouched)
{
    Device device(13);
    ProgramId good = program_with_people(device.store, 1);
    ProgramId broken = program_with_people(device.store, 1);
    std::string path = "programs/" + broken.value + "/seg-000001.json";
    ASSERT_TRUE(device.storage.write_atomic(path, "{\"format\":").ok());

    FixedClock clock{Timestamp{1}};
    SeededRandom random(14);
    Store store(device.storage, clock, random);
    ASSERT_TRUE(store.open(false).ok());
    EXPECT_NE(store.program(good), nullptr);
    EXPECT_EQ(store.program(broken), nullptr);
    ASSERT_EQ(store.load_problems().size(), 1u);
    EXPECT_NE(store.load_problems()[0].find("is damaged"), std::string::npos);
    EXPECT_EQ(*device.storage.read(path).value(), "{\"format\":");
}

TEST(Store, AFailedWriteIsReportedApartFromARefusalAndTheChangeIsKept)
{
    Device device(15);
    ProgramId program = program_with_people(device.store, 1);
    device.storage.fail_writes(true);
    // Accepted, not refused: the person is added in memory and the failed write is
    // reported apart, as a storage problem.
    auto added = device.store.add_person(program, person("Ana", "ana@example.org"));
    EXPECT_TRUE(added.ok());
    EXPECT_NE(device.store.storage_error().find("quota"), std::string::npos);
    EXPECT_EQ(device.store.program(program)->people.size(), 2u);
    auto edited = device.store.execute(program, people::UpdatePerson{*added, person("Ana Lima", "ana@example.org")});
    ASSERT_TRUE(edited.ok());
    EXPECT_FALSE(edited->saved);
    // A refusal stays a refusal while Storage fails, and says nothing of storage.
    auto refused = device.store.execute(program, people::UpdatePerson{PersonId{"u-nobody"}, person("X", "x@example.org")});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message.find("quota"), std::string::npos);
    device.storage.fail_writes(false);
    auto saved = device.store.execute(program, people::UpdatePerson{*added, person("Ana Lima", "ana.lima@example.org")});
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(saved->saved);
    ASSERT_TRUE(device.store.add_person(program, person("Ben", "ben@example.org")).ok());
    EXPECT_TRUE(device.store.storage_error().empty());
    // The retried segment write carried the event whose own write had failed.
    EXPECT_EQ(reopened(device.storage, program).people.size(), 3u);
}

TEST(Store, ProgramsAreListedByName)
{
    Device device(16);
    auto zeta = device.store.create_program("Zeta", "");
    auto alpha = device.store.create_program("Alpha", "");
    ASSERT_TRUE(zeta.ok() && alpha.ok());
    EXPECT_EQ(device.store.program_ids(), (std::vector<ProgramId>{*alpha, *zeta}));
}

TEST(Demo, TheShippedDemoProgramLoadsWithAtLeastFortyPeople)
{
    std::ifstream in(TURNABOUT_DEMO_FILE, std::ios::binary);
    ASSERT_TRUE(in.good()) << "cannot read " << TURNABOUT_DEMO_FILE;
    std::stringstream bytes;
    bytes << in.rdbuf();
    Device device(17);
    auto program = load_demo_program(device.store, bytes.str());
    ASSERT_TRUE(program.ok()) << program.error().message;
    const ProgramState& state = *device.store.program(*program);
    EXPECT_GE(state.people.size(), 40u);
    std::set<std::string> departments;
    std::set<int> levels;
    for (const auto& [id, p] : state.people) {
        departments.insert(p.details.department);
        levels.insert(p.details.level);
    }
    EXPECT_GE(departments.size(), 6u);
    EXPECT_GE(levels.size(), 6u);
}

TEST(Demo, TheDemoIsAReverseMentoringProgramWorthMatching)
{
    std::ifstream in(TURNABOUT_DEMO_FILE, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    Device device(19);
    auto program = load_demo_program(device.store, bytes.str());
    ASSERT_TRUE(program.ok()) << program.error().message;
    const ProgramState& state = *device.store.program(*program);
    EXPECT_EQ(state.program->type, program::ProgramType::ReverseMentorship);
    std::size_t with_manager = 0;
    for (const auto& [id, p] : state.people)
        with_manager += !p.profile.manager.empty();
    EXPECT_GE(with_manager, 40u);
    auto draft = matching::bulk_match(state, state.program->match_types.front().id);
    // Every mentor (capacity 1) gets a mentee; the rest wait, each with a reason.
    std::size_t mentors = 0;
    for (const auto& [id, p] : state.people)
        mentors += matching::can_mentor(p);
    EXPECT_EQ(draft.pairs.size(), mentors);
    EXPECT_EQ(draft.unmatched_mentees.size() + draft.pairs.size(), state.people.size() - (mentors - 4));
    for (const auto& pair : draft.pairs) {
        EXPECT_GT(pair.score, 20) << pair.pair.mentor.value << " " << pair.pair.mentee.value;
        EXPECT_FALSE(matching::reporting_steps(state, pair.pair.mentor, pair.pair.mentee, 2));
        EXPECT_LT(state.people.at(pair.pair.mentor).details.level, state.people.at(pair.pair.mentee).details.level);
    }
    for (const auto& u : draft.unmatched_mentees)
        EXPECT_FALSE(u.reason.empty());
}

TEST(Store, TheWizardsProgramAndAJoinerSurviveReopeningThroughTheSnapshot)
{
    Device device(18);
    auto setup = program::reverse_mentoring_template(*parse_iso_date("2027-01-04"), program::MatchTypeId{"m-1"});
    auto program = device.store.set_up_program(setup, questionnaire::default_questionnaire());
    ASSERT_TRUE(program.ok()) << program.error().message;
    people::Answers answers;
    for (const auto& q : questionnaire::default_questionnaire()) {
        if (q.required)
            answers[q.id] = questionnaire::Answer{{q.options.empty() ? "Yes" : q.options[0]}};
    }
    auto joiner = device.store.join_program(*program, person("Jo", "jo@example.org", people::Role::Mentor), answers);
    ASSERT_TRUE(joiner.ok()) << joiner.error().message;
    EXPECT_EQ(device.store.joined_on_this_device(*program), std::vector<PersonId>{*joiner});
    EXPECT_EQ(device.store.program(*program)->people.at(*joiner).membership, people::Membership::AwaitingApproval);

    // As the joiner: cannot approve themselves; as the admin: can.
    EXPECT_EQ(device.store.execute_as(people::actor_of(*joiner), *program, people::ApproveRegistration{*joiner}).error().code, "not_admin");
    ASSERT_TRUE(device.store.execute(*program, people::ApproveRegistration{*joiner}).ok());
    // Enough events to seal a segment, so that reopening goes through the snapshot:
    // in one change, as importing a list of people records them.
    std::vector<Command> everyone;
    for (int i = 0; i < 520; ++i)
        everyone.push_back(people::AddPerson{device.store.new_person_id(), person("P" + std::to_string(i), "p" + std::to_string(i) + "@example.org")});
    ASSERT_TRUE(device.store.execute_all(*program, everyone).ok());
    EXPECT_EQ(reopened(device.storage, *program), *device.store.recorded(*program));
}

TEST(Store, ExecuteAllRecordsEverythingOrNothing)
{
    Device device(19);
    ProgramId program = program_with_people(device.store, 1);
    auto before = *device.store.recorded(program);
    std::size_t refused_at = 99;
    auto status = device.store.execute_all(program, {people::AddPerson{PersonId{"u-x"}, person("X", "x@example.org")}, people::AddPerson{PersonId{"u-y"}, person("Y", "x@example.org")}}, &refused_at);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, "email_taken");
    EXPECT_EQ(refused_at, 1u);
    EXPECT_EQ(*device.store.recorded(program), before);
}

TEST(Store, ADeviceOfAnOlderTurnaboutGetsAKeyAndKeepsItsFormerId)
{
    MemoryStorage storage;
    ASSERT_TRUE(storage.write_atomic("device.json", io::encode_device_file({DeviceId{"d-0a1b2c3d4e5f6a7b"}, ActorId{"a-5f1c2e9d8b7a6f30"}, {}, {}})).ok());
    FixedClock clock{Timestamp{1800000000000}};
    SeededRandom random(31);
    {
        Store store(storage, clock, random);
        ASSERT_TRUE(store.open(false).ok());
        EXPECT_TRUE(io::is_signed_device(store.identity().device));
        // The admin it was stays the admin it is.
        EXPECT_EQ(store.identity().actor, ActorId{"a-5f1c2e9d8b7a6f30"});
    }
    auto saved = io::decode_device_file(**storage.read("device.json"));
    ASSERT_TRUE(saved.ok());
    EXPECT_FALSE(saved->key.public_key.empty());
    EXPECT_EQ(saved->former, std::vector<DeviceId>{DeviceId{"d-0a1b2c3d4e5f6a7b"}});
    // Reopened, it keeps the same key.
    Store again(storage, clock, random);
    ASSERT_TRUE(again.open(false).ok());
    EXPECT_EQ(again.identity().device, io::device_id_of(saved->key));
}
