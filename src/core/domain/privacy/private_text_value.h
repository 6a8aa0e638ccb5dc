// Private text as a value: plain, as its author typed it, until the recording device
// seals it to its readers; then sealed, an envelope only a reader's device opens. The
// two are told apart by type, not by reading the text. Depends on: nothing.
#pragma once

#include <string>
#include <utility>

namespace turnabout::privacy {

class PrivateText {
public:
    PrivateText() = default;
    // Plain text, as typed: commands and tests write private fields as strings.
    PrivateText(std::string plain) : m_text(std::move(plain)) {}
    PrivateText(const char* plain) : m_text(plain) {}

    // Sealed text: the envelope io made (io/sealing.h), kept as it is.
    static PrivateText sealed(std::string envelope)
    {
        PrivateText text(std::move(envelope));
        text.m_sealed = true;
        return text;
    }

    bool is_sealed() const { return m_sealed; }
    bool empty() const { return m_text.empty(); }
    // The plain text, or the sealed envelope: what a file holds.
    const std::string& stored() const { return m_text; }

    bool operator==(const PrivateText&) const = default;

private:
    std::string m_text;
    bool m_sealed = false;
};

}
