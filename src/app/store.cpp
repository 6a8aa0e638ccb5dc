#include "app/store.h"

#include "core/domain/decide.h"
#include "core/domain/trust/trust_rules.h"
#include "io/program_file.h"
#include "io/sealing.h"
#include "io/signing.h"
#include "core/domain/privacy/private_text.h"
#include "io/small_files.h"
#include "io/snapshot_codec.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace turnabout {

namespace {

constexpr const char* DEVICE_FILE = "device.json";
constexpr const char* PROGRAMS_FOLDER = "programs";
constexpr const char* SNAPSHOT_FILE = "snapshot.json";
constexpr const char* EXCHANGE_FILE = "exchange.json";
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
    return name.size() == 15 && name.starts_with("seg-") && name.ends_with(".json");
}

// Ids become folder names: only what is safe in a path is accepted.
bool is_safe_folder_name(const std::string& id)
{
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'; });
}

}

struct Store::Program {
    explicit Program(ProgramId id)
        : log(std::move(id))
    {
    }
    std::string folder() const { return std::string(PROGRAMS_FOLDER) + "/" + log.program().value; }

    EventLog log;
    Projection projection;
    io::ExchangeRecord exchange;
    // The newest segment's number and events: appends rewrite only this file.
    std::size_t segment_index = 1;
    std::vector<Envelope> segment_events;
};

Store::Store(Storage& storage, Clock& clock, Random& random)
    : m_storage(storage)
    , m_clock(clock)
    , m_random(random)
{
}

Store::~Store() = default;

Status Store::open(bool read_only)
{
    m_read_only = read_only;
    m_programs.clear();
    m_load_problems.clear();

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
    m_key = key;
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
        if (auto status = load_program(folder); !status)
            m_load_problems.push_back(status.error().message);
    }
    changed_without_write();
    return {};
}

