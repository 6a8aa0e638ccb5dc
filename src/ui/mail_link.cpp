#include "ui/mail_link.h"

namespace turnabout::ui {

namespace {

// Everything but RFC 3986's unreserved characters is encoded, so no address, subject
// or body can break out of its part of the link.
std::string percent_encoded(std::string_view text)
{
    static constexpr char HEX[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "%0D%0A"; // mail bodies break lines with CRLF
        } else {
            out += '%';
            out += HEX[c >> 4];
            out += HEX[c & 15];
        }
    }
    return out;
}

}

std::string mailto_link(std::string_view to, std::string_view subject, std::string_view body)
{
    std::string address;
    for (char c : to) {
        // An address keeps its @; anything that could start another header is encoded.
        if (c == '@')
            address += c;
        else
            address += percent_encoded(std::string_view(&c, 1));
    }
    return "mailto:" + address + "?subject=" + percent_encoded(subject) + "&body=" + percent_encoded(body);
}

}
