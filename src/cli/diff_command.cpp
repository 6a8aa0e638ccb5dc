// Comparing two exchanged files: which events only one of them has, which ids carry
// different content (equivocation: one device said two things), and whether the
// program each file gives after replay is the same.
#include "app/store.h"
#include "cli/cli_files.h"
#include "cli/event_text.h"
#include "cli/sync_commands.h"
#include "io/program_file.h"
#include "platform/memory/memory_storage.h"

#include <iostream>
#include <map>
#include <optional>

namespace turnabout::cli {

namespace {

// Ids are listed up to this many per section; the counts by type still cover all.
constexpr std::size_t MAX_LISTED = 50;

struct Side {
    std::string path;
    std::string bytes;
    io::ProgramFile file;
    std::map<EventId, const Envelope*> by_id;
};

bool load(Side& side)
{
    std::string error;
    if (!read_file(side.path, side.bytes, error)) {
        std::cerr << "turnabout: " << error << "\n";
        return false;
    }
    auto decoded = io::decode_program_file(side.bytes);
    if (!decoded) {
        std::cerr << "turnabout: " << side.path << ": invalid: " << decoded.error().message << "\n";
        return false;
    }
    side.file = std::move(*decoded);
    for (const Envelope& envelope : side.file.events)
        side.by_id.emplace(envelope.id, &envelope);
    return true;
}

// The program a device that opened only this file would have; an error when the file
// could not be opened.
Result<ProgramState> replayed(const Side& side)
{
    MemoryStorage storage;
    FixedClock clock(side.file.exported_at);
    SeededRandom random(1);
    Store store(storage, clock, random);
    if (auto opened = store.open(false); !opened)
        return opened.error();
    auto report = store.import_program_file(side.bytes);
    if (!report)
        return report.error();
    return *store.program(side.file.program);
}

// Prints the events of `from` that `other` lacks; returns how many there are.
std::size_t print_only_in(const Side& from, const Side& other)
{
    std::map<std::string, std::size_t> by_type;
    std::vector<const Envelope*> only;
    for (const auto& [id, envelope] : from.by_id) {
        if (other.by_id.contains(id))
            continue;
        only.push_back(envelope);
        ++by_type[std::string(event_type_name(envelope->body))];
    }
    std::cout << "only in " << from.path << ": " << (only.empty() ? "none" : events_text(only.size()) + " (" + counts_text(by_type) + ")") << "\n";
    for (std::size_t i = 0; i < only.size() && i < MAX_LISTED; ++i)
        std::cout << "  " << event_id_text(only[i]->id) << " " << event_type_name(only[i]->body) << "\n";
    if (only.size() > MAX_LISTED)
        std::cout << "  ... and " << only.size() - MAX_LISTED << " more\n";
    return only.size();
}

std::size_t print_equivocations(const Side& a, const Side& b)
{
    std::vector<std::pair<const Envelope*, const Envelope*>> differing;
    for (const auto& [id, envelope] : a.by_id) {
        auto other = b.by_id.find(id);
        if (other != b.by_id.end() && !(*envelope == *other->second))
            differing.emplace_back(envelope, other->second);
    }
    std::cout << "same id, different content (equivocation): " << (differing.empty() ? "none" : events_text(differing.size())) << "\n";
    for (std::size_t i = 0; i < differing.size() && i < MAX_LISTED; ++i)
        std::cout << "  " << event_id_text(differing[i].first->id) << ": " << event_type_name(differing[i].first->body) << " in " << a.path << ", "
                  << event_type_name(differing[i].second->body) << " in " << b.path << "\n";
    if (differing.size() > MAX_LISTED)
        std::cout << "  ... and " << differing.size() - MAX_LISTED << " more\n";
    return differing.size();
}

}

int diff_command(const std::string& a_path, const std::string& b_path)
{
    Side a{a_path, {}, {}, {}};
    Side b{b_path, {}, {}, {}};
    if (!load(a) || !load(b))
        return 2;
    if (a.file.program != b.file.program) {
        std::cout << a.path << " holds program " << a.file.program.value << ", " << b.path << " holds program " << b.file.program.value
                  << ": different programs\n";
        return 1;
    }
    std::cout << "program " << a.file.program.value << ": " << events_text(a.by_id.size()) << " in " << a.path << ", "
              << events_text(b.by_id.size()) << " in " << b.path << "\n";
    std::size_t differences = print_only_in(a, b) + print_only_in(b, a) + print_equivocations(a, b);

    auto a_state = replayed(a);
    auto b_state = replayed(b);
    if (!a_state || !b_state) {
        for (const auto* side : {&a, &b}) {
            const auto& state = side == &a ? a_state : b_state;
            if (!state)
                std::cerr << "turnabout: " << side->path << " cannot be opened: " << state.error().message << "\n";
        }
        return 2;
    }
    const bool same_state = *a_state == *b_state;
    std::cout << "state after replay: " << (same_state ? "the same" : "differs") << "\n";
    if (differences == 0 && same_state) {
        std::cout << "identical\n";
        return 0;
    }
    return 1;
}

}
