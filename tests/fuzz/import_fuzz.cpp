// libFuzzer target: any bytes offered as a program file. Decoding and importing must
// never crash, a refused import must leave the store as it was (empty, nothing
// written), and an accepted file's export must open again to the same program.
// Depends on: app, io, platform/memory.
#include "app/store.h"
#include "io/program_file.h"
#include "platform/memory/memory_storage.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace turnabout;

namespace {

// A broken promise is a crash, so that libFuzzer keeps the input that showed it.
void require(bool holds, const char* promise)
{
    if (!holds) {
        std::fprintf(stderr, "import fuzz: broken: %s\n", promise);
        std::abort();
    }
}

struct EmptyStore {
    MemoryStorage storage;
    FixedClock clock{Timestamp{1795000000000}};
    SeededRandom random{1};
    Store store{storage, clock, random};

    EmptyStore() { require(static_cast<bool>(store.open(false)), "an empty store opens"); }
};

}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto file = io::decode_program_file(bytes);
    if (!file) {
        require(!file.error().message.empty(), "a refused file is refused with a message");
        return 0;
    }

    EmptyStore target;
    const auto files_before = target.storage.files();
    auto report = target.store.import_program_file(bytes);
    if (!report) {
        require(!report.error().message.empty(), "a refused import says why");
        require(target.store.program_ids().empty(), "a refused import leaves the store empty");
        require(target.storage.files() == files_before, "a refused import writes nothing");
        return 0;
    }

    const ProgramState* state = target.store.program(report->program);
    require(state != nullptr, "an accepted file's program is in the store");
    auto exported = target.store.export_program_file(report->program);
    // Changes held for a past that has not arrived are not passed on: a program known
    // only by them has nothing to share yet, and says so.
    if (!exported) {
        require(!exported.error().message.empty(), "a refused export says why");
        require(state->program == std::nullopt && !target.store.program_ids().empty(), "only a program nothing was accepted of refuses to export");
        return 0;
    }
    EmptyStore other;
    auto reopened = other.store.import_program_file(*exported);
    require(static_cast<bool>(reopened), "an export opens on another device");
    const ProgramState* reopened_state = other.store.program(report->program);
    require(reopened_state != nullptr && *reopened_state == *state, "an export opens to the same program");
    return 0;
}
