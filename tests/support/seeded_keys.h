// Signing keys made from a seed: the same on every run, so that device ids, and with
// them the replay order of concurrent events, repeat with the seed. No test framework
// here: the fuzz targets use it too.
#pragma once

#include "io/signing.h"

#include <cstdint>

namespace turnabout::testing {

io::DeviceKey seeded_device_key(std::uint64_t seed);

}
