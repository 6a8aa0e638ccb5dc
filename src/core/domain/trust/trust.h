// Who may record events for whom: the program admin's device and the devices people
// registered on. io checks each signature; this is what a valid signature may do.
// Depends on: core/base.
#pragma once

#include "core/base/ids.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::trust {

struct TrustState {
    // Set by a signed creation event: from then on every event must be signed, by a
    // device allowed to act for its author. Programs of an older Turnabout are not.
    bool signed_program = false;
    // The device that created the program: the admin's first, pinned for good.
    DeviceId admin_device;
    // Every device the admin acts from: the creation's first, then each one an
    // AdminDeviceEnrolled added, in replay order. Each may also record for people
    // using it as a shared kiosk: those who have no browser of their own.
    std::vector<DeviceId> admin_devices;
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

    bool is_admin_device(const DeviceId& device) const;
    // Whether `device` is a browser a person registered on that is not an admin
    // device: it can never become one (see AdminDeviceEnrolled).
    bool is_persons_browser(const DeviceId& device) const;

    bool operator==(const TrustState&) const = default;
};

// Events.

// The admin acts from one more device. Recorded either by an admin device, naming
// the new one (`endorsed_by` is the recorder, `endorsement` empty), or by the new
// device itself, with `endorsement` a signature by the key of the admin device
// `endorsed_by` over this program and the new device (from an admin key backup).
// io verifies that signature; trust checks that `endorsed_by` is an admin device.
struct AdminDeviceEnrolled {
    static constexpr std::string_view TYPE = "AdminDeviceEnrolled";
    DeviceId device;
    DeviceId endorsed_by;
    std::string endorsement;
    bool operator==(const AdminDeviceEnrolled&) const = default;
};

// Commands.

struct EnrolAdminDevice {
    DeviceId device;
    DeviceId endorsed_by;
    std::string endorsement;
};

}