Status Store::load_program(const std::string& folder_name)
{
    if (!is_safe_folder_name(folder_name))
        return make_error("storage_damaged", "stored data: unexpected folder programs/" + folder_name);
    auto program = std::make_unique<Program>(ProgramId{folder_name});
    auto names = m_storage.list(program->folder());
    if (!names)
        return names.error();
    std::vector<Envelope> events;
    for (const std::string& name : *names) {
        if (!is_segment_name(name))
            continue;
        std::string path = program->folder() + "/" + name;
        auto bytes = m_storage.read(path);
        if (!bytes)
            return bytes.error();
        if (!*bytes)
            continue;
        auto file = io::decode_program_file(**bytes);
        if (!file)
            return make_error("storage_damaged", "stored data " + path + " is damaged: " + file.error().message);
        if (file->program != program->log.program())
            return make_error("storage_damaged", "stored data " + path + " belongs to another program");
        program->segment_index = std::stoul(name.substr(4, 6));
        program->segment_events = file->events;
        events.insert(events.end(), file->events.begin(), file->events.end());
    }
    if (events.empty())
        return {};
    auto merged = program->log.merge(events);
    if (!merged)
        return make_error("storage_damaged", "stored data of program " + folder_name + " is inconsistent: " + merged.error().message);

    // The snapshot is used when it describes a prefix of this log in replay order;
    // events after it are applied on top. Otherwise the log is replayed.
    bool restored = false;
    if (auto bytes = m_storage.read(program->folder() + "/" + SNAPSHOT_FILE); bytes && *bytes) {
        if (auto snapshot = io::decode_snapshot(**bytes); snapshot && snapshot->program == program->log.program() && snapshot->last_applied) {
            std::vector<EventId> after;
            std::size_t covered = 0;
            for (const Envelope* envelope : program->log.in_replay_order()) {
                if (replay_key(*envelope) <= *snapshot->last_applied)
                    ++covered;
                else
                    after.push_back(envelope->id);
            }
            if (covered == snapshot->event_count) {
                program->projection.restore(std::move(snapshot->state), snapshot->last_applied);
                program->projection.catch_up(program->log, after);
                restored = true;
            }
        }
    }
    if (!restored)
        program->projection.rebuild(program->log);
    if (auto bytes = m_storage.read(program->folder() + "/" + EXCHANGE_FILE); bytes && *bytes) {
        // A damaged record only forgets dates; the log is what matters.
        if (auto record = io::decode_exchange_record(**bytes))
            program->exchange = *record;
    }
    m_programs.emplace(program->log.program(), std::move(program));
    return {};
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

const ProgramState* Store::program(const ProgramId& id) const
{
    auto it = m_programs.find(id);
    return it == m_programs.end() ? nullptr : &it->second->projection.state();
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
    if (auto status = append_and_apply(added, *events); !status)
        return status.error();
    return id;
}

Result<PersonId> Store::join_program(const ProgramId& program, people::PersonDetails details, people::Answers answers)
{
    PersonId id{"u-" + random_hex_id(m_random)};
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
    PersonId id{"u-" + random_hex_id(m_random)};
    if (auto status = execute(program, people::AddPerson{id, std::move(details)}); !status)
        return status.error();
    return id;
}

Status Store::execute(const ProgramId& program_id, const Command& command)
{
    return execute_as(m_identity.actor, program_id, command);
}

Status Store::execute_as(const ActorId& actor, const ProgramId& program_id, const Command& command)
{
    return execute_all_as(actor, program_id, {command}, nullptr);
}

Status Store::execute_all(const ProgramId& program_id, const std::vector<Command>& commands, std::size_t* refused_at)
{
    return execute_all_as(m_identity.actor, program_id, commands, refused_at);
}

Status Store::execute_all_as(const ActorId& actor, const ProgramId& program_id, const std::vector<Command>& commands, std::size_t* refused_at)
{
    if (auto status = refuse_if_read_only(); !status)
        return status;
    auto it = m_programs.find(program_id);
    if (it == m_programs.end())
        return make_error("no_program", "program: not found on this device");
    Program& program = *it->second;
    std::vector<EventBody> all;
    if (commands.size() == 1) {
        if (std::holds_alternative<program::CreateProgram>(commands[0]) || std::holds_alternative<program::SetUpProgram>(commands[0]))
            return make_error("program_exists", "program: it was already created");
        auto events = decide(program.projection.state(), Actor{actor}, commands[0]);
        if (!events) {
            if (refused_at)
                *refused_at = 0;
            return events.error();
        }
        all = std::move(*events);
    } else {
        ProgramState scratch = program.projection.state();
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
            return make_error(allowed.error().code, "this browser cannot record that: " + allowed.error().message);
    }
    seal_private_text(program.projection.state(), all);
    return append_and_apply(program, all, actor);
}

Status Store::append_and_apply(Program& program, const std::vector<EventBody>& bodies, std::optional<ActorId> actor)
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
    // The change stands in memory either way; a failed write is reported, and the
    // next successful write of the segment carries it.
    return status;
}

Status Store::write_segment(const Program& program)
{
    io::ProgramFile segment;
    segment.program = program.log.program();
    const auto& state = program.projection.state();
    segment.program_name = state.program ? state.program->name : std::string();
    segment.exported_at = m_clock.now();
    segment.events = program.segment_events;
    return m_storage.write_atomic(program.folder() + "/" + segment_name(program.segment_index), io::encode_program_file(segment));
}

Status Store::write_events(Program& program, const std::vector<Envelope>& events)
{
    bool sealed = false;
    bool written = true;
    for (const Envelope& envelope : events) {
        if (program.segment_events.size() >= SEGMENT_EVENTS) {
            // The full segment was written when its last event arrived; start the next.
            ++program.segment_index;
            program.segment_events.clear();
            sealed = true;
        }
        program.segment_events.push_back(envelope);
        written = false;
        if (program.segment_events.size() == SEGMENT_EVENTS) {
            if (auto status = write_segment(program); !status)
                return storage_failed(status);
            written = true;
        }
    }
    if (!written) {
        if (auto status = write_segment(program); !status)
            return storage_failed(status);
    }
    if (sealed) {
        if (auto status = write_snapshot(program); !status)
            return storage_failed(status);
    }
    m_storage_error.clear();
    return {};
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
    snapshot.event_count = program.log.size();
    snapshot.last_applied = program.projection.last_applied();
    snapshot.state = program.projection.state();
    return m_storage.write_atomic(program.folder() + "/" + SNAPSHOT_FILE, io::encode_snapshot(snapshot));
}

