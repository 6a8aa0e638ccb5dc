// Store: the local database. Every program's event log and its projected state, this
// device's identity, and the rule that every change goes through decide. Writes each
// change to Storage at once; making it durable is SaveCoordinator's job.
// Depends on: core, io, platform/storage.h (only declared here: the views that use a
// Store see neither files nor keys).
#pragma once

#include "core/base/clock.h"
#include "core/domain/command.h"
#include "core/domain/state.h"
#include "core/log/event_log.h"
#include "core/log/projection.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout {

class Storage;
namespace io {
struct DeviceKey;
}

struct Identity {
    // "k-" and this device's public key: every event it records is signed with it.
    DeviceId device;
    // The actor this device's admin acts as.
    ActorId actor;
};

// An event that replay could not apply after a merge, and the written rule that decided.
struct ResolvedConflict {
    EventId event;
    std::string event_type;
    std::string reason;
};

// What one opened file did: the merge report.
struct ImportReport {
    ProgramId program;
    std::string program_name; // empty while the program's creation is still missing
    bool new_program = false;
    std::size_t added = 0;
    std::size_t already_present = 0;
    std::size_t pending = 0;
    std::size_t skipped = 0; // events replay refused (see ProgramState::skipped)
    // Added events by type ("RequestSent": 2), for a report a person can read.
    std::map<std::string, std::size_t> added_by_type;
    // New events a conflict rule resolved (a place taken meanwhile, a person removed).
    std::vector<ResolvedConflict> conflicts;
    // What held events wait for: "3 events from device 7KQ2 M9XD… after its event 4".
    std::vector<std::string> missing;
    // Devices this file showed saying two different things, in plain words: "Changes
    // from Ana Lima's browser from #12 on were set aside: it sent two different
    // versions of change #12". The file is opened all the same, without those changes.
    std::vector<std::string> exclusions;
    // Unsigned files come from an older Turnabout: opened, but authorship unchecked.
    bool unsigned_file = false;
    // The program admin's key fingerprint, pinned when the program was first opened.
    std::string admin_fingerprint;
    // Every key the admin acts from: the creation's first, then each enrolled one.
    std::vector<std::string> admin_fingerprints;
    // Whether this file enrolled an admin key (a co-admin, or the admin restored).
    bool admin_keys_added = false;
};

// One key the program's admin acts from.
struct AdminKey {
    DeviceId device;
    std::string fingerprint;
    bool this_browser = false;
    // The key that created the program (the others were enrolled later).
    bool first = false;
};

// What an admin key backup says about itself before its passphrase is asked.
struct AdminBackupSummary {
    ProgramId program;
    std::string program_name;
    std::string admin_fingerprint;
    // Whether this browser holds the program, and is already one of its admin's.
    bool program_here = false;
    bool already_admin_here = false;
};

// A program found in Storage that could not be read. It is listed, never hidden, and
// its files stay as they are until a good file of the same program is opened here.
struct LoadProblem {
    ProgramId program;  // the folder's name
    std::string name;   // from a part of its data that still reads; empty when unknown
    std::string reason; // in plain words: what is wrong and which file
    std::string detail; // the technical message, for the record
};

// A damaged program that a file opened here made readable again, and where its
// damaged files went: set aside in the program's folder under these names, not deleted.
struct RestoredProgram {
    ProgramId program;
    std::vector<std::string> kept;
};

// What this device has exchanged for one program.
struct SyncStatus {
    std::optional<Timestamp> last_export;
    std::optional<Timestamp> last_import;
    // Events recorded on this device that no file opened here has shown back yet:
    // what "Send my changes" carries.
    std::size_t unsent = 0;
    // Events recorded on this device that no file opened here has shown back yet: what
    // a changes file carries (sent ones included, in case that file was lost).
    std::size_t not_shown_back = 0;
    // Events this device holds that wait for earlier events of their device, and
    // what they wait for.
    std::size_t pending = 0;
    std::vector<std::string> missing;
    // Devices whose changes are set aside from some point on, and why (see
    // ImportReport::exclusions).
    std::vector<std::string> exclusions;
};

// A command the core accepted. Its events stand in this browser's memory whether or
// not Storage took them; `saved` is false when the write failed. That is not a
// refusal: the change is kept, storage_error() says why, the next write retries.
struct Recorded {
    bool saved = true;
};

