// Signatures: every event is signed by its device's Ed25519 key (libsodium). A signed
// device's id is "k-" followed by its public key, so an event names the key that must
// have signed it and no one can write into another device's sequence.
// Depends on: core/log, libsodium.
#pragma once

#include "core/base/result.h"
#include "core/log/signer.h"

#include <span>
#include <string>
#include <string_view>

namespace turnabout::io {

inline constexpr std::string_view SIGNED_DEVICE_PREFIX = "k-";

struct DeviceKey {
    // URL-safe base64 without padding: 32 bytes public, 64 bytes secret.
    std::string public_key;
    std::string secret_key;

    bool operator==(const DeviceKey&) const = default;
};

DeviceKey generate_device_key();
// "k-" + the public key.
DeviceId device_id_of(const DeviceKey& key);
// Whether `device` names a key ("k-…"); older devices have random ids and sign nothing.
bool is_signed_device(const DeviceId& device);
// A short, speakable digest of a device's key: "7KQ2 M9XD 4TRB 1HZC". Empty for an
// unsigned device.
std::string fingerprint(const DeviceId& device);

// The exact bytes a signature covers: a domain tag, the program id and every
// envelope field but the signature, in a fixed order.
std::string signing_bytes(const ProgramId& program, const Envelope& envelope);

class KeySigner final : public EventSigner {
public:
    explicit KeySigner(DeviceKey key);
    DeviceId device() const override;
    std::string sign(const ProgramId& program, const Envelope& envelope) const override;

private:
    DeviceKey m_key;
};

// An admin device's endorsement of a new admin device: its signature over a domain
// tag, the program id and the new device's id (see trust::AdminDeviceEnrolled).
std::string endorse_admin_device(const DeviceKey& admin_key, const ProgramId& program, const DeviceId& new_device);
// Whether `endorsement` is `endorser`'s signature of `new_device` in `program`.
bool endorsement_is_valid(const ProgramId& program, const DeviceId& endorser, const DeviceId& new_device, std::string_view endorsement);

// Checks one event: signed by the key its device id names, over exactly its content
// in this program, and an admin device enrolment's endorsement, if it has one, by the
// key its endorser names. An unsigned event passes only from an unsigned (older) device.
Status verify_event(const ProgramId& program, const Envelope& envelope);
// The first event that fails, with its id and reason; nothing else is looked at.
Status verify_events(const ProgramId& program, std::span<const Envelope> events);

}
