// EventLog: one program's events, merged as a union keyed by event id.
// Depends on: core/log/envelope.h, core/base.
#pragma once

#include "core/base/result.h"
#include "core/log/envelope.h"
#include "core/log/signer.h"

#include <map>
#include <set>
#include <span>
#include <vector>

namespace turnabout {

// Events held back because part of their causal past has not arrived, at most.
inline constexpr std::size_t MAX_PENDING_EVENTS = 100000;

struct MergeReport {
    // Accepted into the log by this merge, in replay order.
    std::vector<EventId> added;
    std::size_t already_present = 0;
    // Held until their device's earlier events arrive.
    std::size_t now_pending = 0;

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

    // Union with `incoming`, all or nothing: on error nothing changed. Refused:
    // equivocation (a known id with a different envelope), seq or lamport of 0, a seq,
    // lamport or seen seq past MAX_SEQ_OR_LAMPORT, a lamport not above its device's
    // previous event, a pending set past its bound.
    Result<MergeReport> merge(std::span<const Envelope> incoming);

    std::size_t size() const { return m_events.size(); }
    bool contains(const EventId& id) const { return m_events.contains(id); }
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

private:
    void accept(const Envelope& envelope);

    ProgramId m_program;
    std::map<EventId, Envelope> m_events;
    std::map<EventId, Envelope> m_pending;
    std::set<ReplayKey> m_order;
    std::map<DeviceId, std::uint64_t> m_last_seq;
    // Per device, the highest seq of each other device its accepted events had seen.
    std::map<DeviceId, std::map<DeviceId, std::uint64_t>> m_declared;
    std::uint64_t m_max_lamport = 0;
};

}
