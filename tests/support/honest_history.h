// The law of honest history (docs/ARCHITECTURE.md): take an honest log H and events X
// signed by keys the admin never enrolled; opening H's files and X's files in any order
// and grouping keeps every event of H effective, gives X no effect, and leaves every
// browser that opened the same files with the same bytes.
//
// Here: H, made once by an admin's browser and two participants' browsers over a
// program's first weeks (registrations, approvals, an addition, a request and its
// acceptance by a kiosk person, a removal, a profile change, inbox reads); a Forger that
// writes X from H's events, altered and signed by strangers' real keys; and the check.
// No test framework: the property test and the fuzz target both use it.
#pragma once

#include "app/store.h"
#include "core/base/clock.h"
#include "io/signing.h"
#include "platform/memory/memory_storage.h"

#include <cstdint>
#include <string>
#include <vector>

namespace turnabout::testing {

// A browser whose key comes from `seed`.
struct SeededBrowser {
    explicit SeededBrowser(std::uint64_t seed);

    io::DeviceKey key;
    MemoryStorage storage;
    FixedClock clock{Timestamp{1800000000000}};
    SeededRandom random;
    Store store;
};

struct HonestHistory {
    // Made on first use; the same on every run.
    static const HonestHistory& made();

    ProgramId program;
    std::string program_name;
    // Every file the honest browsers wrote, in the order they wrote them: each opens on
    // any browser in any order (a change waits for its past).
    std::vector<std::string> files;
    // Every honest event, and what a browser that opened every file holds.
    std::vector<Envelope> events;
    ProgramState state;
    // Who and what the forger can name.
    std::vector<PersonId> people;
    std::vector<ActorId> actors;
    std::vector<DeviceId> devices;
};

// Writes hostile files: events made from honest ones (another author, another id,
// an earlier or later clock, a past it never saw, two versions of one change), each
// signed by one of three keys the admin never enrolled.
class Forger {
public:
    explicit Forger(const HonestHistory& history);
    std::string forge(Random& dice);

private:
    const HonestHistory& m_history;
    std::vector<io::KeySigner> m_keys;
};

// Opens `honest` files (indexes into history.files) and `hostile` files, interleaved
// as `order` says (an index i < history.files.size() is honest file i; otherwise
// hostile file i - history.files.size()), on a fresh browser. Returns how the law was
// broken, or nothing; `bytes` receives the browser's export at the end.
std::string law_broken(const HonestHistory& history, const std::vector<std::string>& hostile, const std::vector<std::size_t>& order, std::string& bytes);

}
