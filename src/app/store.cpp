#include "app/held_events.h"
#include "app/store.h"
#include "app/store_program.h"

#include "core/domain/decide.h"
#include "core/domain/trust/trust_rules.h"
#include "io/program_file.h"
#include "io/replay_digest.h"
#include "io/signing.h"
#include "io/small_files.h"
#include "io/snapshot_codec.h"
#include "platform/storage.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace turnabout {

namespace {

constexpr const char* DEVICE_FILE = "device.json";
constexpr const char* SNAPSHOT_FILE = "snapshot.json";
// Events per log segment: a save rewrites only the newest segment, so its cost stays
// bounded however long the log grows.
constexpr std::size_t SEGMENT_EVENTS = 512;

std::string segment_name(std::size_t index)
{
    char name[32];
    std::snprintf(name, sizeof name, "seg-%06zu.json", index);
    return name;
}

bool is_segment_name(const std::string& name)
{
    return name.size() == 15 && name.starts_with("seg-") && name.ends_with(".json")
        && std::all_of(name.begin() + 4, name.begin() + 10, [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t segment_number(const std::string& name)
{
    return std::stoul(name.substr(4, 6));
}

// A name for a damaged file set aside: the loader reads only "seg-" and "snapshot"
// names, and a second restore never overwrites what the first kept.
std::string kept_name(const std::string& name, const std::vector<std::string>& taken)
{
    std::string candidate = "damaged-" + name;
    for (int n = 2; std::find(taken.begin(), taken.end(), candidate) != taken.end(); ++n)
        candidate = "damaged-" + std::to_string(n) + "-" + name;
    return candidate;
}

}

Store::Store(Storage& storage, Clock& clock, Random& random)
    : m_storage(storage)
    , m_clock(clock)
    , m_random(random)
    , m_key(std::make_unique<io::DeviceKey>())
{
}

Store::~Store() = default;

Status Store::open(bool read_only)
{
    m_read_only = read_only;
    m_programs.clear();
    m_load_problems.clear();
    m_restored.clear();

    auto device = m_storage.read(DEVICE_FILE);
    if (!device)
        return device.error();
    io::DeviceKey key;
    m_former_devices.clear();
    if (*device) {
        auto decoded = io::decode_device_file(**device);
        if (!decoded)
            return decoded.error();
        m_identity = Identity{decoded->device, decoded->actor};
        key = decoded->key;
        m_former_devices = decoded->former;
        // The id it recorded under before it had a key: people who joined here then
        // are still this browser's.
        if (key.public_key.empty())
            m_former_devices.push_back(decoded->device);
    } else {
        m_identity = Identity{DeviceId{}, ActorId{"a-" + random_hex_id(m_random)}};
    }
    // A device of an older Turnabout gets its key now; its unsigned events stay as they
    // are, and it records under its key's id from here on.
    const bool new_key = key.public_key.empty();
    if (new_key)
        key = io::generate_device_key();
    m_identity.device = io::device_id_of(key);
    *m_key = key;
    m_signer = std::make_unique<io::KeySigner>(key);
    // A read-only tab borrows an identity for display only; it never writes.
    if (new_key && !m_read_only) {
        if (auto status = m_storage.write_atomic(DEVICE_FILE, io::encode_device_file({m_identity.device, m_identity.actor, key, m_former_devices})); !status)
            return status;
    }

    auto folders = m_storage.list(PROGRAMS_FOLDER);
    if (!folders)
        return folders.error();
    for (const std::string& folder : *folders) {
        // A program that cannot be read stays on disk untouched and is reported;
        // the others open normally.
        if (auto problem = load_program(folder))
            m_load_problems.push_back(std::move(*problem));
    }
    changed_without_write();
    return {};
}

std::vector<std::string> Store::load_problems() const
{
    std::vector<std::string> details;
    for (const LoadProblem& problem : m_load_problems)
        details.push_back(problem.detail);
    return details;
}

std::optional<LoadProblem> Store::load_program(const std::string& folder_name)
{
    if (!is_safe_folder_name(folder_name))
        return LoadProblem{ProgramId{folder_name}, "", "Its folder has a name Turnabout never gives a program, so nothing in it was read.",
            "stored data: unexpected folder programs/" + folder_name};
    auto unreadable = [&](std::string reason, std::string detail) {
        return LoadProblem{ProgramId{folder_name}, name_from_readable_parts(folder_name), std::move(reason), std::move(detail)};
    };
    auto program = std::make_unique<Program>(ProgramId{folder_name});
    auto names = m_storage.list(program->folder());
    if (!names)
        return unreadable("This browser could not list its saved files: " + names.error().message + ".", names.error().message);
    std::vector<Envelope> events;
    for (const std::string& name : *names) {
        if (!is_segment_name(name))
            continue;
        std::string path = program->folder() + "/" + name;
        auto bytes = m_storage.read(path);
        if (!bytes)
            return unreadable("This browser could not read its saved file " + name + ": " + bytes.error().message + ".", bytes.error().message);
        if (!*bytes)
            continue;
        auto file = io::decode_program_file(**bytes);
        if (!file)
            return unreadable("Its saved file " + name + " is damaged and cannot be read: " + file.error().message + ".",
                "stored data " + path + " is damaged: " + file.error().message);
        if (file->program != program->log.program())
            return unreadable("Its saved file " + name + " holds another program's changes.", "stored data " + path + " belongs to another program");
        program->segment_index = segment_number(name);
        program->segment_events = file->events;
        program->segment_written = file->events.size();
        events.insert(events.end(), file->events.begin(), file->events.end());
    }
    if (events.empty())
        return std::nullopt;
    auto merged = program->log.merge(events, Arrival::Stored);
    if (!merged)
        return unreadable("Its saved changes do not fit together: " + merged.error().message + ".",
            "stored data of program " + folder_name + " is inconsistent: " + merged.error().message);

    // The snapshot is used when it describes a prefix of this log in replay order,
    // the very events it was made from (their digest matches); events after it are
    // applied on top. Otherwise the log is replayed: slower, and never wrong.
    bool restored = false;
    if (auto bytes = m_storage.read(program->folder() + "/" + SNAPSHOT_FILE); bytes && *bytes) {
        if (auto snapshot = io::decode_snapshot(**bytes); snapshot && snapshot->program == program->log.program() && snapshot->last_applied) {
            std::vector<EventId> after;
            std::size_t covered = 0;
            io::ReplayDigest digest;
            for (const Envelope* envelope : program->log.in_replay_order()) {
                if (replay_key(*envelope) <= *snapshot->last_applied) {
                    ++covered;
                    digest.add(*envelope);
                } else {
                    after.push_back(envelope->id);
                }
            }
            if (covered == snapshot->event_count && digest.finish() == snapshot->covered_digest) {
                program->projection.restore(std::move(snapshot->state), snapshot->last_applied);
                program->projection.catch_up(program->log, after);
                restored = true;
            }
        }
    }
    if (!restored)
        program->projection.rebuild(program->log);
    // Events set aside after they were written here are set aside again: they are
    // stored, but the judgment on them is not.
    if (auto aside = set_aside_unauthorized(program->log, program->projection, {}); !aside)
        return unreadable("Its saved changes do not fit together: " + aside.error().message + ".", aside.error().message);
    if (auto bytes = m_storage.read(program->folder() + "/" + EXCHANGE_FILE); bytes && *bytes) {
        // A damaged record only forgets dates; the log is what matters.
        if (auto record = io::decode_exchange_record(**bytes))
            program->exchange = *record;
    }
    m_programs.emplace(program->log.program(), std::move(program));
    return std::nullopt;
}

std::string Store::name_from_readable_parts(const std::string& folder_name)
{
    // The newest segment that still reads names the program as it was last saved;
    // failing that, the snapshot's state does.
    const std::string folder = std::string(PROGRAMS_FOLDER) + "/" + folder_name;
    std::string name;
    if (auto names = m_storage.list(folder)) {
        for (const std::string& entry : *names) {
            if (!is_segment_name(entry))
                continue;
            auto bytes = m_storage.read(folder + "/" + entry);
            if (!bytes || !*bytes)
                continue;
            if (auto file = io::decode_program_file(**bytes); file && file->program.value == folder_name && !file->program_name.empty())
                name = file->program_name;
        }
    }
    if (!name.empty())
        return name;
    if (auto bytes = m_storage.read(folder + "/" + SNAPSHOT_FILE); bytes && *bytes) {
        if (auto snapshot = io::decode_snapshot(**bytes); snapshot && snapshot->program.value == folder_name && snapshot->state.program)
            return snapshot->state.program->name;
    }
    return {};
}

Status Store::set_aside_damaged(const Program& program)
{
    const std::string folder = program.folder();
    auto names = m_storage.list(folder);
    if (!names)
        return names.error();
    std::vector<std::string> taken = *names;
    RestoredProgram restored{program.log.program(), {}};
    for (const std::string& name : *names) {
        if (!is_segment_name(name) && name != SNAPSHOT_FILE)
            continue;
        auto bytes = m_storage.read(folder + "/" + name);
        if (!bytes)
            return make_error(bytes.error().code, "could not keep the damaged file " + name + " aside: " + bytes.error().message);
        if (!*bytes)
            continue;
        const std::string kept = kept_name(name, taken);
        if (auto status = m_storage.write_atomic(folder + "/" + kept, **bytes); !status)
            return status;
        taken.push_back(kept);
        restored.kept.push_back(kept);
    }
    m_restored.push_back(std::move(restored));
    return {};
}

Status Store::remove_stale_segments(const Program& program)
{
    // The program was written afresh as segments 1 to segment_index; a higher one
    // left from the damaged copy (kept aside already) would be read with them.
    auto names = m_storage.list(program.folder());
    if (!names)
        return names.error();
    for (const std::string& name : *names) {
        if (is_segment_name(name) && (segment_number(name) > program.segment_index || segment_number(name) == 0)) {
            if (auto status = m_storage.remove(program.folder() + "/" + name); !status)
                return status;
        }
    }
    return {};
}

Status Store::seed_identity(Storage& storage, const io::DeviceKey& key)
{
    const DeviceId device = io::device_id_of(key);
    return storage.write_atomic(DEVICE_FILE, io::encode_device_file({device, ActorId{"a-" + device.value.substr(2, 12)}, key, {}}));
}

std::vector<ProgramId> Store::program_ids() const
{
    std::vector<ProgramId> ids;
    for (const auto& [id, program] : m_programs)
        ids.push_back(id);
    auto name_of = [this](const ProgramId& id) {
        const auto& state = m_programs.at(id)->projection.state();
        return state.program ? state.program->name : std::string();
    };
    std::stable_sort(ids.begin(), ids.end(), [&](const ProgramId& a, const ProgramId& b) { return name_of(a) < name_of(b); });
    return ids;
}


const EventLog* Store::log(const ProgramId& id) const
{
    auto it = m_programs.find(id);
    return it == m_programs.end() ? nullptr : &it->second->log;
}

Status Store::refuse_if_read_only() const
{
    if (m_read_only)
        return make_error("read_only", "this tab is read-only because Turnabout is open in another tab; make changes there");
    return {};
}

Result<ProgramId> Store::create_program(std::string name, std::string description)
{
    return begin_program([&](const ProgramId& id) -> Command { return program::CreateProgram{id, std::move(name), std::move(description)}; });
}

Result<ProgramId> Store::set_up_program(program::Setup setup, std::vector<questionnaire::Question> questionnaire)
{
    return begin_program([&](const ProgramId& id) -> Command { return program::SetUpProgram{id, std::move(setup), std::move(questionnaire)}; });
}

Result<ProgramId> Store::begin_program(const std::function<Command(const ProgramId&)>& creation)
{
    if (auto status = refuse_if_read_only(); !status)
        return status.error();
    ProgramId id{"p-" + random_hex_id(m_random)};
    auto events = decide(ProgramState{}, Actor{m_identity.actor}, creation(id));
    if (!events)
        return events.error();
    auto program = std::make_unique<Program>(id);
    Program& added = *program;
    m_programs.emplace(id, std::move(program));
    // Created even when Storage refused the write: storage_error() tells, and the
    // next write of the program carries it.
    (void)append_and_apply(added, *events);
    return id;
}

PersonId Store::new_person_id() const
{
    return trust::bound_person_id(m_identity.device, random_hex_id(m_random));
}

Result<PersonId> Store::join_program(const ProgramId& program, people::PersonDetails details, people::Answers answers)
{
    PersonId id = new_person_id();
    if (auto status = execute_as(people::actor_of(id), program, people::JoinProgram{id, std::move(details), std::move(answers)}); !status)
        return status.error();
    return id;
}

std::vector<PersonId> Store::joined_on_this_device(const ProgramId& program_id) const
{
    std::vector<PersonId> out;
    const EventLog* log = this->log(program_id);
    if (!log)
        return out;
    for (const auto& [id, envelope] : log->events()) {
        if (id.device != m_identity.device && std::find(m_former_devices.begin(), m_former_devices.end(), id.device) == m_former_devices.end())
            continue;
        if (const auto* joined = std::get_if<people::RegistrationSubmitted>(&envelope.body); joined && std::find(out.begin(), out.end(), joined->id) == out.end())
            out.push_back(joined->id);
    }
    return out;
}

Result<PersonId> Store::add_person(const ProgramId& program, people::PersonDetails details)
{
    PersonId id = new_person_id();
    if (auto status = execute(program, people::AddPerson{id, std::move(details)}); !status)
        return status.error();
    return id;
}

Result<Recorded> Store::execute(const ProgramId& program_id, const Command& command)
{
    return execute_as(actor_in(program_id), program_id, command);
}

Result<Recorded> Store::execute_as(const ActorId& actor, const ProgramId& program_id, const Command& command)
{
    return execute_all_as(actor, program_id, {command}, nullptr);
}

Result<Recorded> Store::execute_all(const ProgramId& program_id, const std::vector<Command>& commands, std::size_t* refused_at)
{
    return execute_all_as(actor_in(program_id), program_id, commands, refused_at);
}

Result<Recorded> Store::execute_all_as(const ActorId& actor, const ProgramId& program_id, const std::vector<Command>& commands, std::size_t* refused_at)
{
    if (auto status = refuse_if_read_only(); !status)
        return status.error();
    auto it = m_programs.find(program_id);
    if (it == m_programs.end())
        return make_error("no_program", "program: not found on this device");
    Program& program = *it->second;
    std::vector<EventBody> all;
    if (commands.size() == 1) {
        if (std::holds_alternative<program::CreateProgram>(commands[0]) || std::holds_alternative<program::SetUpProgram>(commands[0]))
            return make_error("program_exists", "program: it was already created");
        // Decided on what this browser reads, so that rules on sealed fields (a
        // level, an email in use) hold where they can be read; replay judges the
        // recorded events on what everyone reads.
        auto events = decide(reading_of(program), Actor{actor}, commands[0]);
        if (!events) {
            if (refused_at)
                *refused_at = 0;
            return events.error();
        }
        all = std::move(*events);
    } else {
        ProgramState scratch = reading_of(program);
        for (std::size_t i = 0; i < commands.size(); ++i) {
            auto events = decide(scratch, Actor{actor}, commands[i]);
            if (!events) {
                if (refused_at)
                    *refused_at = i;
                return events.error();
            }
            for (const EventBody& body : *events) {
                apply(scratch, unrecorded_context(actor), body);
                all.push_back(body);
            }
        }
    }
    // After decide, so that a person who may not do something at all hears that first;
    // the same signer rule replay applies everywhere else.
    EventContext signer{EventId{m_identity.device, 0}, actor, m_clock.now(), true};
    for (const EventBody& body : all) {
        if (auto allowed = trust::check_signer(program.projection.state(), signer, body); !allowed)
            return Error{allowed.error().code, "this browser cannot record that: " + allowed.error().message, allowed.error().refusal};
    }
    if (auto room = program.log.room_for_local(m_identity.device, all.size()); !room)
        return room.error();
    const ProgramState reading = reading_of(program);
    seal_private_text(program.projection.state(), all);
    seal_person_fields(program.projection.state(), reading, all);
    Recorded recorded = append_and_apply(program, all, actor);
    // A match this change started: the person's fields for partners go to the partner;
    // on the admin's browser, a change of a level or a manager: the lists it seals.
    (void)follow_up(program_id);
    return recorded;
}

Recorded Store::append_and_apply(Program& program, const std::vector<EventBody>& bodies, std::optional<ActorId> actor)
{
    std::vector<Envelope> written;
    Timestamp now = m_clock.now();
    for (const EventBody& body : bodies) {
        const Envelope& envelope = program.log.append_local(m_identity.device, actor ? *actor : m_identity.actor, now, body, m_signer.get());
        program.projection.catch_up(program.log, {envelope.id});
        written.push_back(envelope);
    }
    auto status = write_events(program, written);
    changed();
    // The change stands in memory either way; a failed write is reported apart from a
    // refusal (storage_error()), and the next successful write of the segment carries it.
    return Recorded{status.ok()};
}

Status Store::write_segment(const Program& program, std::size_t index, const std::vector<Envelope>& events)
{
    io::ProgramFile segment;
    segment.program = program.log.program();
    const auto& state = program.projection.state();
    segment.program_name = state.program ? state.program->name : std::string();
    segment.exported_at = m_clock.now();
    segment.events = events;
    return m_storage.write_atomic(program.folder() + "/" + segment_name(index), io::encode_program_file(segment));
}

Status Store::write_events(Program& program, const std::vector<Envelope>& events)
{
    // Every event joins its segment first, whatever Storage does next: a write that
    // fails leaves it unwritten, not lost, and the next save writes it.
    for (const Envelope& envelope : events) {
        if (program.segment_events.size() >= SEGMENT_EVENTS) {
            // The newest segment is full: start the next. If Storage does not hold all
            // of the full one yet, it waits, whole, to be written before the new one.
            if (program.segment_written < program.segment_events.size())
                program.unwritten_segments[program.segment_index] = Program::UnwrittenSegment{std::move(program.segment_events), program.segment_written};
            ++program.segment_index;
            program.segment_events.clear();
            program.segment_written = 0;
            program.snapshot_due = true;
        }
        program.segment_events.push_back(envelope);
    }
    return save_program(program);
}

Status Store::save_program(Program& program)
{
    // A program that could not be read is written only once a good file of it was
    // opened (import_program_file): its damaged files are copied aside first, and the
    // ones the new segments do not replace are removed after them.
    auto damaged = std::find_if(m_load_problems.begin(), m_load_problems.end(),
        [&](const LoadProblem& problem) { return problem.program == program.log.program(); });
    if (damaged != m_load_problems.end()) {
        if (auto status = set_aside_damaged(program); !status)
            return storage_failed(status);
        m_load_problems.erase(damaged);
        program.stale_segments_left = true;
    }
    // Oldest first, stopping at the first failure: Storage never holds a segment
    // whose predecessor it lacks.
    for (auto it = program.unwritten_segments.begin(); it != program.unwritten_segments.end();) {
        if (auto status = write_segment(program, it->first, it->second.events); !status)
            return storage_failed(status);
        it = program.unwritten_segments.erase(it);
    }
    if (program.segment_written < program.segment_events.size()) {
        if (auto status = write_segment(program, program.segment_index, program.segment_events); !status)
            return storage_failed(status);
        program.segment_written = program.segment_events.size();
    }
    if (program.snapshot_due) {
        if (auto status = write_snapshot(program); !status)
            return storage_failed(status);
        program.snapshot_due = false;
    }
    if (program.stale_segments_left) {
        if (auto status = remove_stale_segments(program); !status)
            return storage_failed(status);
        program.stale_segments_left = false;
    }
    // The reason stays while another program still has changes Storage refused.
    if (!has_unwritten())
        m_storage_error.clear();
    return {};
}

Status Store::retry_save()
{
    if (m_read_only)
        return {};
    Status result;
    bool wrote = false;
    for (auto& [id, program] : m_programs) {
        if (program->unwritten_events() == 0 && !program->snapshot_due && !program->stale_segments_left)
            continue;
        wrote = true;
        if (auto status = save_program(*program); !status && result)
            result = status;
    }
    if (wrote)
        changed_without_write();
    return result;
}

bool Store::has_unwritten(const ProgramId& id) const
{
    auto it = m_programs.find(id);
    return it != m_programs.end() && it->second->unwritten_events() > 0;
}

bool Store::has_unwritten() const
{
    return std::any_of(m_programs.begin(), m_programs.end(), [](const auto& entry) { return entry.second->unwritten_events() > 0; });
}

Status Store::refuse_if_unwritten(const Program& program) const
{
    const std::size_t unwritten = program.unwritten_events();
    if (unwritten == 0)
        return {};
    // A file handed out now could carry changes this browser then loses, and after a
    // reload it would number new changes with the same seqs: two versions of one
    // change, which exclude this browser everywhere.
    return make_error("not_saved", "this browser has not saved " + std::string(unwritten == 1 ? "1 change" : std::to_string(unwritten) + " changes")
            + " of the program yet (" + (m_storage_error.empty() ? std::string("writing failed") : m_storage_error) + "): the file can be made once they are saved");
}

Status Store::storage_failed(Status status)
{
    m_storage_error = status.error().message;
    return status;
}

Status Store::write_snapshot(const Program& program)
{
    io::Snapshot snapshot;
    snapshot.program = program.log.program();
    snapshot.last_applied = program.projection.last_applied();
    snapshot.state = program.projection.state();
    io::ReplayDigest digest;
    for (const Envelope* envelope : program.log.in_replay_order()) {
        if (snapshot.last_applied && replay_key(*envelope) <= *snapshot.last_applied) {
            digest.add(*envelope);
            ++snapshot.event_count;
        }
    }
    snapshot.covered_digest = digest.finish();
    return m_storage.write_atomic(program.folder() + "/" + SNAPSHOT_FILE, io::encode_snapshot(snapshot));
}

void Store::changed()
{
    ++m_revision;
    if (m_on_written)
        m_on_written();
}

void Store::changed_without_write()
{
    ++m_revision;
}

}
