#include "support/store_devices.h"

#include "core/domain/program/program_rules.h"
#include "core/domain/questionnaire/questionnaire_rules.h"
#include "io/small_files.h"

#include <gtest/gtest.h>
#include <sodium.h>

namespace turnabout::testing {

io::DeviceKey seeded_device_key(std::uint64_t seed)
{
    EXPECT_GE(sodium_init(), 0);
    SeededRandom random(seed);
    unsigned char key_seed[crypto_sign_SEEDBYTES];
    for (std::size_t i = 0; i < sizeof key_seed; i += 8) {
        const std::uint64_t word = random.next_u64();
        for (std::size_t b = 0; b < 8; ++b)
            key_seed[i + b] = static_cast<unsigned char>(word >> (8 * b));
    }
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, key_seed);
    auto base64 = [](const unsigned char* bytes, std::size_t size) {
        std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
        sodium_bin2base64(out.data(), out.size(), bytes, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
        out.resize(out.size() - 1); // the terminating zero
        return out;
    };
    return io::DeviceKey{base64(pk, sizeof pk), base64(sk, sizeof sk)};
}

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

program::Setup requesting_setup(bool approval_required)
{
    auto setup = program::reverse_mentoring_template(SYNC_DAY, program::FIRST_MATCH_TYPE);
    setup.basics.name = "Mentoring circle";
    setup.type = program::ProgramType::Mentorship;
    setup.match_types = {program::default_match_type(program::ProgramType::Mentorship, program::FIRST_MATCH_TYPE)};
    setup.match_types[0].process = program::MatchingProcess::UserLedWithApproval;
    setup.registration.approval_required = approval_required;
    return setup;
}

people::Answers required_answers(const ProgramState& state, people::Role role)
{
    people::Answers answers;
    for (const auto& q : state.questions) {
        if (!q.required || !questionnaire::applies_to(q, role))
            continue;
        if (!q.options.empty())
            answers[q.id] = questionnaire::Answer{{q.options[0]}};
        else if (q.type == questionnaire::QuestionType::Scale)
            answers[q.id] = questionnaire::Answer{{std::to_string(q.scale_min)}};
        else if (q.type == questionnaire::QuestionType::Number)
            answers[q.id] = questionnaire::Answer{{"1"}};
        else if (q.type == questionnaire::QuestionType::Date)
            answers[q.id] = questionnaire::Answer{{format_iso_date(SYNC_DAY)}};
        else
            answers[q.id] = questionnaire::Answer{{"An answer"}};
    }
    return answers;
}

requests::SendRequest ask_for_mentor(const PersonId& mentee, const PersonId& mentor, std::string request_id, Date on)
{
    requests::SendRequest c;
    c.id = requests::RequestId{std::move(request_id)};
    c.match_type = program::FIRST_MATCH_TYPE;
    c.kind = requests::RequestKind::MenteeAsks;
    c.from = mentee;
    c.to = mentor;
    c.message = "Could we talk about planning a first project?";
    c.on = on;
    return c;
}

requests::AnswerRequest answer(const requests::RequestId& id, bool accept, std::string match_id, Date on)
{
    requests::AnswerRequest c;
    c.id = id;
    c.accept = accept;
    if (accept)
        c.match = matching::MatchId{std::move(match_id)};
    else
        c.reason = requests::DeclineReason::TooBusy;
    c.on = on;
    return c;
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
