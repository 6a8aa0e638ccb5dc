// Sealed text: private text encrypted so that only its readers' devices can open it
// (libsodium: a fresh key per text in a secretbox, that key sealed to each reader's
// X25519 key, derived from the device's Ed25519 key). Depends on: io/signing.h.
#pragma once

#include "core/domain/privacy/private_text_value.h"
#include "io/signing.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace turnabout::io {

// In files, sealed text is a string that starts with this; plain text is as typed.
inline constexpr std::string_view SEALED_PREFIX = "sealed:v1:";

// Sealed text: "sealed:v1:" + the encrypted text + one sealed key per reader.
// Readers must be signed devices ("k-…"); unknown ones are left out.
privacy::PrivateText seal_text(std::string_view plain, std::span<const DeviceId> readers);

// The plain text, if `key` is one of the readers' keys; nothing otherwise (or when
// the sealed text is damaged). Plain text passes through unchanged.
std::optional<std::string> open_text(const privacy::PrivateText& text, const DeviceKey& key);

// A private field as a file holds it: sealed when it carries the prefix.
privacy::PrivateText private_text_from_file(std::string stored);

}
