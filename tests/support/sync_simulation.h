// The seeded simulation of several browsers sharing one program through files (whole,
// changes only, stale, opened twice, cut into pieces) while their people join, are
// approved, ask for mentors and answer, and the admin removes some of them. In half
// the seeds a hostile browser joins too, then signs two versions of one change for two
// browsers and floods them with changes whose past it never sends. An honest file must
// always open, and after a full exchange every honest browser must hold the same
// program and export the same bytes. A failure names its seed and step.
//
// A test that wants more of a run (other hostile browsers, more checks at the end)
// derives from SyncSimulation and fills in its hooks; they draw from dice of their
// own, so that the honest browsers' moves of a seed stay what they are without them.
// Depends on: app, io, platform/memory, support/store_devices.h.
#pragma once

#include "support/store_devices.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace turnabout::testing {

// What the runs did, summed over all seeds: proof that they did something.
struct SimulationTally {
    std::size_t accepted_commands = 0;
    std::size_t refused_commands = 0;
    std::size_t joins = 0;
    std::size_t approvals = 0;
    std::size_t requests_sent = 0;
    std::size_t requests_accepted = 0;
    std::size_t participant_requests = 0; // sent from a participant's own browser
    std::size_t imports = 0;
    std::size_t partial_imports = 0;
    std::size_t held_events = 0;
    std::size_t conflicts = 0;
    std::size_t hostile_files = 0;
    std::size_t hostile_refused = 0;
    std::size_t exclusions = 0; // reported by imports, honest and hostile
    std::size_t removals = 0;
    std::size_t matches_ended_by_leaving = 0; // in the converged programs
};

struct SimulationOptions {
    // Honest browsers, the admin's first: between these two, as the seed says.
    std::size_t min_devices = 4;
    std::size_t max_devices = 8;
    int steps = 40;
    // Whether the built-in hostile browser (two versions, a flood) joins half the seeds.
    bool hostile_browser = true;
};

// Where two states differ, in words, to make a failure readable.
std::string state_difference(const ProgramState& a, const ProgramState& b);

class SyncSimulation {
public:
    SyncSimulation(std::uint64_t seed, SimulationTally& tally, SimulationOptions options = {});
    virtual ~SyncSimulation();

    // Runs the seed; returns the first thing that went wrong, or nothing.
    std::string run();

protected:
    // Hooks. After the program was shared and the honest browsers joined:
    virtual void set_up_more() {}
    // At each step, after the clocks moved and before the honest browsers' move:
    virtual void step_more() {}
    // Once the honest browsers converged (states and bytes compared), if nothing failed:
    virtual void check_more() {}
    // Whose events may still be held at the end: a hostile browser's, whose past it
    // never sent. An honest browser's never.
    virtual bool is_hostile(const DeviceId& device) const;
    // Rounds of the final exchange at most; it stops after the first that changes nothing.
    virtual int final_rounds() const;

    // For the hooks: the honest browsers (0 is the admin's) and the program.
    std::size_t device_count() const { return m_devices.size(); }
    StoreDevice& device(std::size_t d) { return *m_devices[d]; }
    Store& store(std::size_t d) { return m_devices[d]->store; }
    // What device d reads, and what it recorded (the same on every device).
    const ProgramState& state(std::size_t d) { return *store(d).program(m_program); }
    const ProgramState& recorded_state(std::size_t d) { return *store(d).recorded(m_program); }
    const ProgramId& program() const { return m_program; }
    std::uint64_t seed() const { return m_seed; }
    int step() const { return m_step; }
    std::int64_t now() const { return m_now; }
    Date today() const { return date_of_unix_ms(m_now); }
    SimulationTally& tally() { return m_tally; }
    // Every file that left an honest browser, in the order they left.
    const std::vector<std::string>& kept_files() const { return m_kept; }
    void fail(const std::string& what);
    bool failed() const { return !m_failure.empty(); }
    // Opens an honest file on browser `to`: it must open.
    void open(std::size_t to, const std::string& file, const std::string& what);
    // A part of a file, as `dice` choose (the two versions of one change it carries
    // as evidence go together or not at all).
    static std::string part_of(const std::string& file, Random& dice);

private:
    std::uint64_t pick(std::uint64_t n) { return m_dice.next_u64() % n; }
    bool chance(std::uint64_t percent) { return pick(100) < percent; }
    template<typename T>
    const T& one_of(const std::vector<T>& items) { return items[pick(items.size())]; }

    bool set_up();
    void tick();
    void act(std::size_t d);
    void exchange();
    void final_exchange_and_compare();

    // The built-in hostile browser: joins, then forges with its own key.
    void join_hostile(const std::string& shared);
    void hostile_act();
    // Opens a hostile file, which may be refused.
    void open_hostile(std::size_t to, const std::string& file);

    // Commands, as the people a device may act for.
    bool count(const Status& status);
    template<class T>
    bool count(const Result<T>& result) { return count(result.ok() ? Status{} : Status{result.error()}); }
    std::vector<PersonId> people_of(std::size_t d, const std::function<bool(const people::Person&)>& filter, bool acting);
    void join(std::size_t d);
    void decide_registration();
    void add_person();
    void remove_person();
    void send_request(std::size_t d);
    // Whether there was a request this browser may answer.
    bool answer_request(std::size_t d);
    void withdraw_request(std::size_t d);
    void mark_read(std::size_t d);

    std::uint64_t m_seed;
    SimulationOptions m_options;
    SeededRandom m_dice;
    // The hostile browser's own dice, so that its moves do not reorder the others'.
    SeededRandom m_hostile_dice;
    SimulationTally& m_tally;
    std::vector<std::unique_ptr<StoreDevice>> m_devices;
    // Not one of m_devices: it is not compared with the honest browsers at the end.
    std::unique_ptr<StoreDevice> m_hostile;
    PersonId m_hostile_person;
    std::vector<std::int64_t> m_skew;
    std::int64_t m_now = 1800000000000;
    int m_step = 0;
    int m_next_email = 0;
    ProgramId m_program;
    // Every file that left a device: sent again later as a stale copy.
    std::vector<std::string> m_kept;
    std::string m_failure;
};

}