namespace {

std::string device_label(const DeviceId& device)
{
    std::string print = io::fingerprint(device);
    return print.empty() ? device.value : print;
}

// What held events wait for: per device, the runs of its changes this log lacks.
std::vector<std::string> describe_missing(const EventLog& log)
{
    std::vector<std::string> out;
    if (log.pending().empty())
        return out;
    for (const auto& [device, need] : log.missing()) {
        std::uint64_t seq = log.last_seq(device) + 1;
        while (seq <= need) {
            if (log.pending().contains(EventId{device, seq})) {
                ++seq;
                continue;
            }
            std::uint64_t last = seq;
            while (last < need && !log.pending().contains(EventId{device, last + 1}))
                ++last;
            out.push_back(std::string(seq == last ? "change " + std::to_string(seq) : "changes " + std::to_string(seq) + " to " + std::to_string(last)) + " from device " + device_label(device));
            seq = last + 1;
        }
    }
    std::string held = std::to_string(log.pending().size()) + (log.pending().size() == 1 ? " change waits" : " changes wait");
    for (std::string& line : out)
        line = held + " for " + line;
    return out;
}

}

Result<ImportReport> Store::import_program_file(std::string_view bytes)
{
    auto file = io::decode_program_file(bytes);
    if (!file)
        return file.error();
    if (auto status = refuse_if_read_only(); !status)
        return status.error();
    if (!is_safe_folder_name(file->program.value))
        return make_error("invalid_file", "file.program: \"" + file->program.value + "\" is not a program id");
    if (file->events.empty())
        return make_error("empty_program_file", "the file holds no events: there is nothing to open");
    ImportReport report;
    report.program = file->program;
    report.unsigned_file = std::none_of(file->events.begin(), file->events.end(), [](const Envelope& e) { return !e.signature.empty(); });
    auto it = m_programs.find(file->program);
    std::unique_ptr<Program> fresh_program;
    Program* program = nullptr;
    if (it == m_programs.end()) {
        fresh_program = std::make_unique<Program>(file->program);
        program = fresh_program.get();
        report.new_program = true;
    } else {
        program = it->second.get();
    }

    // The events this device did not have (accepted now or held pending): they are
    // what must be written.
    std::vector<Envelope> unseen;
    std::set<EventId> seen_in_file;
    for (const Envelope& envelope : file->events) {
        if (!program->log.contains(envelope.id) && !program->log.pending().contains(envelope.id) && seen_in_file.insert(envelope.id).second)
            unseen.push_back(envelope);
    }

    // The admin's key is pinned by the first creation this device saw: a file that
    // creates the program again (another key claiming to be its admin) is refused.
    const Envelope* creation = nullptr;
    for (const Envelope& envelope : unseen) {
        if (!std::holds_alternative<program::ProgramCreated>(envelope.body))
            continue;
        if (creation)
            return make_error("admin_key_mismatch", "the file was refused: it creates its program twice, from devices " + device_label(creation->id.device) + " and " + device_label(envelope.id.device));
        creation = &envelope;
    }
    if (creation) {
        for (const auto& [id, held] : program->log.events()) {
            if (std::holds_alternative<program::ProgramCreated>(held.body))
                return make_error("admin_key_mismatch", "the file was refused: it claims this program's admin is device " + device_label(creation->id.device) + ", but the admin's key here is " + device_label(id.device) + "; compare the fingerprint with your admin");
        }
    }

    // Signatures are checked on what this device does not hold already: an event
    // identical to one held was checked when it arrived (a changed one is verified
    // here and then refused by the merge as equivocation).
    std::vector<Envelope> to_verify;
    for (const Envelope& envelope : file->events) {
        const Envelope* held = nullptr;
        if (auto known = program->log.events().find(envelope.id); known != program->log.events().end())
            held = &known->second;
        else if (auto waiting = program->log.pending().find(envelope.id); waiting != program->log.pending().end())
            held = &waiting->second;
        if (!held || !(*held == envelope))
            to_verify.push_back(envelope);
    }
    if (auto verified = io::verify_events(file->program, to_verify); !verified)
        return make_error(verified.error().code, "the file was refused: " + verified.error().message);

    // The merge is tried on copies: a file with one event nobody allowed is refused
    // whole, and the program stays exactly as it was.
    EventLog log = program->log;
    Projection projection = program->projection;
    auto merged = log.merge(file->events);
    if (!merged)
        return make_error(merged.error().code, "the file was not opened: " + merged.error().message);
    projection.catch_up(log, merged->added);

    std::set<EventId> skipped_before;
    for (const SkippedEvent& skip : program->projection.state().skipped)
        skipped_before.insert(skip.event);
    const std::set<EventId> added(merged->added.begin(), merged->added.end());
    for (const SkippedEvent& skip : projection.state().skipped) {
        if (skipped_before.contains(skip.event))
            continue;
        const Envelope& envelope = log.events().at(skip.event);
        if (added.contains(skip.event) && trust::is_authority_refusal(skip.code))
            return make_error("not_allowed", "the file was refused: its event " + device_label(skip.event.device) + " #" + std::to_string(skip.event.seq) + " ("
                    + std::string(event_type_name(envelope.body)) + ") is not allowed: " + skip.reason);
        report.conflicts.push_back(ResolvedConflict{skip.event, std::string(event_type_name(envelope.body)), skip.reason});
    }

    program->log = std::move(log);
    program->projection = std::move(projection);
    if (fresh_program)
        m_programs.emplace(file->program, std::move(fresh_program));

    report.added = merged->added.size();
    report.already_present = merged->already_present;
    report.pending = merged->now_pending;
    report.skipped = report.conflicts.size();
    for (const EventId& id : merged->added)
        ++report.added_by_type[std::string(event_type_name(program->log.events().at(id).body))];
    report.missing = describe_missing(program->log);
    const auto& state = program->projection.state();
    report.program_name = state.program ? state.program->name : std::string();
    report.admin_fingerprint = state.trust.signed_program ? io::fingerprint(state.trust.admin_device) : std::string();

    // Our own events that came back: whoever made this file has them.
    for (const Envelope& envelope : file->events) {
        if (envelope.id.device == m_identity.device)
            program->exchange.acknowledged_seq = std::max(program->exchange.acknowledged_seq, envelope.id.seq);
    }
    program->exchange.last_import = m_clock.now();
    if (!unseen.empty()) {
        if (auto status = write_events(*program, unseen); status) {
            if (auto snapshot = write_snapshot(*program); !snapshot)
                (void)storage_failed(snapshot);
        }
    }
    (void)write_exchange(*program);
    changed();
    return report;
}

