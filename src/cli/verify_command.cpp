// Verifying is opening the file on a device that has never seen the program: every
// signature checked, then the import's own authority checks, in an empty store.
#include "cli/cli_files.h"
#include "cli/event_text.h"
#include "cli/file_check.h"
#include "cli/sync_commands.h"

#include <iostream>

namespace turnabout::cli {

int verify_command(const std::string& path)
{
    std::string bytes;
    std::string error;
    if (!read_file(path, bytes, error)) {
        std::cerr << "turnabout: " << error << "\n";
        return 1;
    }
    auto checked = check_program_file(bytes);
    if (!checked) {
        std::cout << path << ": refused: " << checked.error().message << "\n";
        return 1;
    }
    if (checked->signed_events == 0) {
        std::cout << path << ": unsigned: made by an older Turnabout; it opens (" << events_text(checked->file.events.size())
                  << "), but who wrote its events cannot be checked\n";
        return 0;
    }
    std::cout << path << ": verified: " << signers_text(*checked);
    if (checked->report.pending)
        std::cout << "; " << checked->report.pending << " waiting for earlier events";
    std::cout << "\n";
    return 0;
}

}
