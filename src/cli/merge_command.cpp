// Merging is what every device does when it opens a file: the same Store import, here
// into an empty store held in memory, so the result is exactly what a device that
// opened all the files would export.
#include "app/store.h"
#include "cli/cli_files.h"
#include "cli/event_text.h"
#include "cli/sync_commands.h"
#include "io/program_file.h"
#include "platform/memory/memory_storage.h"

#include <algorithm>
#include <iostream>

namespace turnabout::cli {

namespace {

struct Input {
    std::string path;
    std::string bytes;
    io::ProgramFile file;
};

std::string report_line(const std::string& path, const ImportReport& report)
{
    std::string line = path + ": " + std::to_string(report.added) + " added";
    if (!report.added_by_type.empty())
        line += " (" + counts_text(report.added_by_type) + ")";
    line += ", " + std::to_string(report.already_present) + " already there, " + std::to_string(report.pending) + " held";
    for (const std::string& missing : report.missing)
        line += " (" + missing + ")";
    line += ", " + std::to_string(report.conflicts.size()) + (report.conflicts.size() == 1 ? " conflict" : " conflicts") + " resolved";
    if (report.unsigned_file)
        line += "; unsigned: made by an older Turnabout";
    return line;
}

}

int merge_command(const std::vector<std::string>& arguments)
{
    std::vector<std::string> paths;
    std::string out_path;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "-o") {
            if (i + 1 >= arguments.size() || !out_path.empty()) {
                std::cerr << "turnabout merge: give one output file: -o OUT.json\n";
                return 2;
            }
            out_path = arguments[++i];
        } else {
            paths.push_back(arguments[i]);
        }
    }
    if (paths.empty() || out_path.empty()) {
        std::cerr << "usage: turnabout merge A.json [B.json ...] -o OUT.json\n";
        return 2;
    }

    // Every file is read and decoded before anything is merged: a refusal then names
    // its file and nothing is written.
    std::vector<Input> inputs;
    for (const std::string& path : paths) {
        Input input{path, {}, {}};
        std::string error;
        if (!read_file(path, input.bytes, error)) {
            std::cerr << "turnabout: " << error << "; nothing written\n";
            return 1;
        }
        auto decoded = io::decode_program_file(input.bytes);
        if (!decoded) {
            std::cerr << "turnabout: " << path << ": refused: " << decoded.error().message << "; nothing written\n";
            return 1;
        }
        input.file = std::move(*decoded);
        if (!inputs.empty() && input.file.program != inputs.front().file.program) {
            std::cerr << "turnabout: " << path << " holds program " << input.file.program.value << ", " << inputs.front().path << " holds "
                      << inputs.front().file.program.value << ": files of different programs are not merged; nothing written\n";
            return 1;
        }
        inputs.push_back(std::move(input));
    }

    // The export is dated by the newest input, not by this run's clock, so the same
    // files give the same bytes whenever and in whatever order they are merged.
    Timestamp newest;
    for (const Input& input : inputs)
        newest = std::max(newest, input.file.exported_at);
    MemoryStorage storage;
    FixedClock clock(newest);
    SeededRandom random(1);
    Store store(storage, clock, random);
    if (auto opened = store.open(false); !opened) {
        std::cerr << "turnabout: " << opened.error().message << "\n";
        return 1;
    }
    std::vector<std::string> lines;
    for (const Input& input : inputs) {
        auto report = store.import_program_file(input.bytes);
        if (!report) {
            std::cerr << "turnabout: " << input.path << ": refused: " << report.error().message << "; nothing written\n";
            return 1;
        }
        lines.push_back(report_line(input.path, *report));
        for (const ResolvedConflict& conflict : report->conflicts)
            lines.push_back("  resolved " + event_id_text(conflict.event) + " " + conflict.event_type + ": " + conflict.reason);
        for (const std::string& exclusion : report->exclusions)
            lines.push_back("  excluded: " + exclusion);
    }

    const ProgramId program = inputs.front().file.program;
    auto exported = store.export_program_file(program);
    if (!exported) {
        std::cerr << "turnabout: " << exported.error().message << "\n";
        return 1;
    }
    for (const std::string& line : lines)
        std::cout << line << "\n";
    if (!write_file(out_path, *exported))
        return 1;
    const EventLog* log = store.log(program);
    const ProgramState* state = store.program(program);
    std::string name = state && state->program ? "\"" + state->program->name + "\" " : "";
    std::cout << "wrote " << out_path << ": program " << name << "(" << program.value << "), " << events_text(log->size() + log->evidence().size());
    // Held events are passed on only once accepted, as the browser's exports do.
    if (!log->pending().empty())
        std::cout << "; " << log->pending().size() << " more wait for earlier events and were not written";
    std::cout << "\n";
    return 0;
}

}
