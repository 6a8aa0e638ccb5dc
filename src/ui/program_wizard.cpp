#include "ui/program_wizard.h"

#include "core/domain/program/program_rules.h"
#include "ui/widgets.h"

#include <chrono>
#include <cstdio>

namespace turnabout::ui {

program::MatchTypeId new_match_type_id(std::uint64_t& counter)
{
    ++counter;
    if (counter == 1)
        return program::FIRST_MATCH_TYPE;
    const auto now = static_cast<std::uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());
    std::uint64_t x = now ^ (counter * 0x9E3779B97F4A7C15ull);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(x));
    return program::MatchTypeId{std::string("m-") + hex};
}

void WizardUi::open_new()
{
    *this = WizardUi{};
    open = true;
    just_opened = true;
}

void wizard_view(const ViewContext&, WizardUi& ui, ActionQueue&) { ui.open = false; }

}
