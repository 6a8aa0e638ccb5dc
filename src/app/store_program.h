// What the store keeps per program, shared by its files (store.cpp: the local log and
// saving; store_exchange.cpp: files to and from other devices). Private to src/app.
// Depends on: app/store.h, io/small_files.h.
#pragma once

#include "app/store.h"
#include "io/small_files.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace turnabout {

inline constexpr const char* PROGRAMS_FOLDER = "programs";
inline constexpr const char* EXCHANGE_FILE = "exchange.json";

// Ids become folder names: only what is safe in a path is accepted.
// The devices that read what is for `people` (and the admin): the browser each
// registered on, the admin's browsers for people without one of their own (a kiosk)
// and, with `admin`, every admin browser; `self` (the recording browser) always.
std::vector<DeviceId> reader_devices(const ProgramState& state, const DeviceId& self, const std::vector<PersonId>& people, bool admin);

inline bool is_safe_folder_name(const std::string& id)
{
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'; });
}

struct Store::Program {
    explicit Program(ProgramId id)
        : log(std::move(id))
    {
    }
    std::string folder() const { return std::string(PROGRAMS_FOLDER) + "/" + log.program().value; }

    EventLog log;
    Projection projection;
    // What program() shows: the recorded state as `reader` reads it, made again
    // when the store or the reader changed.
    mutable Reader reader;
    mutable std::unique_ptr<ProgramState> reading;
    mutable Reader reading_reader;
    mutable std::uint64_t reading_revision = 0;
    io::ExchangeRecord exchange;
    // The newest segment's number and events: appends rewrite only this file.
    std::size_t segment_index = 1;
    std::vector<Envelope> segment_events;
    // How many of the newest segment's events Storage holds.
    std::size_t segment_written = 0;

    // A full segment Storage did not take in its final form: its events wait here,
    // never dropped, until a save writes it.
    struct UnwrittenSegment {
        std::vector<Envelope> events;
        std::size_t written = 0; // of them, how many Storage holds
    };
    // By number. Segments are written oldest first and the newest last, so what
    // Storage holds is always a prefix of this log: a reload never finds a gap, and
    // this device never numbers an event with a seq it already used.
    std::map<std::size_t, UnwrittenSegment> unwritten_segments;
    // The snapshot is written once every segment before it is.
    bool snapshot_due = false;
    // A damaged program written afresh: the old segments the new ones do not replace
    // are removed once the new ones are all written.
    bool stale_segments_left = false;

    // Events this browser holds that Storage does not yet.
    std::size_t unwritten_events() const
    {
        std::size_t count = segment_events.size() - segment_written;
        for (const auto& [index, segment] : unwritten_segments)
            count += segment.events.size() - segment.written;
        return count;
    }
};

}
