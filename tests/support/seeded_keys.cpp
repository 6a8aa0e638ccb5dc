#include "support/seeded_keys.h"

#include "core/base/clock.h"

#include <cstdlib>
#include <sodium.h>

namespace turnabout::testing {

io::DeviceKey seeded_device_key(std::uint64_t seed)
{
    if (sodium_init() < 0)
        std::abort();
    SeededRandom random(seed);
    unsigned char key_seed[crypto_sign_SEEDBYTES];
    for (std::size_t i = 0; i < sizeof key_seed; i += 8) {
        const std::uint64_t word = random.next_u64();
        for (std::size_t b = 0; b < 8; ++b)
            key_seed[i + b] = static_cast<unsigned char>(word >> (8 * b));
    }
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, key_seed);
    auto base64 = [](const unsigned char* bytes, std::size_t size) {
        std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
        sodium_bin2base64(out.data(), out.size(), bytes, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
        out.resize(out.size() - 1); // the terminating zero
        return out;
    };
    return io::DeviceKey{base64(pk, sizeof pk), base64(sk, sizeof sk)};
}

}
