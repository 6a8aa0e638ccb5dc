// What the store keeps per program, shared by its files (store.cpp: the local log and
// saving; store_exchange.cpp: files to and from other devices). Private to src/app.
// Depends on: app/store.h, io/small_files.h.
#pragma once

#include "app/store.h"
#include "io/small_files.h"

#include <algorithm>
#include <string>
#include <vector>

namespace turnabout {

inline constexpr const char* PROGRAMS_FOLDER = "programs";
inline constexpr const char* EXCHANGE_FILE = "exchange.json";

// Ids become folder names: only what is safe in a path is accepted.
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
    io::ExchangeRecord exchange;
    // The newest segment's number and events: appends rewrite only this file.
    std::size_t segment_index = 1;
    std::vector<Envelope> segment_events;
};

}
