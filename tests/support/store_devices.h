// Devices for the sync tests: a Store over its own memory storage with a clock the
// test moves, a program people can join and ask for a mentor in, and files cut apart.
// Depends on: app, io, platform/memory, support/builders.h.
#pragma once

#include "app/store.h"
#include "io/program_file.h"
#include "io/signing.h"
#include "platform/memory/memory_storage.h"
#include "support/builders.h"
#include "support/program_setup.h"
#include "support/seeded_keys.h"

#include <string>
#include <string_view>
#include <vector>

namespace turnabout::testing {


// One browser: its storage, clock and randomness, and the Store over them. Its key
// comes from the seed (Store itself would draw a fresh one).
struct StoreDevice {
    explicit StoreDevice(std::uint64_t seed, Timestamp now = Timestamp{1800000000000});

    // This device's signing key, as its storage keeps it.
    io::DeviceKey key() const;

    MemoryStorage storage;
    FixedClock clock;
    SeededRandom random;
    Store store;
};

// A signed program shared by three browsers: the admin's (who added Mo, a mentor, and
// Ben, a mentee), Ana's (a mentee who registered there) and Cy's (a mentor who
// registered there). Both registrations were approved and every browser holds the
// admin's latest shared file.
struct SharedProgram {
    explicit SharedProgram(std::uint64_t seed = 1);

    // Opens `from`'s "send my changes" file, or its shared file, on `to`.
    ImportReport send_changes(StoreDevice& from, StoreDevice& to);
    ImportReport share(StoreDevice& from, StoreDevice& to);

    StoreDevice admin;
    StoreDevice ana_device;
    StoreDevice cy_device;
    ProgramId program;
    PersonId mo, ben, ana, cy;
};

// The events of a program file; fails the test if it does not read.
io::ProgramFile read_file(std::string_view bytes);
// A program file holding `events` of `program`, as any device writes one.
std::string file_of(const ProgramId& program, std::vector<Envelope> events);

}
