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

namespace {

// Notes two signed versions of one event in `exclusions`: the lowest seq at which a
// device said two things wins, and at that seq every version is kept, the two lowest
// signatures first. Both rules are a minimum and a union, so the result is the same
// whatever order versions come in.
void note_versions(std::map<DeviceId, Exclusion>& exclusions, const Envelope& a, const Envelope& b)
{
    const DeviceId& device = a.id.device;
    auto it = exclusions.find(device);
    if (it != exclusions.end() && it->second.from_seq < a.id.seq)
        return;
    std::vector<const Envelope*> versions{&a, &b};
    if (it != exclusions.end() && it->second.from_seq == a.id.seq) {
        versions.insert(versions.end(), {&it->second.first, &it->second.second});
        for (const Envelope& other : it->second.others)
            versions.push_back(&other);
    }
    std::sort(versions.begin(), versions.end(), [](const Envelope* x, const Envelope* y) { return x->signature < y->signature; });
    versions.erase(std::unique(versions.begin(), versions.end(), [](const Envelope* x, const Envelope* y) { return x->signature == y->signature; }), versions.end());
    Exclusion noted{a.id.seq, *versions[0], *versions[1], {}};
    for (std::size_t i = 2; i < versions.size(); ++i)
        noted.others.push_back(*versions[i]);
    exclusions[device] = std::move(noted);
}

// Whether what an event says it had seen names other devices and real changes.
bool names_its_past(const Envelope& envelope)
{
    return std::none_of(envelope.seen.begin(), envelope.seen.end(), [&](const auto& seen) { return seen.first == envelope.id.device || seen.second == 0; });
}

// Schema 2's clock rule: an event's lamport is one above the newest event of its
// declared past (its device's previous event and what it had seen of others), so
// that no key can number an event before what it had seen, nor far ahead of it and
// leave the program's clock no room. Part of the past taken out by an exclusion has
// no lamport left to compare with: then the event may be above what stays by at most
// MAX_LAMPORT_ABOVE_EXCLUDED_PAST.
template<class Needed, class LamportOf>
std::string check_lamport_of_past(const Envelope& envelope, std::uint64_t previous, const Needed& needed, const LamportOf& lamport_of)
{
    std::uint64_t newest = previous;
    bool past_taken_out = false;
    for (const auto& [cause, seq] : envelope.seen) {
        const std::uint64_t kept = needed(cause, seq);
        past_taken_out = past_taken_out || kept != seq;
        if (kept > 0)
            newest = std::max(newest, lamport_of(EventId{cause, kept}));
    }
    if (!past_taken_out && envelope.lamport != newest + 1)
        return "its lamport " + std::to_string(envelope.lamport) + " is not one above " + std::to_string(newest) + ", the newest change it had seen";
    if (past_taken_out && (envelope.lamport <= newest || envelope.lamport - newest > MAX_LAMPORT_ABOVE_EXCLUDED_PAST))
        return "its lamport " + std::to_string(envelope.lamport) + " is out of reach of the changes it had seen";
    return {};
}

std::optional<std::uint64_t> lowest(std::optional<std::uint64_t> a, std::optional<std::uint64_t> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::min(*a, *b);
}

}

