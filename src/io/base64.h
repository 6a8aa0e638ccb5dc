// URL-safe base64 without padding (libsodium's), the text form of keys, signatures
// and sealed text in files. Depends on: libsodium.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::io {

std::string to_base64(const unsigned char* bytes, std::size_t size);
// The bytes, or nothing when `text` is not exactly base64 of this variant.
std::optional<std::vector<unsigned char>> from_base64(std::string_view text);

}
