// "Copy as email": a mailto: link (RFC 6068) whose subject and body are percent-encoded
// UTF-8, ready to paste into a browser or an email program. Depends on: the standard library.
#pragma once

#include <string>
#include <string_view>

namespace turnabout::ui {

std::string mailto_link(std::string_view to, std::string_view subject, std::string_view body);

}
