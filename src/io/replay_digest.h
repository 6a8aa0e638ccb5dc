// The replay digest: a hash of the events a snapshot's state was replayed from, in
// replay order. A snapshot is used only when the events loaded beside it hash the
// same, so a state is never trusted for a log it was not made from (a lost or
// replaced segment, an event that differs, a count that happens to match).
// Depends on: core/log, libsodium.
#pragma once

#include "core/log/envelope.h"

#include <memory>
#include <string>

namespace turnabout::io {

// Fed one event at a time, in replay order; the digest is BLAKE2b-256
// (crypto_generichash) over each event's canonical bytes (its program-file JSON,
// keys sorted), each preceded by its length so that no two sequences of events
// hash alike by shifting bytes from one event to the next.
class ReplayDigest {
public:
    ReplayDigest();
    ~ReplayDigest();
    ReplayDigest(const ReplayDigest&) = delete;
    ReplayDigest& operator=(const ReplayDigest&) = delete;

    void add(const Envelope& envelope);
    // Lower-case hex, 64 characters. Ends the digest: add nothing after.
    std::string finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}
