#include "core/log/event_log.h"

#include <algorithm>
#include <cassert>

namespace turnabout {

namespace {

std::string describe(const EventId& id)
{
    return id.device.value + ":" + std::to_string(id.seq);
}

// A number past the limit, refused before anything else is looked at: walking up to
// it, or numbering the next event after it, is what it would cost.
Status within_limit(const Envelope& envelope)
{
    const std::string limit = std::to_string(MAX_SEQ_OR_LAMPORT);
    if (envelope.id.seq > MAX_SEQ_OR_LAMPORT)
        return make_error("seq_beyond_limit", "event " + describe(envelope.id) + ": its seq is beyond " + limit + ", the most changes one device records in a program; the file is damaged");
    if (envelope.lamport > MAX_SEQ_OR_LAMPORT)
        return make_error("lamport_beyond_limit", "event " + describe(envelope.id) + ": its lamport " + std::to_string(envelope.lamport) + " is beyond " + limit + ", more than a program's clock ever counts; the file is damaged");
    for (const auto& [cause, seq] : envelope.seen) {
        if (seq > MAX_SEQ_OR_LAMPORT)
            return make_error("seq_beyond_limit", "event " + describe(envelope.id) + ": it says it had seen change " + std::to_string(seq) + " of device " + cause.value + ", beyond " + limit + ", the most changes one device records in a program; the file is damaged");
    }
    return {};
}

}

EventLog::EventLog(ProgramId program)
    : m_program(std::move(program))
{
}

std::uint64_t EventLog::last_seq(const DeviceId& device) const
{
    auto it = m_last_seq.find(device);
    return it == m_last_seq.end() ? 0 : it->second;
}

void EventLog::accept(const Envelope& envelope)
{
    m_order.insert(replay_key(envelope));
    m_last_seq[envelope.id.device] = envelope.id.seq;
    m_max_lamport = std::max(m_max_lamport, envelope.lamport);
    auto& declared = m_declared[envelope.id.device];
    for (const auto& [other, seq] : envelope.seen)
        declared[other] = std::max(declared[other], seq);
    m_events.emplace(envelope.id, envelope);
}

Status EventLog::room_for_local(const DeviceId& device, std::size_t count) const
{
    const std::uint64_t used = std::max(last_seq(device), m_max_lamport);
    if (count > MAX_SEQ_OR_LAMPORT - used)
        return make_error("event_limit_reached", "no more changes can be recorded in this program: its events are numbered up to " + std::to_string(used) + ", and Turnabout numbers them up to " + std::to_string(MAX_SEQ_OR_LAMPORT) + " at most; a file opened here went that far");
    return {};
}

const Envelope& EventLog::append_local(const DeviceId& device, const ActorId& author, Timestamp recorded_at, EventBody body, const EventSigner* signer)
{
    assert(room_for_local(device, 1).ok());
    Envelope envelope;
    envelope.id = EventId{device, last_seq(device) + 1};
    envelope.lamport = m_max_lamport + 1;
    envelope.author = author;
    envelope.recorded_at = recorded_at;
    envelope.schema = EVENT_SCHEMA;
    envelope.body = std::move(body);
    // What this device has seen of the others since its previous event.
    const auto& declared = m_declared[device];
    for (const auto& [other, seq] : m_last_seq) {
        if (other == device)
            continue;
        auto it = declared.find(other);
        if (it == declared.end() || it->second < seq)
            envelope.seen[other] = seq;
    }
    if (signer)
        envelope.signature = signer->sign(m_program, envelope);
    // Our own later seqs can only be pending if another device holds a copy of ours
    // that we lost; that is not a state this log can reach, since we never drop events.
    assert(!m_pending.contains(envelope.id));
    accept(envelope);
    return m_events.at(envelope.id);
}

Result<MergeReport> EventLog::merge(std::span<const Envelope> incoming)
{
    // First pass: refuse the whole batch before touching anything.
    std::map<EventId, const Envelope*> fresh;
    MergeReport report;
    for (const Envelope& envelope : incoming) {
        if (envelope.id.device.empty() || envelope.id.seq == 0)
            return make_error("invalid_event_id", "event " + describe(envelope.id) + ": device and seq (from 1) are required");
        if (envelope.lamport == 0)
            return make_error("invalid_lamport", "event " + describe(envelope.id) + ": lamport must be at least 1");
        if (auto limit = within_limit(envelope); !limit)
            return limit.error();
        const Envelope* known = nullptr;
        if (auto it = m_events.find(envelope.id); it != m_events.end())
            known = &it->second;
        else if (auto p = m_pending.find(envelope.id); p != m_pending.end())
            known = &p->second;
        else if (auto f = fresh.find(envelope.id); f != fresh.end())
            known = f->second;
        if (known) {
            if (!(*known == envelope))
                return make_error("equivocation", "event " + describe(envelope.id) + " exists with different content: the file was altered or a device reused its ids");
            if (m_events.contains(envelope.id) || m_pending.contains(envelope.id))
                ++report.already_present;
            continue;
        }
        fresh.emplace(envelope.id, &envelope);
    }

    // Second pass, on copies of the small bookkeeping only: which fresh or pending
    // events now have their whole causal past (their device's earlier events and what
    // their device had seen of others), and whether lamports rise along it. A device
    // blocked on another is retried when that one advances.
    std::map<EventId, const Envelope*> waiting = fresh;
    for (const auto& [id, envelope] : m_pending)
        waiting.emplace(id, &envelope);
    std::map<DeviceId, std::uint64_t> last_seq = m_last_seq;
    std::map<DeviceId, std::uint64_t> last_lamport;
    for (const auto& [device, seq] : m_last_seq)
        last_lamport[device] = m_events.at(EventId{device, seq}).lamport;
    std::map<EventId, std::uint64_t> new_lamports;
    auto lamport_of = [&](const EventId& id) -> std::uint64_t {
        if (auto known = m_events.find(id); known != m_events.end())
            return known->second.lamport;
        return new_lamports.at(id);
    };

    std::vector<DeviceId> to_try;
    for (const auto& [id, envelope] : waiting) {
        if (to_try.empty() || to_try.back() != id.device)
            to_try.push_back(id.device);
    }
    std::map<DeviceId, std::set<DeviceId>> waiters;
    std::vector<const Envelope*> ready;
    while (!to_try.empty()) {
        const DeviceId device = to_try.back();
        to_try.pop_back();
        bool advanced = false;
        for (auto it = waiting.lower_bound(EventId{device, last_seq[device] + 1}); it != waiting.end() && it->first.device == device;) {
            const Envelope* envelope = it->second;
            if (envelope->id.seq != last_seq[device] + 1)
                break;
            const DeviceId* blocked_on = nullptr;
            for (const auto& [cause, seq] : envelope->seen) {
                if (cause == device || seq == 0)
                    return make_error("invalid_event", "event " + describe(envelope->id) + ": it names its own device or a seq of 0 among what it had seen; the file is damaged");
                if (seq > last_seq[cause]) {
                    blocked_on = &cause;
                    break;
                }
            }
            if (blocked_on) {
                waiters[*blocked_on].insert(device);
                break;
            }
            if (envelope->lamport <= last_lamport[device])
                return make_error("lamport_not_rising", "event " + describe(envelope->id) + ": its lamport is not above its device's previous event; the file is damaged");
            for (const auto& [cause, seq] : envelope->seen) {
                if (envelope->lamport <= lamport_of(EventId{cause, seq}))
                    return make_error("lamport_not_rising", "event " + describe(envelope->id) + ": its lamport is not above an event it had seen; the file is damaged");
            }
            last_seq[device] = envelope->id.seq;
            last_lamport[device] = envelope->lamport;
            new_lamports[envelope->id] = envelope->lamport;
            ready.push_back(envelope);
            it = waiting.erase(it);
            advanced = true;
        }
        if (advanced) {
            if (auto w = waiters.find(device); w != waiters.end()) {
                to_try.insert(to_try.end(), w->second.begin(), w->second.end());
                waiters.erase(w);
            }
        }
    }
    if (waiting.size() > MAX_PENDING_EVENTS)
        return make_error("too_many_pending", "too many events (" + std::to_string(waiting.size()) + ") wait for earlier events that have not arrived; open the missing files first");

    // Commit. Pending copies are taken before their map entries are replaced.
    std::vector<Envelope> to_accept;
    to_accept.reserve(ready.size());
    for (const Envelope* envelope : ready)
        to_accept.push_back(*envelope);
    std::map<EventId, Envelope> still_pending;
    for (const auto& [id, envelope] : waiting)
        still_pending.emplace(id, *envelope);
    m_pending = std::move(still_pending);
    std::sort(to_accept.begin(), to_accept.end(), [](const Envelope& a, const Envelope& b) { return replay_key(a) < replay_key(b); });
    for (const Envelope& envelope : to_accept) {
        accept(envelope);
        report.added.push_back(envelope.id);
    }
    report.now_pending = m_pending.size();
    return report;
}

std::map<DeviceId, std::uint64_t> EventLog::missing() const
{
    std::map<DeviceId, std::uint64_t> need;
    auto require = [&](const DeviceId& device, std::uint64_t seq) {
        if (seq > last_seq(device))
            need[device] = std::max(need[device], seq);
    };
    for (const auto& [id, envelope] : m_pending) {
        require(id.device, id.seq - 1);
        for (const auto& [cause, seq] : envelope.seen)
            require(cause, seq);
    }
    return need;
}

std::vector<const Envelope*> EventLog::in_replay_order() const
{
    std::vector<const Envelope*> out;
    out.reserve(m_order.size());
    for (const ReplayKey& key : m_order)
        out.push_back(&m_events.at(key.id));
    return out;
}

}
