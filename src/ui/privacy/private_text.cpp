#include "ui/privacy/private_text.h"

namespace turnabout::ui {

std::string shown_private(const Store& store, const privacy::PrivateText& text)
{
    if (auto plain = store.read_private(text))
        return *plain;
    return "(private: only the people it concerns can read it, on their own browsers)";
}

}
