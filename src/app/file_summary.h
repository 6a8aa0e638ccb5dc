// What a program file holds, merged and replayed as an import would, without a store:
// used by `turnabout validate` and `turnabout info`. Signatures and who may act for
// whom are not checked here (`turnabout validate` checks them first, with a store).
// Depends on: core, io.
#pragma once

#include "core/base/result.h"
#include "core/domain/state.h"

#include <map>
#include <string>

namespace turnabout {

struct FileSummary {
    ProgramId program;
    ProgramState state;
    std::size_t events = 0;
    std::size_t pending = 0;
    std::map<std::string, std::size_t> events_by_type;
    std::map<DeviceId, std::size_t> events_by_device;
    Timestamp first_recorded;
    Timestamp last_recorded;
    Timestamp exported_at;
};

Result<FileSummary> summarize_program_file(std::string_view bytes);

}
