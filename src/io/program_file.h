// The program file: what "Share program" and "Send my changes" write, what "Open a program file" reads,
// and what each saved log segment is. A named format with a schema version around
// a program's events. Depends on: io/event_codec.h.
#pragma once

#include "core/base/result.h"
#include "core/log/envelope.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::io {

inline constexpr std::string_view PROGRAM_FILE_FORMAT = "turnabout.program";
// 1: unsigned events. 2: events signed by their devices (unsigned ones of older
// devices may still appear, in programs of an older Turnabout).
inline constexpr std::uint32_t PROGRAM_FILE_SCHEMA = 2;
inline constexpr std::size_t MAX_EVENTS_PER_FILE = 2'000'000;

struct ProgramFile {
    ProgramId program;
    // A readable name for people who look inside the file; the events are the truth.
    std::string program_name;
    // The newest event's recording time, not the clock's: the same log exports to
    // the same bytes on every device.
    Timestamp exported_at;
    std::vector<Envelope> events;
    // The schema the file was read with (writing always uses the newest).
    std::uint32_t schema = PROGRAM_FILE_SCHEMA;

    bool operator==(const ProgramFile&) const = default;
};

std::string encode_program_file(const ProgramFile& file);
// Every rule a file must pass before it may touch a store: limits, strict JSON,
// format and schema, each event's shape. The message says what is wrong and where.
Result<ProgramFile> decode_program_file(std::string_view bytes);
// The same with another size limit than the page's: the benchmark lifts it to time a
// million events.
Result<ProgramFile> decode_program_file(std::string_view bytes, std::size_t max_bytes);

}
