// The store's exchange with other devices: opening files (signatures, the trial merge,
// the merge report), sharing and sending changes, the sync status, and private text
// sealed for its readers and opened for this device.
#include "app/held_events.h"
#include "app/store.h"
#include "app/store_program.h"

#include "core/domain/privacy/private_text.h"
#include "core/domain/trust/trust_rules.h"
#include "io/admin_note_codec.h"
#include "io/program_file.h"
#include "io/sealing.h"
#include "io/signing.h"
#include "io/small_files.h"

#include <algorithm>
#include <set>

namespace turnabout {

namespace {

std::string device_label(const DeviceId& device)
{
    std::string print = io::fingerprint(device);
    return print.empty() ? device.value : print;
}

// What held events wait for: per device, the runs of its changes this log lacks. A run
// ends where a held event of that device begins, so describing a gap of a billion
// numbers costs what a gap of one costs (the sharing screen asks every frame).
std::vector<std::string> describe_missing(const EventLog& log)
{
    std::vector<std::string> out;
    if (log.pending().empty())
        return out;
    for (const auto& wanted : log.missing()) {
        // Plain names, not a structured binding: em++'s clang cannot capture one in a lambda.
        const DeviceId& device = wanted.first;
        const std::uint64_t need = wanted.second;
        std::uint64_t from = log.last_seq(device) + 1;
        // The first held event of this device at or after `from`, while it is within `need`.
        auto next_held = log.pending().lower_bound(EventId{device, from});
        auto held_within = [&] { return next_held != log.pending().end() && next_held->first.device == device && next_held->first.seq <= need; };
        while (from <= need) {
            if (held_within() && next_held->first.seq == from) {
                ++from;
                ++next_held;
                continue;
            }
            const std::uint64_t last = held_within() ? next_held->first.seq - 1 : need;
            out.push_back(std::string(from == last ? "change " + std::to_string(from) : "changes " + std::to_string(from) + " to " + std::to_string(last)) + " from device " + device_label(device));
            from = last + 1;
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

    // The envelopes this device did not have (a second version of a known event
    // among them): what the merge keeps of them is what must be written.
    std::vector<Envelope> unseen;
    std::set<std::pair<EventId, std::string>> seen_in_file;
    for (const Envelope& envelope : file->events) {
        if (!program->log.holds(envelope) && seen_in_file.emplace(envelope.id, envelope.signature).second)
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
    // here: validly signed, it is evidence against its device; see EventLog::merge).
    std::vector<Envelope> to_verify;
    for (const Envelope& envelope : file->events) {
        if (!program->log.holds(envelope))
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
    if (merged->removed.empty())
        projection.catch_up(log, merged->added);
    else
        projection.rebuild(log);

    // An event this file brings is judged as it arrives: one nobody allowed refuses
    // the file. One held before is judged when the past it waited for arrives, and is
    // set aside alone: the file that completed it is not at fault.
    std::set<EventId> judged_now;
    for (const EventId& id : merged->added) {
        if (!program->log.pending().contains(id))
            judged_now.insert(id);
    }
    std::set<EventId> skipped_before;
    for (const SkippedEvent& skip : program->projection.state().skipped)
        skipped_before.insert(skip.event);
    auto aside = set_aside_unauthorized(log, projection, judged_now);
    if (!aside)
        return make_error(aside.error().code, "the file was refused: " + aside.error().message);
    report.conflicts = std::move(*aside);
    for (const SetAside& failed : merged->set_aside)
        report.conflicts.push_back(ResolvedConflict{failed.event, std::string(event_type_name(program->log.pending().at(failed.event).body)), failed.reason});
    for (const SkippedEvent& skip : projection.state().skipped) {
        if (skipped_before.contains(skip.event))
            continue;
        report.conflicts.push_back(ResolvedConflict{skip.event, std::string(event_type_name(log.events().at(skip.event).body)), skip.reason});
    }
    // What trust can tell of a held event without its missing past, it tells now.
    for (const Envelope& envelope : unseen) {
        if (!log.pending().contains(envelope.id) || !(log.pending().at(envelope.id) == envelope))
            continue;
        if (auto held = trust::judge_held(projection.state(), context_of(envelope), envelope.body); !held)
            return make_error("not_allowed", "the file was refused: its event " + device_label(envelope.id.device) + " #" + std::to_string(envelope.id.seq) + " ("
                    + std::string(event_type_name(envelope.body)) + "), held until the changes before it arrive, is not allowed: " + held.error().message);
    }
    // Only what the merge kept is written: events of an excluded device are not.
    std::erase_if(unseen, [&](const Envelope& envelope) { return !log.holds(envelope); });

    program->log = std::move(log);
    program->projection = std::move(projection);
    if (fresh_program)
        m_programs.emplace(file->program, std::move(fresh_program));

    report.already_present = merged->already_present;
    report.pending = merged->now_pending;
    report.skipped = report.conflicts.size();
    for (const EventId& id : merged->added) {
        // Not counted: an event set aside as soon as it was delivered.
        if (auto added = program->log.events().find(id); added != program->log.events().end()) {
            ++report.added;
            ++report.added_by_type[std::string(event_type_name(added->second.body))];
        }
    }
    report.missing = describe_missing(program->log);
    for (const DeviceId& device : merged->excluded)
        report.exclusions.push_back(describe_exclusion(program->projection.state(), device, program->log.exclusions().at(device)));
    const auto& state = program->projection.state();
    report.program_name = state.program ? state.program->name : std::string();
    report.admin_fingerprint = state.trust.signed_program ? io::fingerprint(state.trust.admin_device) : std::string();
    for (const AdminKey& key : admin_keys(file->program))
        report.admin_fingerprints.push_back(key.fingerprint);
    report.admin_keys_added = report.added_by_type.contains(std::string(trust::AdminDeviceEnrolled::TYPE));

    // Our own events that came back: whoever made this file has them.
    for (const Envelope& envelope : file->events) {
        if (envelope.id.device == m_identity.device)
            program->exchange.acknowledged_seq = std::max(program->exchange.acknowledged_seq, envelope.id.seq);
    }
    program->exchange.last_import = m_clock.now();
    if (!unseen.empty()) {
        // A merge may land early in replay order: a fresh snapshot spares the next
        // load a replay. It is written after the events it covers.
        program->snapshot_due = true;
        (void)write_events(*program, unseen);
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
    // Held events are not passed on until they are accepted here: nobody is handed
    // what this device could not yet judge. The evidence against a device goes out,
    // so that whoever opens the file excludes the same events.
    if (auto saved = refuse_if_unwritten(program); !saved)
        return saved.error();
    if (program.log.size() == 0)
        return make_error("nothing_accepted", "program: nothing can be shared yet: the " + std::to_string(program.log.pending().size())
                + " changes opened here wait for the program's own file, which has not been opened in this browser");
    std::vector<Envelope> events;
    for (const Envelope* envelope : program.log.in_replay_order())
        events.push_back(*envelope);
    // Evidence goes out when another browser may have accepted one of its versions:
    // one that is no forgery the signer rule can tell (held, as far as it can; with
    // its past here, in full: a conflict is accepted into a log, a forgery never). One
    // such version is enough: a browser that accepted it, and refused or never saw the
    // forged ones beside it, holds changes of the device that this one set aside, and
    // only the evidence brings it to the same exclusion. All versions known at the
    // disputed seq go together, so that every browser ends with the same ones.
    // Versions that are all forgeries exclude a device here, but are not passed on: no
    // browser accepted any, so one that refused them, or never saw them, ends with the
    // same bytes. Nor when their past is not here: no browser could have accepted
    // them without it, and whoever sends that past sends the evidence too.
    const ProgramState& state = program.projection.state();
    const EventLog& log = program.log;
    auto past_is_here = [&](const Envelope& version) {
        if (log.last_seq(version.id.device) + 1 < version.id.seq)
            return false;
        return std::all_of(version.seen.begin(), version.seen.end(), [&](const auto& seen) {
            auto cut = log.cut_from(seen.first);
            return log.last_seq(seen.first) >= (cut && seen.second >= *cut ? *cut - 1 : seen.second);
        });
    };
    auto may_have_been_accepted = [&](const Envelope& version) {
        if (!past_is_here(version) || !trust::judge_held(state, context_of(version), version.body))
            return false;
        // With its past here, the signer rule judges it in full: a conflict is still
        // accepted into a log, a forgery never.
        auto signer = trust::check_signer(state, context_of(version), version.body);
        return signer.ok() || signer.error().refusal != Refusal::Authority;
    };
    for (const auto& [device, exclusion] : log.exclusions()) {
        std::vector<Envelope> versions = exclusion.versions();
        if (std::any_of(versions.begin(), versions.end(), may_have_been_accepted))
            events.insert(events.end(), versions.begin(), versions.end());
    }
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
    if (auto saved = refuse_if_unwritten(program); !saved)
        return saved.error();
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
    for (const auto& [device, exclusion] : program.log.exclusions())
        status.exclusions.push_back(describe_exclusion(program.projection.state(), device, exclusion));
    return status;
}

bool Store::is_signed(const ProgramId& id) const
{
    const ProgramState* state = recorded(id);
    return state && state->trust.signed_program;
}

std::string Store::admin_fingerprint(const ProgramId& id) const
{
    const ProgramState* state = recorded(id);
    return state && state->trust.signed_program ? io::fingerprint(state->trust.admin_device) : std::string();
}

std::string Store::device_fingerprint() const
{
    return io::fingerprint(m_identity.device);
}

void Store::seal_private_text(const ProgramState& state, std::vector<EventBody>& bodies) const
{
    // A note to the admin as decided says plainly what it is about; only its content
    // goes into a file, so what it says is encoded there first, to be sealed below.
    for (EventBody& body : bodies) {
        if (auto* note = std::get_if<match_life::AdminNoteSent>(&body); note && !note->note.match.empty()) {
            note->content = privacy::PrivateText(io::encode_admin_note(note->note));
            note->note = {};
        }
    }
    // Programs of an older Turnabout have devices without keys to seal to.
    if (!state.trust.signed_program)
        return;
    for (EventBody& body : bodies) {
        for (privacy::PrivateField& field : privacy::private_fields(state, body)) {
            if (field.text->empty() || field.text->is_sealed())
                continue;
            const std::vector<DeviceId> readers = reader_devices(state, m_identity.device, field.people, field.admin);
            *field.text = io::seal_text(field.text->stored(), readers);
        }
    }
}

std::optional<std::string> Store::read_private(const privacy::PrivateText& text) const
{
    return io::open_text(text, *m_key);
}

bool Store::can_act_as(const ProgramId& id, const ActorId& actor) const
{
    const ProgramState* state = recorded(id);
    return state && trust::may_act(*state, m_identity.device, actor);
}

}
