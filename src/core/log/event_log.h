// EventLog: one program's events, merged as a union keyed by event id.
// Depends on: core/log/envelope.h, core/base.
#pragma once

#include "core/base/result.h"
#include "core/log/envelope.h"
#include "core/log/signer.h"

#include <map>
#include <optional>
#include <string>
#include <set>
#include <span>
#include <vector>

namespace turnabout {

// Events of one device held back because part of their causal past has not arrived,
// at most: the bound is per device, so one device's flood holds up no one else's
// files. An honest device that far ahead of what arrived means files are missing.
inline constexpr std::size_t MAX_PENDING_PER_DEVICE = 10000;

// How far above the newest event of its known past an event's lamport may be when
// part of that past was taken out by an exclusion (it had seen events of a device
// found to equivocate, whose lamports are gone): a honest device is above by the
// length of that device's excluded run at most. Elsewhere the lamport is exact.
inline constexpr std::uint64_t MAX_LAMPORT_ABOVE_EXCLUDED_PAST = std::uint64_t{1} << 20;

// A device that signed two different events under one id: the evidence against it.
// Its events from `from_seq` on are set aside everywhere; those below stay.
struct Exclusion {
    // The lowest seq at which two versions are known.
    std::uint64_t from_seq = 0;
    // Two versions of that event, the lower signature first: of all versions known,
    // the two lowest, so every device that has seen the same versions keeps the same two.
    Envelope first;
    Envelope second;
    // Every other version known at that seq, by signature. They travel with the two:
    // whether the evidence goes out depends on whether any version may have been
    // accepted somewhere (Store::export_program_file), and a third version that was
    // accepted must not be lost behind two forged ones with lower signatures.
    std::vector<Envelope> others;

    // Whether `envelope` is one of the versions kept.
    bool has(const Envelope& envelope) const;
    // The versions kept, the two lowest first.
    std::vector<Envelope> versions() const;

    bool operator==(const Exclusion&) const = default;
};

// A held event that failed when its past arrived: only it and its device's later
// events are set aside, never the file that completed it.
struct SetAside {
    EventId event;
    std::string reason;

    bool operator==(const SetAside&) const = default;
};

// How the events given to merge arrived.
enum class Arrival {
    // In a file: a damaged event refuses the whole file, unless it was held before
    // and fails only now that its past arrived (then it is set aside).
    File,
    // From this device's own storage: each was checked when it arrived, and one that
    // failed later is set aside again rather than making the program unreadable.
    Stored,
};

struct MergeReport {
    // Accepted into the log by this merge, in replay order.
    std::vector<EventId> added;
    std::size_t already_present = 0;
    // Held until their device's earlier events arrive.
    std::size_t now_pending = 0;
    // Accepted before and taken out now by an exclusion: replay starts over.
    std::vector<EventId> removed;
    // Devices excluded by this merge, or excluded from an earlier seq than before.
    std::vector<DeviceId> excluded;
    // Events left out because their device is excluded or was cut off before them.
    std::size_t left_out = 0;
    // Held events that failed on delivery.
    std::vector<SetAside> set_aside;

    bool operator==(const MergeReport&) const = default;
};

class EventLog {
public:
    explicit EventLog(ProgramId program);

    const ProgramId& program() const { return m_program; }

    // Whether `count` more events of `device` fit under MAX_SEQ_OR_LAMPORT; append_local
    // may be called only then. Only a file made to reach the limit brings a program
    // there, and then nothing more is recorded rather than an event no device reads.
    Status room_for_local(const DeviceId& device, std::size_t count) const;

    // Records an event made on this device: the next seq for `device`, and a lamport
    // above every event this log has seen, so it replays after all of them. With a
    // signer, the event is sealed with this device's signature.
    const Envelope& append_local(const DeviceId& device, const ActorId& author, Timestamp recorded_at, EventBody body, const EventSigner* signer = nullptr);

    // Union with `incoming`, all or nothing: on error nothing changed. Refused: a
    // known id with different content that is not two signed versions (an altered
    // file), seq or lamport of 0, a seq, lamport or seen seq past MAX_SEQ_OR_LAMPORT,
    // an event naming its own device or seq 0 among what it had seen, a lamport not
    // above its device's previous event (checked on arrival as far as it is known,
    // held or not), a lamport that no exclusion could make right (no other device's
    // event in its past, or too far above it), a device's held events past their
    // bound. A lamport that disagrees with another device's event it had seen waits
    // instead: that device may be two-faced. Two signed versions of one id exclude
    // their device (see Exclusion).
    Result<MergeReport> merge(std::span<const Envelope> incoming, Arrival arrival = Arrival::File);

    // Sets aside the accepted event `id`, which replay refused for a reason its held
    // arrival could not show, and its device's later events, here only: the evidence
    // is the whole log, which every device that holds it judges alike. Returns the
    // accepted events taken out (replay starts over).
    std::vector<EventId> set_aside(const EventId& id, std::string reason);

    std::size_t size() const { return m_events.size(); }
    bool contains(const EventId& id) const { return m_events.contains(id); }
    // Whether this exact envelope is here: accepted, held or evidence. A set-aside one
    // is not: a file that brings it again has it judged again.
    bool holds(const Envelope& envelope) const;
    // Accepted events, keyed by id.
    const std::map<EventId, Envelope>& events() const { return m_events; }
    // Held events, keyed by id; their device's earlier seqs are missing.
    const std::map<EventId, Envelope>& pending() const { return m_pending; }
    // Accepted events in replay order.
    std::vector<const Envelope*> in_replay_order() const;
    std::uint64_t max_lamport() const { return m_max_lamport; }
    // Highest contiguous seq accepted from `device` (0 if none).
    std::uint64_t last_seq(const DeviceId& device) const;
    // What the held events wait for: per device, the highest seq they need that
    // this log does not have (at most MAX_SEQ_OR_LAMPORT).
    std::map<DeviceId, std::uint64_t> missing() const;
    // Devices that signed two versions of one event, with the evidence.
    const std::map<DeviceId, Exclusion>& exclusions() const { return m_exclusions; }
    // Events set aside when their past arrived, by device (the lowest one each).
    const std::map<DeviceId, SetAside>& set_aside_events() const { return m_set_aside; }
    // The versions of each exclusion, by device: they travel in exports, so that
    // whoever opens one excludes the same events.
    std::vector<Envelope> evidence() const;
    // The seq from which `device`'s events are left out (excluded or set aside), if any.
    std::optional<std::uint64_t> cut_from(const DeviceId& device) const;

private:
    void accept(const Envelope& envelope);
    // Records `aside` as its device's set-aside event, in place of an earlier one.
    void note_set_aside(SetAside aside, const Envelope& envelope);
    // Takes `device`'s accepted events from `seq` on out of the log, and its held ones.
    std::vector<EventId> remove_from(const DeviceId& device, std::uint64_t seq);

    ProgramId m_program;
    std::map<EventId, Envelope> m_events;
    std::map<EventId, Envelope> m_pending;
    std::set<ReplayKey> m_order;
    std::map<DeviceId, std::uint64_t> m_last_seq;
    // Per device, the highest seq of each other device its accepted events had seen.
    std::map<DeviceId, std::map<DeviceId, std::uint64_t>> m_declared;
    std::uint64_t m_max_lamport = 0;
    std::map<DeviceId, Exclusion> m_exclusions;
    std::map<DeviceId, SetAside> m_set_aside;
    // The envelopes set aside, so that a second version of one is evidence too and
    // the same one brought again is judged again.
    std::map<EventId, Envelope> m_set_aside_envelopes;
};

}
