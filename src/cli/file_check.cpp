#include "cli/file_check.h"

#include "cli/event_text.h"
#include "io/signing.h"
#include "platform/memory/memory_storage.h"

#include <set>

namespace turnabout::cli {

Result<CheckedFile> check_program_file(std::string_view bytes)
{
    auto file = io::decode_program_file(bytes);
    if (!file)
        return file.error();
    // Checked here first, though the import checks them too, for its message: the
    // event and the reason, without the import's preamble.
    if (auto signatures = io::verify_events(file->program, file->events); !signatures)
        return signatures.error();
    MemoryStorage storage;
    FixedClock clock(file->exported_at);
    SeededRandom random(1);
    Store store(storage, clock, random);
    if (auto opened = store.open(false); !opened)
        return opened.error();
    auto report = store.import_program_file(bytes);
    if (!report)
        return report.error();

    CheckedFile checked{std::move(*file), std::move(*report), 0, 0};
    std::set<DeviceId> devices;
    for (const Envelope& envelope : checked.file.events) {
        if (envelope.signature.empty())
            continue;
        ++checked.signed_events;
        devices.insert(envelope.id.device);
    }
    checked.signing_devices = devices.size();
    return checked;
}

std::string signers_text(const CheckedFile& checked)
{
    const std::size_t total = checked.file.events.size();
    std::string out = checked.signed_events < total ? std::to_string(checked.signed_events) + " of " + std::to_string(total) + " events" : events_text(total);
    out += " signed by " + std::to_string(checked.signing_devices) + (checked.signing_devices == 1 ? " device" : " devices") + ", admin key "
        + (checked.report.admin_fingerprint.empty() ? "unknown (the program's creation is not in this file)" : checked.report.admin_fingerprint);
    if (checked.signed_events < total)
        out += "; " + std::to_string(total - checked.signed_events) + " unsigned from older devices";
    return out;
}

}
