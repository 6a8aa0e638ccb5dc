// Times reading untrusted JSON (io::parse_untrusted_json: one pass with every limit
// checked) beside nlohmann's plain DOM parse of the same bytes, and prints one line of
// JSON per file: program files of 10,000, 100,000 and 1,000,000 signed events, and
// files of as many empty objects (the shape that made a callback parser go back over
// what it had read). A program file is also opened the way the store opens one: read
// and decoded into events, then merged into an empty log (every causal and clock rule
// checked). The best of --runs runs each.
// Usage: turnabout_parse_bench [--runs N] [--largest EVENTS]
#include "core/log/event_log.h"
#include "io/event_codec.h"
#include "io/program_file.h"
#include "io/json_input.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace turnabout;

// What a device writes: four devices taking turns, each event naming what its device
// had seen of the previous one, signed (the signature's bytes are not checked here).
EventBody body_of(std::uint64_t i)
{
    switch (i % 3) {
    case 0:
        return people::PersonAdded{PersonId{"u-" + std::to_string(i)}, people::PersonDetails{"Person " + std::to_string(i), "person" + std::to_string(i) + "@example.org", "Analyst", "Finance", 3, people::Role::Mentee}};
    case 1:
        return inbox::InboxRead{PersonId{"u-" + std::to_string(i - 1)}, Timestamp{1800000000000 + static_cast<std::int64_t>(i)}};
    default:
        return program::ProgramDetailsChanged{"Finance mentoring " + std::to_string(i), "Pairs meet monthly for a year."};
    }
}

std::string program_file_of(std::uint64_t events)
{
    const std::vector<DeviceId> devices{DeviceId{"k-7vs5hSy3CtSpsN_vE725U7anMFLGQi0k80anOfPFsoU"}, DeviceId{"k-QEAjQGcu6svKEPwTKp5gFolDVrckBSNnrEWwsrJOl5k"},
        DeviceId{"k-3b1lW2Lr5hQ0w8wM1x2tC1tU2YtB9tJg6o2qzQ4kqJw"}, DeviceId{"k-Zr0bA2m1KQ9nQn9l6m0v4sWq8c1pG4u3z8yYb7cE5dE"}};
    std::string out = "{\n  \"events\": [";
    for (std::uint64_t i = 0; i < events; ++i) {
        Envelope e;
        const DeviceId& device = devices[i % devices.size()];
        e.id = EventId{device, i / devices.size() + 1};
        e.lamport = i + 1;
        e.author = ActorId{"a-" + std::to_string(i % 97)};
        e.recorded_at = Timestamp{1800000000000 + static_cast<std::int64_t>(i) * 1000};
        e.body = body_of(i);
        if (i > 0)
            e.seen[devices[(i - 1) % devices.size()]] = (i - 1) / devices.size() + 1;
        e.signature = std::string(86, 'S');
        out += (i ? ",\n    " : "\n    ") + io::encode_envelope(e).dump();
    }
    out += "\n  ],\n  \"exported_at\": 1800000000000,\n  \"format\": \"turnabout.program\",\n  \"program\": \"p-e15b50b08096b489\",\n  \"program_name\": \"Bench\",\n  \"schema\": 2\n}\n";
    return out;
}

std::string empty_objects(std::uint64_t count)
{
    std::string out = "{\"x\": [";
    for (std::uint64_t i = 0; i < count; ++i)
        out += i ? ",{}" : "{}";
    return out + "]}";
}

template<class Parse>
double best_ms(int runs, Parse parse)
{
    double best = 1e300;
    for (int run = 0; run < runs; ++run) {
        auto start = std::chrono::steady_clock::now();
        parse();
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

void measure(const char* shape, std::uint64_t count, const std::string& bytes, int runs)
{
    // Both readers must give the same value; only then are they timed.
    if (auto parsed = io::parse_untrusted_json(bytes, bytes.size()); !parsed || *parsed != io::Json::parse(bytes)) {
        std::fprintf(stderr, "%s: %s\n", shape, parsed ? "the readers differ" : parsed.error().message.c_str());
        std::exit(1);
    }
    double plain = best_ms(runs, [&] { return io::Json::parse(bytes).size(); });
    double ours = best_ms(runs, [&] { return io::parse_untrusted_json(bytes, bytes.size()).ok(); });
    std::string opened;
    if (std::string(shape) == "events") {
        // Decoded and merged: what a file costs to open, beside the same plain parse.
        auto file = io::decode_program_file(bytes, bytes.size());
        if (!file) {
            std::fprintf(stderr, "%s: %s\n", shape, file.error().message.c_str());
            std::exit(1);
        }
        double decode = best_ms(runs, [&] { return io::decode_program_file(bytes, bytes.size()).ok(); });
        double merge = best_ms(runs, [&] {
            EventLog log(file->program);
            auto merged = log.merge(file->events);
            if (!merged || merged->added.size() != count) {
                std::fprintf(stderr, "%s: the merge %s\n", shape, merged ? "left events out" : merged.error().message.c_str());
                std::exit(1);
            }
            return log.size();
        });
        char extra[256];
        std::snprintf(extra, sizeof extra, ", \"decode_ms\": %.1f, \"merge_ms\": %.1f, \"open_ns_each\": %.1f, \"open_ratio\": %.2f",
            decode, merge, (decode + merge) * 1e6 / static_cast<double>(count), (decode + merge) / plain);
        opened = extra;
    }
    std::printf("{\"shape\": \"%s\", \"count\": %llu, \"bytes\": %zu, \"turnabout_ms\": %.1f, \"nlohmann_ms\": %.1f, \"turnabout_ns_each\": %.1f, \"nlohmann_ns_each\": %.1f, \"ratio\": %.2f%s}\n",
        shape, static_cast<unsigned long long>(count), bytes.size(), ours, plain, ours * 1e6 / static_cast<double>(count), plain * 1e6 / static_cast<double>(count), ours / plain, opened.c_str());
    std::fflush(stdout);
}

}

int main(int argc, char** argv)
{
    int runs = 3;
    std::uint64_t largest = 1'000'000;
    for (int i = 1; i < argc; i += 2) {
        std::string option = argv[i];
        if (i + 1 < argc && option == "--runs") {
            runs = std::atoi(argv[i + 1]);
        } else if (i + 1 < argc && option == "--largest") {
            largest = std::strtoull(argv[i + 1], nullptr, 10);
        } else {
            std::fprintf(stderr, "usage: turnabout_parse_bench [--runs N] [--largest EVENTS]\n");
            return 2;
        }
    }
    for (std::uint64_t count = 10'000; count <= largest; count *= 10)
        measure("events", count, program_file_of(count), runs);
    for (std::uint64_t count = 10'000; count <= largest; count *= 10)
        measure("empty objects", count, empty_objects(count), runs);
    return 0;
}