// Who the views read a program as: the fields sealed to others stay blank.
struct Reader {
    enum class Kind {
        Device, // whatever this browser's key opens (the default: tests, the tool)
        Nobody, // only what is for everyone
        Admin,  // the program's admin: everything this browser opens
        Person, // one person: their own fields, and their partners' fields for partners
    };
    Kind kind = Kind::Device;
    PersonId person;

    bool operator==(const Reader&) const = default;
};

class Store {
public:
    Store(Storage& storage, Clock& clock, Random& random);
    ~Store();

    // Reads (or on first use creates) the device identity and every program saved in
    // Storage. Read-only: for a second tab; nothing is ever written.
    Status open(bool read_only);
    // Prepares an empty Storage so that a Store opened on it is the device of `key`:
    // the tool reading a file as the admin whose key backup it was given.
    static Status seed_identity(Storage& storage, const io::DeviceKey& key);
    bool read_only() const { return m_read_only; }
    const Identity& identity() const { return m_identity; }

    // Programs in the order of their names, then ids.
    std::vector<ProgramId> program_ids() const;
    // The program as the current reader (read_as) reads it: the recorded state with
    // the sealed fields this browser opens for that reader filled in.
    const ProgramState* program(const ProgramId& id) const;
    // The program as recorded, identical on every device: sealed fields blank and
    // listed in each person's `hidden`.
    const ProgramState* recorded(const ProgramId& id) const;
    // Who program() reads `id` as from now on. A view setting, so const: it changes
    // what is shown, never what is stored.
    void read_as(const ProgramId& id, Reader reader) const;
    // Records, for each active match, the sealing of a person's fields for partners
    // to the new partner, where this browser may act for that person (their own
    // browser, or the admin's) and has not yet. Called after every change here and
    // after a file is opened; returns how many sealings it recorded.
    Result<std::size_t> share_with_partners(const ProgramId& program);
    // On one of the admin's browsers: records, for each active member whose list of
    // people they may not be matched with (core/domain/privacy/ruled_out.h), as this
    // browser reads the program, differs from the newest one it opens, that list
    // sealed to them and the admin's browsers. Returns how many it recorded.
    Result<std::size_t> seal_ruled_out(const ProgramId& program);
    // What every change here and every file opened calls for: share_with_partners,
    // then seal_ruled_out. Nothing on a read-only tab.
    Status follow_up(const ProgramId& program);
    const EventLog* log(const ProgramId& id) const;

    // Creates a program administered by this device's actor.
    Result<ProgramId> create_program(std::string name, std::string description);
    // The creation wizard: a program with all its settings and its questionnaire at once.
    Result<ProgramId> set_up_program(program::Setup setup, std::vector<questionnaire::Question> questionnaire);
    Result<PersonId> add_person(const ProgramId& program, people::PersonDetails details);
    // Fresh ids for what a screen or an import is about to record: 64 random bits each,
    // so two devices adding something at the same time never pick the same id.
    // Drawing one changes no data, so screens holding a const Store may ask.
    // A person's id is bound to this browser (trust::bound_person_id): whoever
    // registers here, or is added here, gets an id no other browser's key can claim.
    PersonId new_person_id() const;
    program::MatchTypeId new_match_type_id() const { return program::MatchTypeId{"m-" + random_hex_id(m_random)}; }
    questionnaire::QuestionId new_question_id() const { return questionnaire::QuestionId{"q-" + random_hex_id(m_random)}; }
    matching::MatchId new_match_id() const { return matching::MatchId{"x-" + random_hex_id(m_random)}; }
    requests::RequestId new_request_id() const { return requests::RequestId{"r-" + random_hex_id(m_random)}; }
    // Any other command, as this device's admin actor: decide, append, apply, write.
    // Refused: nothing changed. Accepted: the change stands; `saved` tells whether
    // Storage took it too (if not, storage_error() says why and the next write retries).
    Result<Recorded> execute(const ProgramId& program, const Command& command);
    // The same as someone chosen in the "who is using Turnabout?" picker.
    Result<Recorded> execute_as(const ActorId& actor, const ProgramId& program, const Command& command);
    // Several commands that stand or fall together: all are decided on a scratch copy
    // first; the first refusal is returned with its position and nothing is recorded.
    Result<Recorded> execute_all(const ProgramId& program, const std::vector<Command>& commands, std::size_t* refused_at = nullptr);
    // A new participant registers themselves: a fresh person id, acting as that person.
    Result<PersonId> join_program(const ProgramId& program, people::PersonDetails details, people::Answers answers);
    // People of `program` whose registration was recorded on this device: the ones
    // the person picker offers besides those the admin added.
    std::vector<PersonId> joined_on_this_device(const ProgramId& program) const;

