// Who may record events for whom: the program admin's device and the devices people
// registered on. io checks each signature; this is what a valid signature may do.
// Depends on: core/base.
#pragma once

#include "core/base/ids.h"

#include <cstdint>
#include <map>
#include <set>

namespace turnabout::trust {

struct TrustState {
    // Set by a signed creation event: from then on every event must be signed, by a
    // device allowed to act for its author. Programs of an older Turnabout are not.
    bool signed_program = false;
    // The device that created the program: the admin's, pinned for good. It may also
    // record for people using it as a shared kiosk: those who have no browser of
    // their own in the program.
    DeviceId admin_device;
    // The device each person registered themselves on: theirs once approved.
    std::map<PersonId, DeviceId> registered_on;
    // People removed from the program: their later actions are conflicts a merge
    // resolves (they acted before hearing of it), not acts nobody allowed.
    std::set<PersonId> removed;
    // Everyone a registration or an addition in the log names, applied or not: a
    // person whose registration a conflict set aside is not a stranger.
    std::set<PersonId> declared;
    // The event schema the program was created in: from BOUND_HISTORY_SCHEMA on, every
    // event must be of that schema or newer, so that no key can opt out of its rules.
    std::uint32_t creation_schema = 0;

    bool operator==(const TrustState&) const = default;
};

}
