#include "io/replay_digest.h"

#include "io/event_codec.h"

#include <sodium.h>

#include <cstdlib>

namespace turnabout::io {

struct ReplayDigest::State {
    crypto_generichash_state hash;
};

ReplayDigest::ReplayDigest()
    : m_state(std::make_unique<State>())
{
    // sodium_init is safe to call again; it fails only without a random source.
    static const int ready = sodium_init();
    if (ready < 0)
        std::abort();
    crypto_generichash_init(&m_state->hash, nullptr, 0, crypto_generichash_BYTES);
}

ReplayDigest::~ReplayDigest() = default;

void ReplayDigest::add(const Envelope& envelope)
{
    const std::string bytes = encode_envelope(envelope).dump();
    unsigned char length[8];
    std::uint64_t size = bytes.size();
    for (unsigned char& byte : length) {
        byte = static_cast<unsigned char>(size & 0xff);
        size >>= 8;
    }
    crypto_generichash_update(&m_state->hash, length, sizeof length);
    crypto_generichash_update(&m_state->hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string ReplayDigest::finish()
{
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash_final(&m_state->hash, out, sizeof out);
    char hex[crypto_generichash_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return std::string(hex, crypto_generichash_BYTES * 2);
}

}
