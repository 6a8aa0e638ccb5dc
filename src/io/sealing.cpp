#include "io/sealing.h"

#include "io/base64.h"

#include <sodium.h>

#include <vector>

namespace turnabout::io {

namespace {

bool x25519_public(const DeviceId& device, unsigned char (&out)[crypto_box_PUBLICKEYBYTES])
{
    if (!is_signed_device(device))
        return false;
    auto key = from_base64(std::string_view(device.value).substr(SIGNED_DEVICE_PREFIX.size()));
    if (!key || key->size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_ed25519_pk_to_curve25519(out, key->data()) == 0;
}

}

privacy::PrivateText private_text_from_file(std::string stored)
{
    if (stored.starts_with(SEALED_PREFIX))
        return privacy::PrivateText::sealed(std::move(stored));
    return privacy::PrivateText(std::move(stored));
}

privacy::PrivateText seal_text(std::string_view plain, std::span<const DeviceId> readers)
{
    if (sodium_init() < 0)
        return {};
    unsigned char key[crypto_secretbox_KEYBYTES];
    crypto_secretbox_keygen(key);
    std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
    randombytes_buf(box.data(), crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), box.data(), key);
    std::string out(SEALED_PREFIX);
    out += to_base64(box.data(), box.size());
    for (const DeviceId& reader : readers) {
        unsigned char pk[crypto_box_PUBLICKEYBYTES];
        if (!x25519_public(reader, pk))
            continue;
        unsigned char sealed[crypto_box_SEALBYTES + sizeof key];
        crypto_box_seal(sealed, key, sizeof key, pk);
        out += '.';
        out += to_base64(sealed, sizeof sealed);
    }
    sodium_memzero(key, sizeof key);
    return privacy::PrivateText::sealed(std::move(out));
}

std::optional<std::string> open_text(const privacy::PrivateText& private_text, const DeviceKey& device_key)
{
    const std::string_view text = private_text.stored();
    if (!private_text.is_sealed())
        return std::string(text);
    if (!text.starts_with(SEALED_PREFIX))
        return std::nullopt;
    if (sodium_init() < 0)
        return std::nullopt;
    auto public_key = from_base64(device_key.public_key);
    auto secret_key = from_base64(device_key.secret_key);
    if (!public_key || !secret_key || public_key->size() != crypto_sign_PUBLICKEYBYTES || secret_key->size() != crypto_sign_SECRETKEYBYTES)
        return std::nullopt;
    unsigned char pk[crypto_box_PUBLICKEYBYTES];
    unsigned char sk[crypto_box_SECRETKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(pk, public_key->data()) != 0 || crypto_sign_ed25519_sk_to_curve25519(sk, secret_key->data()) != 0)
        return std::nullopt;
    sodium_memzero(secret_key->data(), secret_key->size());

    std::string_view rest = text.substr(SEALED_PREFIX.size());
    std::size_t dot = rest.find('.');
    auto box = from_base64(rest.substr(0, dot));
    std::optional<std::string> plain;
    if (box && box->size() >= crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
        while (dot != std::string_view::npos && !plain) {
            rest = rest.substr(dot + 1);
            dot = rest.find('.');
            auto sealed = from_base64(rest.substr(0, dot));
            unsigned char key[crypto_secretbox_KEYBYTES];
            if (!sealed || sealed->size() != crypto_box_SEALBYTES + sizeof key || crypto_box_seal_open(key, sealed->data(), sealed->size(), pk, sk) != 0)
                continue;
            std::string out(box->size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
            if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(out.data()), box->data() + crypto_secretbox_NONCEBYTES, box->size() - crypto_secretbox_NONCEBYTES, box->data(), key) == 0)
                plain = std::move(out);
            sodium_memzero(key, sizeof key);
        }
    }
    sodium_memzero(sk, sizeof sk);
    return plain;
}

}