Result<MergeReport> EventLog::merge(std::span<const Envelope> incoming, Arrival arrival)
{
    // First pass: refuse the whole batch for numbers no event may carry, and find what
    // is new, what is known, and which devices signed two versions of one event.
    std::map<EventId, const Envelope*> fresh;
    std::map<DeviceId, Exclusion> exclusions = m_exclusions;
    // Devices whose set-aside event this batch brings again: judged afresh.
    std::set<DeviceId> lifted;
    MergeReport report;
    for (const Envelope& envelope : incoming) {
        if (envelope.id.device.empty() || envelope.id.seq == 0)
            return make_error("invalid_event_id", "event " + describe(envelope.id) + ": device and seq (from 1) are required");
        if (envelope.lamport == 0)
            return make_error("invalid_lamport", "event " + describe(envelope.id) + ": lamport must be at least 1");
        if (auto limit = within_limit(envelope); !limit)
            return limit.error();
    }
    for (const Envelope& envelope : incoming) {
        auto in_fresh = fresh.find(envelope.id);
        if (holds(envelope)) {
            ++report.already_present;
            continue;
        }
        auto noted = exclusions.find(envelope.id.device);
        if ((in_fresh != fresh.end() && *in_fresh->second == envelope)
            || (noted != exclusions.end() && noted->second.has(envelope)))
            continue;
        // A set-aside event brought again is judged again, as if it had never come:
        // it was set aside with the log this device had then, and whoever sends it
        // may have had more (an approval its author was waiting for).
        if (auto aside = m_set_aside_envelopes.find(envelope.id); aside != m_set_aside_envelopes.end() && aside->second == envelope) {
            lifted.insert(envelope.id.device);
            fresh.emplace(envelope.id, &envelope);
            continue;
        }
        const Envelope* known = nullptr;
        if (auto it = m_events.find(envelope.id); it != m_events.end())
            known = &it->second;
        else if (auto p = m_pending.find(envelope.id); p != m_pending.end())
            known = &p->second;
        else if (auto a = m_set_aside_envelopes.find(envelope.id); a != m_set_aside_envelopes.end())
            known = &a->second;
        else if (auto x = exclusions.find(envelope.id.device); x != exclusions.end() && x->second.from_seq == envelope.id.seq)
            known = &x->second.first;
        else if (in_fresh != fresh.end())
            known = in_fresh->second;
        if (!known) {
            fresh.emplace(envelope.id, &envelope);
            continue;
        }
        // Only a signature binds a device to what it said: two signed versions are
        // evidence against it; anything else with one id twice is a damaged file.
        if (envelope.signature.empty() || known->signature.empty() || envelope.signature == known->signature)
            return make_error("equivocation", "event " + describe(envelope.id) + " exists with different content: the file was altered or a device reused its ids");
        note_versions(exclusions, *known, envelope);
    }
    // Held events that fail on delivery, found below: they cut their device off too.
    std::map<DeviceId, SetAside> newly_set_aside;
    auto cut_of = [&](const DeviceId& device) {
        std::optional<std::uint64_t> cut;
        if (auto it = exclusions.find(device); it != exclusions.end())
            cut = it->second.from_seq;
        if (auto it = m_set_aside.find(device); it != m_set_aside.end() && !lifted.contains(device))
            cut = lowest(cut, it->second.event.seq);
        if (auto it = newly_set_aside.find(device); it != newly_set_aside.end())
            cut = lowest(cut, it->second.event.seq);
        return cut;
    };
    auto is_cut = [&](const EventId& id) {
        auto cut = cut_of(id.device);
        return cut && id.seq >= *cut;
    };
    // What an event needs of `cause` up to `seq`: never more than what stays of a
    // device that is cut off, so honest events that had seen its later events stay.
    auto needed = [&](const DeviceId& cause, std::uint64_t seq) {
        auto cut = cut_of(cause);
        return cut && seq >= *cut ? *cut - 1 : seq;
    };
    for (auto it = fresh.begin(); it != fresh.end();) {
        if (is_cut(it->first)) {
            ++report.left_out;
            it = fresh.erase(it);
        } else {
            ++it;
        }
    }

    // Second pass: what can be judged on arrival, held or not, as it would be on
    // delivery: what it says it had seen, and its lamport against its device's previous
    // event. Not against another device's events it had seen: the version held here
    // may not be the one it saw (see the third pass).
    auto known_lamport = [&](const EventId& id) -> std::optional<std::uint64_t> {
        if (is_cut(id))
            return std::nullopt;
        if (auto it = m_events.find(id); it != m_events.end())
            return it->second.lamport;
        if (auto it = m_pending.find(id); it != m_pending.end())
            return it->second.lamport;
        if (auto it = fresh.find(id); it != fresh.end())
            return it->second->lamport;
        return std::nullopt;
    };
    // Events from storage were judged so when they arrived (or arrived before these
    // checks existed): they are judged on delivery only, where a failure sets aside.
    if (arrival == Arrival::File) {
        for (const auto& [id, envelope] : fresh) {
            if (!names_its_past(*envelope))
                return make_error("invalid_event", "event " + describe(id) + ": it names its own device or a seq of 0 among what it had seen; the file is damaged");
            if (auto previous = id.seq > 1 ? known_lamport(EventId{id.device, id.seq - 1}) : std::nullopt; previous && envelope->lamport <= *previous)
                return make_error("lamport_not_rising", "event " + describe(id) + ": its lamport is not above its device's previous event; the file is damaged");
        }
    }

    // Third pass, on copies of the small bookkeeping only: which fresh or pending
    // events now have their whole causal past (their device's earlier events and what
    // their device had seen of others), and whether lamports rise along it. A device
    // blocked on another is retried when that one advances.
    std::map<EventId, const Envelope*> waiting = fresh;
    for (const auto& [id, envelope] : m_pending) {
        if (is_cut(id))
            ++report.left_out;
        else
            waiting.emplace(id, &envelope);
    }
    std::map<DeviceId, std::uint64_t> last_seq;
    for (const auto& [device, seq] : m_last_seq) {
        if (std::uint64_t kept = needed(device, seq); kept > 0)
            last_seq[device] = kept;
    }
    std::map<DeviceId, std::uint64_t> last_lamport;
    for (const auto& [device, seq] : last_seq)
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
                if (needed(cause, seq) > last_seq[cause]) {
                    blocked_on = &cause;
                    break;
                }
            }
            if (blocked_on) {
                waiters[*blocked_on].insert(device);
                break;
            }
            std::string failure;
            if (!names_its_past(*envelope))
                failure = "it names its own device or a seq of 0 among what it had seen";
            else if (envelope->lamport <= last_lamport[device])
                failure = "its lamport is not above its device's previous event";
            // A clock that disagrees with another device's event it had seen cannot tell
            // a damaged event from a two-faced device: the version held here may not be
            // the one it saw, whose clock differs. It waits (held, never passed on) until
            // evidence excludes that device and it is judged against what stays, unless
            // no exclusion could ever make it right: a clock more than
            // MAX_LAMPORT_ABOVE_EXCLUDED_PAST above its whole past, or no other device's
            // event in its past.
            std::string disputed;
            for (const auto& [cause, seq] : envelope->seen) {
                if (failure.empty() && disputed.empty() && !(cut_of(cause) && seq >= *cut_of(cause)) && envelope->lamport <= lamport_of(EventId{cause, seq}))
                    disputed = "its lamport is not above an event it had seen";
            }
            if (failure.empty() && disputed.empty() && envelope->schema >= BOUND_HISTORY_SCHEMA)
                disputed = check_lamport_of_past(*envelope, last_lamport[device], needed, lamport_of);
            if (!disputed.empty()) {
                std::uint64_t newest = last_lamport[device];
                for (const auto& [cause, seq] : envelope->seen) {
                    if (const std::uint64_t kept = needed(cause, seq); kept > 0)
                        newest = std::max(newest, lamport_of(EventId{cause, kept}));
                }
                if (envelope->seen.empty() || envelope->lamport > newest + MAX_LAMPORT_ABOVE_EXCLUDED_PAST)
                    failure = disputed;
                else
                    break; // waits for evidence against a device of its past
            }
            if (!failure.empty()) {
                // A fresh event of a file fails with the file; one held before fails
                // alone, with its device's later events, which can never follow it.
                if (arrival == Arrival::File && fresh.contains(envelope->id))
                    return make_error("lamport_not_rising", "event " + describe(envelope->id) + ": " + failure + "; the file is damaged");
                newly_set_aside[device] = SetAside{envelope->id, failure + "; it was set aside when the changes before it arrived"};
                for (it = waiting.erase(it); it != waiting.end() && it->first.device == device; it = waiting.erase(it))
                    ++report.left_out;
                // Events that waited for this device need it no further than here.
                advanced = true;
                break;
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
    // Only a file that adds to a device's held events is refused for that device's
    // bound: what storage holds was within it when it arrived (or within an older,
    // larger one), and one device's flood holds up no other device's files.
    std::map<DeviceId, std::size_t> held_per_device;
    std::set<DeviceId> grown;
    for (const auto& [id, envelope] : waiting) {
        ++held_per_device[id.device];
        if (fresh.contains(id))
            grown.insert(id.device);
    }
    for (const auto& [device, held] : held_per_device) {
        if (arrival == Arrival::File && held > MAX_PENDING_PER_DEVICE && grown.contains(device))
            return make_error("too_many_pending", "too many changes of device " + device.value + " (more than " + std::to_string(MAX_PENDING_PER_DEVICE) + ") wait for earlier ones that have not arrived; open the missing files first");
    }

    // Commit. Copies are taken before the maps they point into change.
    std::vector<Envelope> to_accept;
    to_accept.reserve(ready.size());
    for (const Envelope* envelope : ready)
        to_accept.push_back(*envelope);
    std::map<EventId, Envelope> still_pending;
    for (const auto& [id, envelope] : waiting)
        still_pending.emplace(id, *envelope);
    for (const DeviceId& device : lifted) {
        m_set_aside_envelopes.erase(m_set_aside.at(device).event);
        m_set_aside.erase(device);
    }
    for (const auto& [device, aside] : newly_set_aside) {
        note_set_aside(aside, fresh.contains(aside.event) ? *fresh.at(aside.event) : m_pending.at(aside.event));
        report.set_aside.push_back(aside);
    }
    for (const auto& [device, exclusion] : exclusions) {
        auto before = m_exclusions.find(device);
        if (before != m_exclusions.end() && before->second == exclusion)
            continue;
        if (before == m_exclusions.end() || exclusion.from_seq < before->second.from_seq)
            report.excluded.push_back(device);
        m_exclusions[device] = exclusion;
        for (const EventId& id : remove_from(device, exclusion.from_seq))
            report.removed.push_back(id);
    }
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
        if (auto cut = cut_from(device); cut && seq >= *cut)
            seq = *cut - 1;
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
