// What EventLog sets aside: the events of a device caught signing two versions of one
// event, with the evidence, and held events that failed once their past arrived. The
// merge that finds them is in event_log.cpp.
#include "core/log/event_log.h"

#include <algorithm>

namespace turnabout {

bool EventLog::holds(const Envelope& envelope) const
{
    auto same = [&](const std::map<EventId, Envelope>& in) {
        auto it = in.find(envelope.id);
        return it != in.end() && it->second == envelope;
    };
    if (same(m_events) || same(m_pending))
        return true;
    auto excluded = m_exclusions.find(envelope.id.device);
    return excluded != m_exclusions.end() && excluded->second.has(envelope);
}

bool Exclusion::has(const Envelope& envelope) const
{
    return first == envelope || second == envelope || std::find(others.begin(), others.end(), envelope) != others.end();
}

std::vector<Envelope> Exclusion::versions() const
{
    std::vector<Envelope> out{first, second};
    out.insert(out.end(), others.begin(), others.end());
    return out;
}

std::optional<std::uint64_t> EventLog::cut_from(const DeviceId& device) const
{
    std::optional<std::uint64_t> cut;
    if (auto it = m_exclusions.find(device); it != m_exclusions.end())
        cut = it->second.from_seq;
    if (auto it = m_set_aside.find(device); it != m_set_aside.end() && (!cut || it->second.event.seq < *cut))
        cut = it->second.event.seq;
    return cut;
}

std::vector<Envelope> EventLog::evidence() const
{
    std::vector<Envelope> out;
    for (const auto& [device, exclusion] : m_exclusions) {
        for (Envelope& version : exclusion.versions())
            out.push_back(std::move(version));
    }
    return out;
}

std::vector<EventId> EventLog::remove_from(const DeviceId& device, std::uint64_t seq)
{
    std::vector<EventId> removed;
    for (auto it = m_events.lower_bound(EventId{device, seq}); it != m_events.end() && it->first.device == device;) {
        m_order.erase(replay_key(it->second));
        removed.push_back(it->first);
        it = m_events.erase(it);
    }
    for (auto it = m_pending.lower_bound(EventId{device, seq}); it != m_pending.end() && it->first.device == device;)
        it = m_pending.erase(it);
    if (auto last = m_last_seq.find(device); last != m_last_seq.end() && last->second >= seq) {
        if (seq > 1)
            last->second = seq - 1;
        else
            m_last_seq.erase(last);
    }
    // The next event here follows what stays, not what was taken out: its lamport is
    // one above the newest event of its past (EVENT_SCHEMA 2).
    m_max_lamport = m_order.empty() ? 0 : m_order.rbegin()->lamport;
    return removed;
}

void EventLog::note_set_aside(SetAside aside, const Envelope& envelope)
{
    const DeviceId device = aside.event.device;
    if (auto before = m_set_aside.find(device); before != m_set_aside.end())
        m_set_aside_envelopes.erase(before->second.event);
    m_set_aside_envelopes[aside.event] = envelope;
    m_set_aside[device] = std::move(aside);
}

std::vector<EventId> EventLog::set_aside(const EventId& id, std::string reason)
{
    auto it = m_events.find(id);
    if (it == m_events.end())
        return {};
    if (auto cut = cut_from(id.device); !cut || id.seq < *cut)
        note_set_aside(SetAside{id, std::move(reason)}, it->second);
    return remove_from(id.device, id.seq);
}

}
