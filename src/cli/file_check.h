// Checking a program file as a device that has never seen its program opens it: its
// form, every signature, then the import's own checks of who may act for whom, in an
// empty store held in memory. `turnabout verify` and `turnabout validate` both start
// here, so neither calls a file good that a browser would refuse.
// Depends on: app, io, platform/memory.
#pragma once

#include "app/store.h"
#include "io/program_file.h"

#include <string>
#include <string_view>

namespace turnabout::cli {

struct CheckedFile {
    io::ProgramFile file;
    // What opening it did: the admin's key, the events held.
    ImportReport report;
    std::size_t signed_events = 0;
    std::size_t signing_devices = 0;
};

// The file and what opening it did, or the first reason it is refused.
Result<CheckedFile> check_program_file(std::string_view bytes);

// Who signed a file that has signatures: "27 events signed by 2 devices, admin key
// TEYV CSZ5 JDA8 W01D", then any events left unsigned by older devices.
std::string signers_text(const CheckedFile& checked);

}
