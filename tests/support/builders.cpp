#include "support/builders.h"

#include "core/log/projection.h"

#include <gtest/gtest.h>

namespace turnabout::testing {

ProgramState program_state()
{
    ProgramState state;
    run(state, ADMIN, program::CreateProgram{PROGRAM, "Reverse mentoring 2027", "Juniors mentor seniors."});
    return state;
}

void run(ProgramState& state, const ActorId& actor, const Command& command)
{
    auto events = decide(state, Actor{actor}, command);
    ASSERT_TRUE(events.ok()) << events.error().message;
    std::uint64_t seq = 1000;
    for (const EventBody& body : *events)
        apply(state, EventContext{EventId{DeviceId{"d-test"}, ++seq}, actor, Timestamp{1}}, body);
}

Error refusal(const ProgramState& state, const ActorId& actor, const Command& command)
{
    auto events = decide(state, Actor{actor}, command);
    EXPECT_FALSE(events.ok());
    return events.ok() ? Error{} : events.error();
}

SimulatedDevice::SimulatedDevice(std::string device_name, ActorId actor_id)
    : device{std::move(device_name)}
    , actor(std::move(actor_id))
{
}

bool SimulatedDevice::act(const Command& command, std::int64_t now_ms)
{
    auto events = decide(state(), Actor{actor}, command);
    if (!events)
        return false;
    for (const EventBody& body : *events)
        log.append_local(device, actor, Timestamp{now_ms}, body);
    return true;
}

ProgramState SimulatedDevice::state() const
{
    return replay(log);
}

std::vector<Envelope> all_events(const EventLog& log)
{
    std::vector<Envelope> out;
    for (const auto& [id, envelope] : log.events())
        out.push_back(envelope);
    for (const auto& [id, envelope] : log.pending())
        out.push_back(envelope);
    return out;
}

}