Status Store::write_exchange(const Program& program)
{
    if (auto status = m_storage.write_atomic(program.folder() + "/" + EXCHANGE_FILE, io::encode_exchange_record(program.exchange)); !status)
        return storage_failed(status);
    return {};
}

Result<std::string> Store::encode_events(const Program& program, std::vector<Envelope> events) const
{
    io::ProgramFile file;
    file.program = program.log.program();
    const auto& state = program.projection.state();
    file.program_name = state.program ? state.program->name : std::string();
    for (const Envelope& envelope : events)
        file.exported_at = std::max(file.exported_at, envelope.recorded_at);
    file.events = std::move(events);
    return io::encode_program_file(file);
}

Result<std::string> Store::export_program_file(const ProgramId& id) const
{
    auto it = m_programs.find(id);
    if (it == m_programs.end())
        return make_error("no_program", "program: not found on this device");
    const Program& program = *it->second;
    std::vector<Envelope> events;
    for (const Envelope* envelope : program.log.in_replay_order())
        events.push_back(*envelope);
    for (const auto& [event_id, envelope] : program.log.pending())
        events.push_back(envelope);
    return encode_events(program, std::move(events));
}

Result<std::string> Store::share_program_file(const ProgramId& id)
{
    auto bytes = export_program_file(id);
    if (!bytes || m_read_only)
        return bytes;
    Program& program = *m_programs.at(id);
    program.exchange.last_export = m_clock.now();
    program.exchange.sent_seq = program.log.last_seq(m_identity.device);
    (void)write_exchange(program);
    changed();
    return bytes;
}

