#include "support/store_devices.h"

#include "io/small_files.h"

#include <gtest/gtest.h>

namespace turnabout::testing {

StoreDevice::StoreDevice(std::uint64_t seed, Timestamp now)
    : clock(now)
    , random(seed)
    , store(storage, clock, random)
{
    const io::DeviceKey key = seeded_device_key(seed);
    const ActorId actor{"a-" + random_hex_id(random)};
    EXPECT_TRUE(storage.write_atomic("device.json", io::encode_device_file({io::device_id_of(key), actor, key, {}})).ok());
    auto opened = store.open(false);
    EXPECT_TRUE(opened.ok()) << opened.error().message;
}

io::DeviceKey StoreDevice::key() const
{
    auto file = io::decode_device_file(storage.files().at("device.json"));
    EXPECT_TRUE(file.ok());
    return file.ok() ? file->key : io::DeviceKey{};
}

namespace {

PersonId added(const Result<PersonId>& person)
{
    EXPECT_TRUE(person.ok()) << person.error().message;
    return person.ok() ? *person : PersonId{};
}

}

SharedProgram::SharedProgram(std::uint64_t seed)
    : admin(seed * 10 + 1)
    , ana_device(seed * 10 + 2)
    , cy_device(seed * 10 + 3)
{
    auto created = admin.store.set_up_program(requesting_setup(true), questionnaire::default_questionnaire());
    EXPECT_TRUE(created.ok());
    program = *created;
    mo = added(admin.store.add_person(program, person("Mo", "mo@example.org", people::Role::Mentor)));
    ben = added(admin.store.add_person(program, person("Ben", "ben@example.org", people::Role::Mentee)));
    share(admin, ana_device);
    share(admin, cy_device);
    const ProgramState& state = *admin.store.program(program);
    ana = added(ana_device.store.join_program(program, person("Ana", "ana@example.org", people::Role::Mentee), required_answers(state, people::Role::Mentee)));
    cy = added(cy_device.store.join_program(program, person("Cy", "cy@example.org", people::Role::Mentor), required_answers(state, people::Role::Mentor)));
    send_changes(ana_device, admin);
    send_changes(cy_device, admin);
    EXPECT_TRUE(admin.store.execute(program, people::ApproveRegistration{ana}).ok());
    EXPECT_TRUE(admin.store.execute(program, people::ApproveRegistration{cy}).ok());
    share(admin, ana_device);
    share(admin, cy_device);
}

ImportReport SharedProgram::send_changes(StoreDevice& from, StoreDevice& to)
{
    auto file = from.store.changes_file(program);
    EXPECT_TRUE(file.ok()) << file.error().message;
    auto report = to.store.import_program_file(file.ok() ? *file : std::string());
    EXPECT_TRUE(report.ok()) << report.error().message;
    return report.ok() ? *report : ImportReport{};
}

ImportReport SharedProgram::share(StoreDevice& from, StoreDevice& to)
{
    auto file = from.store.share_program_file(program);
    EXPECT_TRUE(file.ok()) << file.error().message;
    auto report = to.store.import_program_file(file.ok() ? *file : std::string());
    EXPECT_TRUE(report.ok()) << report.error().message;
    return report.ok() ? *report : ImportReport{};
}

io::ProgramFile read_file(std::string_view bytes)
{
    auto file = io::decode_program_file(bytes);
    EXPECT_TRUE(file.ok()) << file.error().message;
    return file.ok() ? *file : io::ProgramFile{};
}

std::string file_of(const ProgramId& program, std::vector<Envelope> events)
{
    io::ProgramFile file;
    file.program = program;
    file.program_name = "Mentoring circle";
    for (const Envelope& envelope : events)
        file.exported_at = std::max(file.exported_at, envelope.recorded_at);
    file.events = std::move(events);
    return io::encode_program_file(file);
}

}
