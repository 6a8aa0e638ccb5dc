// Devices for the sync tests: a Store over its own memory storage with a clock the
// test moves, a program people can join and ask for a mentor in, and files cut apart.
// Depends on: app, io, platform/memory, support/builders.h.
#pragma once

#include "app/store.h"
#include "io/program_file.h"
#include "io/signing.h"
#include "platform/memory/memory_storage.h"
#include "support/builders.h"

#include <string>
#include <string_view>
#include <vector>

namespace turnabout::testing {

// The day the sync tests' programs start; requests are dated from it.
inline const Date SYNC_DAY = *parse_iso_date("2027-01-04");

// A signing key made from `seed`: the same on every run, so that device ids, and
// with them the replay order of concurrent events, repeat with the seed.
io::DeviceKey seeded_device_key(std::uint64_t seed);

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

// A mentorship program whose mentees ask mentors and the mentors accept or decline
// (user-led with approval), with the default questionnaire.
program::Setup requesting_setup(bool approval_required);
// Answers to every required question for `role`, as a joining person gives them.
people::Answers required_answers(const ProgramState& state, people::Role role);

// A mentee's request to a mentor, dated `on`.
requests::SendRequest ask_for_mentor(const PersonId& mentee, const PersonId& mentor, std::string request_id, Date on = SYNC_DAY);
requests::AnswerRequest answer(const requests::RequestId& id, bool accept, std::string match_id, Date on = SYNC_DAY);

// The events of a program file; fails the test if it does not read.
io::ProgramFile read_file(std::string_view bytes);
// A program file holding `events` of `program`, as any device writes one.
std::string file_of(const ProgramId& program, std::vector<Envelope> events);

}