Result<std::string> Store::changes_file(const ProgramId& id)
{
    auto it = m_programs.find(id);
    if (it == m_programs.end())
        return make_error("no_program", "program: not found on this device");
    Program& program = *it->second;
    // Everything of ours not yet seen back, not just what is new since the last file:
    // a lost file costs nothing, and the receiver skips what it already has.
    std::vector<Envelope> events;
    const std::uint64_t last = program.log.last_seq(m_identity.device);
    for (std::uint64_t seq = program.exchange.acknowledged_seq + 1; seq <= last; ++seq)
        events.push_back(program.log.events().at(EventId{m_identity.device, seq}));
    if (events.empty())
        return make_error("nothing_to_send", "there are no changes of this browser to send: everything it recorded has come back in a file opened here");
    auto bytes = encode_events(program, std::move(events));
    if (bytes && !m_read_only) {
        program.exchange.last_export = m_clock.now();
        program.exchange.sent_seq = last;
        (void)write_exchange(program);
        changed();
    }
    return bytes;
}

SyncStatus Store::sync_status(const ProgramId& id) const
{
    SyncStatus status;
    auto it = m_programs.find(id);
    if (it == m_programs.end())
        return status;
    const Program& program = *it->second;
    status.last_export = program.exchange.last_export;
    status.last_import = program.exchange.last_import;
    const std::uint64_t last = program.log.last_seq(m_identity.device);
    const std::uint64_t seen = std::max(program.exchange.acknowledged_seq, program.exchange.sent_seq);
    status.unsent = last > seen ? static_cast<std::size_t>(last - seen) : 0;
    const std::uint64_t acknowledged = program.exchange.acknowledged_seq;
    status.not_shown_back = last > acknowledged ? static_cast<std::size_t>(last - acknowledged) : 0;
    status.pending = program.log.pending().size();
    status.missing = describe_missing(program.log);
    return status;
}

bool Store::is_signed(const ProgramId& id) const
{
    const ProgramState* state = program(id);
    return state && state->trust.signed_program;
}

std::string Store::admin_fingerprint(const ProgramId& id) const
{
    const ProgramState* state = program(id);
    return state && state->trust.signed_program ? io::fingerprint(state->trust.admin_device) : std::string();
}

std::string Store::device_fingerprint() const
{
    return io::fingerprint(m_identity.device);
}

void Store::seal_private_text(const ProgramState& state, std::vector<EventBody>& bodies) const
{
    // Programs of an older Turnabout have devices without keys to seal to.
    if (!state.trust.signed_program)
        return;
    for (EventBody& body : bodies) {
        for (privacy::PrivateField& field : privacy::private_fields(state, body)) {
            if (field.text->empty() || privacy::is_sealed(*field.text))
                continue;
            // A person reads on the browser they registered on; people the admin
            // added use the admin's browser (a kiosk). The author's device reads too.
            std::vector<DeviceId> readers{m_identity.device};
            auto add = [&readers](const DeviceId& device) {
                if (!device.empty() && std::find(readers.begin(), readers.end(), device) == readers.end())
                    readers.push_back(device);
            };
            for (const PersonId& person : field.people) {
                auto it = state.trust.registered_on.find(person);
                add(it != state.trust.registered_on.end() ? it->second : state.trust.admin_device);
            }
            if (field.admin)
                add(state.trust.admin_device);
            *field.text = io::seal_text(*field.text, readers);
        }
    }
}

std::optional<std::string> Store::read_private(std::string_view text) const
{
    return io::open_text(text, m_key);
}

bool Store::can_act_as(const ProgramId& id, const ActorId& actor) const
{
    const ProgramState* state = program(id);
    return state && trust::may_act(*state, m_identity.device, actor);
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
