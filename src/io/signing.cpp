#include "io/signing.h"

#include "io/base64.h"
#include "io/event_codec.h"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace turnabout::io {

namespace {

constexpr std::string_view SIGNING_TAG = "turnabout.event.v1";
constexpr std::string_view ENDORSEMENT_TAG = "turnabout.admin-device.v1";

std::string endorsement_bytes(const ProgramId& program, const DeviceId& new_device)
{
    std::string out(ENDORSEMENT_TAG);
    out += '\n';
    out += program.value;
    out += '\n';
    out += new_device.value;
    return out;
}

void ensure_sodium()
{
    // sodium_init is safe to call again; it fails only without a random source, and
    // then nothing can be signed at all.
    static const int ready = sodium_init();
    if (ready < 0)
        std::abort();
}

// Decodes exactly `size` bytes, or fails.
bool decode_exactly(std::string_view text, unsigned char* out, std::size_t size)
{
    auto bytes = io::from_base64(text);
    if (!bytes || bytes->size() != size)
        return false;
    std::copy(bytes->begin(), bytes->end(), out);
    sodium_memzero(bytes->data(), bytes->size());
    return true;
}

bool public_key_of(const DeviceId& device, unsigned char (&key)[crypto_sign_PUBLICKEYBYTES])
{
    if (!is_signed_device(device))
        return false;
    return decode_exactly(std::string_view(device.value).substr(SIGNED_DEVICE_PREFIX.size()), key, sizeof key);
}

std::string describe(const Envelope& envelope)
{
    const std::string print = fingerprint(envelope.id.device);
    return "event " + (print.empty() ? envelope.id.device.value : "of device " + print) + " #" + std::to_string(envelope.id.seq) + " (" + std::string(event_type_name(envelope.body)) + ")";
}

}

DeviceKey generate_device_key()
{
    ensure_sodium();
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    DeviceKey key{to_base64(pk, sizeof pk), to_base64(sk, sizeof sk)};
    sodium_memzero(sk, sizeof sk);
    return key;
}

DeviceId device_id_of(const DeviceKey& key)
{
    return DeviceId{std::string(SIGNED_DEVICE_PREFIX) + key.public_key};
}

bool is_signed_device(const DeviceId& device)
{
    return device.value.starts_with(SIGNED_DEVICE_PREFIX);
}

std::string fingerprint(const DeviceId& device)
{
    ensure_sodium();
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    if (!public_key_of(device, key))
        return {};
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, key, sizeof key, nullptr, 0);
    // 80 bits in Crockford's base32: no letters that read like digits.
    static constexpr char ALPHABET[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        int bit = i * 5;
        int value = 0;
        for (int b = 0; b < 5; ++b, ++bit)
            value = (value << 1) | ((digest[bit / 8] >> (7 - bit % 8)) & 1);
        if (i > 0 && i % 4 == 0)
            out += ' ';
        out += ALPHABET[value];
    }
    return out;
}

std::string signing_bytes(const ProgramId& program, const Envelope& envelope)
{
    Envelope unsigned_copy = envelope;
    unsigned_copy.signature.clear();
    std::string out(SIGNING_TAG);
    out += '\n';
    out += program.value;
    out += '\n';
    // Object keys are sorted and numbers integral: one text for one envelope.
    out += encode_envelope(unsigned_copy).dump(-1, ' ', false, Json::error_handler_t::strict);
    return out;
}

KeySigner::KeySigner(DeviceKey key)
    : m_key(std::move(key))
{
}

DeviceId KeySigner::device() const
{
    return device_id_of(m_key);
}

std::string KeySigner::sign(const ProgramId& program, const Envelope& envelope) const
{
    ensure_sodium();
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    if (!decode_exactly(m_key.secret_key, sk, sizeof sk))
        throw std::logic_error("device key: the secret key is damaged");
    const std::string message = signing_bytes(program, envelope);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(), sk);
    sodium_memzero(sk, sizeof sk);
    return to_base64(signature, sizeof signature);
}

std::string endorse_admin_device(const DeviceKey& admin_key, const ProgramId& program, const DeviceId& new_device)
{
    ensure_sodium();
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    if (!decode_exactly(admin_key.secret_key, sk, sizeof sk))
        throw std::logic_error("admin key: the secret key is damaged");
    const std::string message = endorsement_bytes(program, new_device);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(), sk);
    sodium_memzero(sk, sizeof sk);
    return to_base64(signature, sizeof signature);
}

bool endorsement_is_valid(const ProgramId& program, const DeviceId& endorser, const DeviceId& new_device, std::string_view endorsement)
{
    ensure_sodium();
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    unsigned char signature[crypto_sign_BYTES];
    if (!public_key_of(endorser, key) || !decode_exactly(endorsement, signature, sizeof signature))
        return false;
    const std::string message = endorsement_bytes(program, new_device);
    return crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(message.data()), message.size(), key) == 0;
}

Status verify_event(const ProgramId& program, const Envelope& envelope)
{
    ensure_sodium();
    if (envelope.signature.empty()) {
        if (is_signed_device(envelope.id.device))
            return make_error("unsigned_event", describe(envelope) + " is not signed, though its device signs everything");
        return {};
    }
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    if (!public_key_of(envelope.id.device, key))
        return make_error("bad_signature", describe(envelope) + " carries a signature, but its device id names no key");
    unsigned char signature[crypto_sign_BYTES];
    if (!decode_exactly(envelope.signature, signature, sizeof signature))
        return make_error("bad_signature", describe(envelope) + ": the signature is not readable");
    const std::string message = signing_bytes(program, envelope);
    if (crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(message.data()), message.size(), key) != 0)
        return make_error("bad_signature", describe(envelope) + " does not match its signature: it was altered, forged, or signed for another program");
    if (const auto* enrolment = std::get_if<trust::AdminDeviceEnrolled>(&envelope.body)) {
        if (!enrolment->endorsement.empty() && !endorsement_is_valid(program, enrolment->endorsed_by, enrolment->device, enrolment->endorsement))
            return make_error("bad_signature", describe(envelope) + " carries an endorsement that its endorser's key did not sign for this browser in this program: it was altered or forged");
    }
    return {};
}

Status verify_events(const ProgramId& program, std::span<const Envelope> events)
{
    for (const Envelope& envelope : events) {
        if (auto status = verify_event(program, envelope); !status)
            return status;
    }
    return {};
}

}
