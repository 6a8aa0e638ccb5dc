// EventSigner: what the log needs to seal an event it records on this device. The
// core knows no cryptography; io implements it with libsodium (io/signing.h).
// Depends on: core/log/envelope.h.
#pragma once

#include "core/log/envelope.h"

#include <string>

namespace turnabout {

class EventSigner {
public:
    virtual ~EventSigner() = default;
    // The device id this signer's events carry (derived from its public key).
    virtual DeviceId device() const = 0;
    // The signature of `envelope` (its signature field still empty) in `program`.
    virtual std::string sign(const ProgramId& program, const Envelope& envelope) const = 0;
};

}
