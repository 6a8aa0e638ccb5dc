// Builders shared by the tests: valid people, a program with an admin, logs made by
// several simulated devices.
#pragma once

#include "support/program_setup.h"

#include "core/domain/decide.h"
#include "core/log/event_log.h"

#include <string>
#include <vector>

namespace turnabout::testing {

inline const ActorId ADMIN{"a-admin"};
inline const ActorId STRANGER{"a-stranger"};
inline const ProgramId PROGRAM{"p-test"};

// A state holding a program created by ADMIN.
ProgramState program_state();
// Decides `command` as `actor` and applies the result; fails the test if refused.
void run(ProgramState& state, const ActorId& actor, const Command& command);
// Decides `command` as `actor`, which must be refused; returns the refusal.
Error refusal(const ProgramState& state, const ActorId& actor, const Command& command);

// A device that records events into its own copy of a program's log.
struct SimulatedDevice {
    SimulatedDevice(std::string device_name, ActorId actor_id);
    // Decides and appends; returns whether the command was accepted.
    bool act(const Command& command, std::int64_t now_ms);
    ProgramState state() const;

    DeviceId device;
    ActorId actor;
    EventLog log{PROGRAM};
};

std::vector<Envelope> all_events(const EventLog& log);

}
