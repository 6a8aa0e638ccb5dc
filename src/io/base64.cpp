#include "io/base64.h"

#include <sodium.h>

namespace turnabout::io {

std::string to_base64(const unsigned char* bytes, std::size_t size)
{
    std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.size() - 1); // the terminating zero
    return out;
}

std::optional<std::vector<unsigned char>> from_base64(std::string_view text)
{
    std::vector<unsigned char> out(text.size() * 3 / 4 + 3);
    std::size_t written = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &written, &end, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 || end != text.data() + text.size())
        return std::nullopt;
    out.resize(written);
    return out;
}

}
