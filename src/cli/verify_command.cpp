// Verifying is opening the file on a device that has never seen the program: every
// signature checked, then the import's own authority checks, in an empty store.
#include "app/store.h"
#include "cli/cli_files.h"
#include "cli/event_text.h"
#include "cli/sync_commands.h"
#include "io/program_file.h"
#include "io/signing.h"
#include "platform/memory/memory_storage.h"

#include <iostream>
#include <set>

namespace turnabout::cli {

int verify_command(const std::string& path)
{
    std::string bytes;
    std::string error;
    if (!read_file(path, bytes, error)) {
        std::cerr << "turnabout: " << error << "\n";
        return 1;
    }
    auto file = io::decode_program_file(bytes);
    if (!file) {
        std::cout << path << ": refused: " << file.error().message << "\n";
        return 1;
    }
    if (auto signatures = io::verify_events(file->program, file->events); !signatures) {
        std::cout << path << ": refused: " << signatures.error().message << "\n";
        return 1;
    }
    MemoryStorage storage;
    FixedClock clock(file->exported_at);
    SeededRandom random(1);
    Store store(storage, clock, random);
    if (auto opened = store.open(false); !opened) {
        std::cerr << "turnabout: " << opened.error().message << "\n";
        return 1;
    }
    auto report = store.import_program_file(bytes);
    if (!report) {
        std::cout << path << ": refused: " << report.error().message << "\n";
        return 1;
    }

    std::size_t signed_events = 0;
    std::set<DeviceId> signing_devices;
    for (const Envelope& envelope : file->events) {
        if (envelope.signature.empty())
            continue;
        ++signed_events;
        signing_devices.insert(envelope.id.device);
    }
    const std::size_t total = file->events.size();
    if (signed_events == 0) {
        std::cout << path << ": unsigned: made by an older Turnabout; it opens (" << events_text(total)
                  << "), but who wrote its events cannot be checked\n";
        return 0;
    }
    std::cout << path << ": verified: ";
    if (signed_events < total)
        std::cout << signed_events << " of " << total << " events";
    else
        std::cout << events_text(total);
    std::cout << " signed by " << signing_devices.size() << (signing_devices.size() == 1 ? " device" : " devices") << ", admin key "
              << (report->admin_fingerprint.empty() ? "unknown (the program's creation is not in this file)" : report->admin_fingerprint);
    if (signed_events < total)
        std::cout << "; " << total - signed_events << " unsigned from older devices";
    if (report->pending)
        std::cout << "; " << report->pending << " waiting for earlier events";
    std::cout << "\n";
    return 0;
}

}