    // Merges a program file (an export), all or nothing: on error nothing changed.
    // Refused: a damaged or hostile file, a forged or altered signature, an event by
    // a device not allowed to act for its author, or one its author may not do, held
    // or not as far as it can be judged already. Not refused: a file that completes
    // the past of a held event that then fails (that event is set aside), or that
    // shows a device signed two versions of one event (its changes from there on are
    // set aside, see ImportReport::exclusions).
    Result<ImportReport> import_program_file(std::string_view bytes);
    // The program's export file: every accepted event of its log and the evidence
    // against devices that signed two versions of one event; not the held ones, which
    // go out once accepted. The same log gives the same bytes on every device.
    Result<std::string> export_program_file(const ProgramId& program) const;
    // "Share program": the export file, with the export recorded in the sync status.
    Result<std::string> share_program_file(const ProgramId& program);
    // "Send my changes" (to the admin, or straight to a mentor or mentee): only this
    // device's events that no opened file has shown back yet (see SyncStatus::unsent);
    // recorded as an export.
    // All three refuse with `not_saved` while the program has changes Storage has not
    // taken: a file never carries a change this browser could still lose.
    Result<std::string> changes_file(const ProgramId& program);
    SyncStatus sync_status(const ProgramId& program) const;
    // Whether the program's events are signed (programs from an older Turnabout are not).
    bool is_signed(const ProgramId& program) const;
    // The admin's key fingerprint ("7KQ2 M9XD 4TRB 1HZC"), empty for unsigned programs.
    std::string admin_fingerprint(const ProgramId& program) const;
    // This device's own key fingerprint.
    std::string device_fingerprint() const;
    // Whether events `actor` records on this device will be accepted by everyone:
    // the admin's own device for the admin and, as a kiosk, for the people without
    // a browser of their own; another device only for the people who registered on
    // it and were approved.
    bool can_act_as(const ProgramId& program, const ActorId& actor) const;
    // The actor this browser records as in `program`: the program's admin on one of
    // its admin devices, this browser's own actor otherwise.
    ActorId actor_in(const ProgramId& program) const;
    // Whether this browser acts as the program's admin: it created it, or it is one of
    // the admin's enrolled devices.
    bool administers(const ProgramId& program) const;
    // The keys the program's admin acts from, the first one first.
    std::vector<AdminKey> admin_keys(const ProgramId& program) const;
    // Enrols another browser as one of the admin's, by the device id it shows
    // ("k-…"); only from an admin browser.
    Result<Recorded> enrol_admin_device(const ProgramId& program, const DeviceId& device);
    // "Back up admin key": this browser's key sealed with `passphrase`, as a file;
    // only on one of the program admin's browsers. Whoever holds the file and the
    // passphrase can act as the admin.
    Result<std::string> admin_backup_file(const ProgramId& program, std::string_view passphrase) const;
    // Reads a backup file without opening it.
    Result<AdminBackupSummary> read_admin_backup(std::string_view bytes) const;
    // "Restore admin from a backup": opens the backup with `passphrase` and records,
    // as this browser's own signed event, its enrolment as one of the admin's
    // devices, endorsed by the key inside. This browser keeps its own key: it never
    // records with the old one, whose numbers the lost browser may have used. The
    // program must be here already (its file opened). A wrong passphrase changes nothing.
    Result<ProgramId> restore_admin(std::string_view backup_bytes, std::string_view passphrase);
    // Private text as this device may show it: plain text as it is; sealed text
    // opened when this device is one of its readers; nothing otherwise.
    std::optional<std::string> read_private(const privacy::PrivateText& text) const;

