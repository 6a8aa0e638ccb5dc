#include "app/file_summary.h"

#include "core/log/projection.h"
#include "io/program_file.h"

#include <algorithm>

namespace turnabout {

Result<FileSummary> summarize_program_file(std::string_view bytes)
{
    auto file = io::decode_program_file(bytes);
    if (!file)
        return file.error();
    EventLog log(file->program);
    auto merged = log.merge(file->events);
    if (!merged)
        return merged.error();
    FileSummary summary;
    summary.program = file->program;
    summary.state = replay(log);
    summary.events = log.size();
    summary.pending = log.pending().size();
    summary.exported_at = file->exported_at;
    bool first = true;
    for (const auto& [id, envelope] : log.events()) {
        ++summary.events_by_type[std::string(event_type_name(envelope.body))];
        ++summary.events_by_device[id.device];
        summary.first_recorded = first ? envelope.recorded_at : std::min(summary.first_recorded, envelope.recorded_at);
        summary.last_recorded = first ? envelope.recorded_at : std::max(summary.last_recorded, envelope.recorded_at);
        first = false;
    }
    return summary;
}

}
