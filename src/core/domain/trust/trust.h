// Who may record events for whom: the program admin's device and the devices people
// registered on. io checks each signature; this is what a valid signature may do.
// Depends on: core/base.
#pragma once

#include "core/base/ids.h"

#include <map>

namespace turnabout::trust {

struct TrustState {
    // Set by a signed creation event: from then on every event must be signed, by a
    // device allowed to act for its author. Programs of an older Turnabout are not.
    bool signed_program = false;
    // The device that created the program: the admin's, pinned for good. It may also
    // record for people using it as a shared kiosk.
    DeviceId admin_device;
    // The device each person registered themselves on: theirs once approved.
    std::map<PersonId, DeviceId> registered_on;

    bool operator==(const TrustState&) const = default;
};

}