    // Programs found in Storage that could not be read; left untouched on disk until
    // a good file of the program is opened (import_program_file): then their files
    // are set aside under new names and the program is written afresh from that file.
    const std::vector<LoadProblem>& unreadable_programs() const { return m_load_problems; }
    // The same problems' technical messages.
    std::vector<std::string> load_problems() const;
    // Programs restored this session, with the names their damaged files were kept as.
    const std::vector<RestoredProgram>& restored_programs() const { return m_restored; }
    // The last failure to write to Storage, if any (the change itself stands in memory).
    const std::string& storage_error() const { return m_storage_error; }
    // Whether this browser holds changes Storage has not taken yet (a write failed):
    // of one program, or of any. Files that would carry them are refused (not_saved)
    // until they are written.
    bool has_unwritten(const ProgramId& program) const;
    bool has_unwritten() const;
    // Writes what earlier writes left unwritten, oldest first ("Retry saving"; the
    // next change does it too). Nothing is ever dropped while it fails.
    Status retry_save();

    // Changes on every accepted command or import: views use it to know when to redraw.
    std::uint64_t revision() const { return m_revision; }
    // Called after each change was written to Storage (the web app then syncs it).
    void set_on_written(std::function<void()> callback) { m_on_written = std::move(callback); }

private:
    struct Program;
    struct Exchange;

    // Reads one program's folder; what made it unreadable, if anything.
    std::optional<LoadProblem> load_program(const std::string& folder_name);
    // The program's name from whatever part of its folder still reads.
    std::string name_from_readable_parts(const std::string& folder_name);
    // Before a program that could not be read is written afresh: copies its files
    // to names the loader ignores, so the new segments never overwrite them unseen.
    Status set_aside_damaged(const Program& program);
    Status remove_stale_segments(const Program& program);
    // A new program's log, started with the events `creation` (given the fresh id) decides.
    Result<ProgramId> begin_program(const std::function<Command(const ProgramId&)>& creation);
    // Adds the events to the program's segments, then saves it.
    Status write_events(Program& program, const std::vector<Envelope>& events);
    // Writes what the program's Storage lacks: unwritten segments oldest first, the
    // newest, a snapshot that is due.
    Status save_program(Program& program);
    Status write_segment(const Program& program, std::size_t index, const std::vector<Envelope>& events);
    Status refuse_if_unwritten(const Program& program) const;
    Status storage_failed(Status status);
    Status write_snapshot(const Program& program);
    Recorded append_and_apply(Program& program, const std::vector<EventBody>& bodies, std::optional<ActorId> actor = std::nullopt);
    Result<Recorded> execute_all_as(const ActorId& actor, const ProgramId& program, const std::vector<Command>& commands, std::size_t* refused_at);
    Status refuse_if_read_only() const;
    void seal_private_text(const ProgramState& state, std::vector<EventBody>& bodies) const;
    // Seals the fields of people's data that are not for everyone (core/domain/privacy)
    // to their readers' devices, and each partner sharing's and ruled-out list's
    // content from `reading`.
    void seal_person_fields(const ProgramState& state, const ProgramState& reading, std::vector<EventBody>& bodies) const;
    ProgramState read_state(const ProgramState& recorded, const Reader& reader) const;
    const ProgramState& reading_of(const Program& program) const;
    Status write_exchange(const Program& program);
    Result<std::string> encode_events(const Program& program, std::vector<Envelope> events) const;
    void changed();
    void changed_without_write();

    Storage& m_storage;
    Clock& m_clock;
    Random& m_random;
    Identity m_identity;
    std::unique_ptr<io::DeviceKey> m_key;
    std::vector<DeviceId> m_former_devices;
    std::unique_ptr<EventSigner> m_signer;
    bool m_read_only = false;
    std::map<ProgramId, std::unique_ptr<Program>> m_programs;
    std::vector<LoadProblem> m_load_problems;
    std::vector<RestoredProgram> m_restored;
    std::string m_storage_error;
    std::uint64_t m_revision = 0;
    std::function<void()> m_on_written;
    // Sealed groups this browser opened, by their sealed bytes: a reading made again
    // after each change opens only what is new (nothing when the key is not a reader).
    mutable std::map<std::string, std::optional<std::string>> m_opened;
};

}
