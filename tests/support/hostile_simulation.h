// Hostile browsers among the honest ones of the sync simulation (support/
// sync_simulation.h): one to three, each with a real key of its own, some joined and
// approved, some strangers the admin never enrolled. Besides what any participant
// does, they write what altered code could: events numbered early that claim ids that
// exist, two versions of one change for two people, floods of changes whose past never
// comes, registrations as someone added, declined, removed or registered elsewhere,
// acts signed as someone else, old and refused files sent again, and numbers past the
// bounds. Honest browsers open some of these files, in random orders.
//
// At the end (check_more): every change an honest browser recorded is in the log and
// none was set aside, a hostile browser's effective changes are only its own person's,
// and the hostile changes replay refused changed nothing.
// Depends on: app, io, support/sync_simulation.h.
#pragma once

#include "io/signing.h"
#include "support/sync_simulation.h"

#include <array>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace turnabout::testing {

// What a hostile browser does on its turn.
enum class Move {
    Backdate,       // numbered early: claims an existing id, or breaks the clock rule
    Equivocate,     // two versions of one change, for two browsers
    Flood,          // changes after one it never sends, or after an honest change not yet made
    ClaimAdded,     // registers as someone the admin added
    ClaimDeclined,  // as someone the admin declined
    ClaimRemoved,   // as someone the admin removed
    ClaimRegistered, // as someone who registered on another browser, or with an id bound to one
    ActAsOther,     // signs an act as another person, or as the admin
    Replay,         // sends an old or refused file again
    Beyond,         // a seq, lamport or seen seq past the bound, or a clock that jumps to it
    Participate,    // what any participant does, from its own browser
    Count,
};
constexpr std::size_t MOVES = static_cast<std::size_t>(Move::Count);
constexpr std::array<const char*, MOVES> MOVE_NAMES{"backdate", "equivocate", "flood", "claim an added id", "claim a declined id", "claim a removed id",
                                                    "claim a registered id", "act as someone else", "replay", "numbers past the bounds", "participate"};

struct HostileTally {
    std::array<std::size_t, MOVES> made{};
    std::array<std::size_t, MOVES> opened{}; // files of that move opened by honest browsers
    std::array<std::size_t, MOVES> refused{};
    std::size_t enrolled = 0;
    std::size_t strangers = 0;
    std::size_t exclusions = 0;             // reported by imports of hostile files
    std::size_t hostile_events_effective = 0; // in the converged logs
    std::size_t hostile_events_refused = 0;   // in the converged logs, refused by replay
    std::size_t honest_conflicts = 0;         // honest events a written rule resolved
    std::size_t honest_events = 0;
};

struct Hostile {
    std::unique_ptr<StoreDevice> browser;
    std::unique_ptr<io::KeySigner> key;
    bool enrolled = false;
    // The person it registered as, if any: the one it may act as.
    PersonId person;
};

class HostileSimulation : public SyncSimulation {
public:
    HostileSimulation(std::uint64_t seed, SimulationTally& tally, HostileTally& hostile_tally)
        : SyncSimulation(seed, tally, SimulationOptions{.min_devices = 3, .max_devices = 6, .steps = 30, .hostile_browser = false})
        , m_dice(seed * 15485863 + 11)
        , m_hostile_tally(hostile_tally)
    {
    }

protected:
    void set_up_more() override;
    void step_more() override;
    void check_more() override;
    bool is_hostile(const DeviceId& device) const override { return m_hostile_devices.contains(device); }
    int final_rounds() const override { return 8; }

private:
    std::uint64_t roll(std::uint64_t n) { return m_dice.next_u64() % n; }
    bool chance(std::uint64_t percent) { return roll(100) < percent; }
    template<typename T>
    const T& one_of(const std::vector<T>& items) { return items[roll(items.size())]; }
    std::size_t honest_device() { return roll(device_count()); }
    const ProgramState& known_to(Hostile& h) { return *h.browser->store.program(program()); }
    const EventLog& log_of(Hostile& h) { return *h.browser->store.log(program()); }

    void move(Hostile& h);
    // h's next change after everything its browser holds, signed with its key;
    // `change` alters it before it is signed, `withheld` changes come before it.
    Envelope next_event(Hostile& h, const ActorId& author, EventBody body, const std::function<void(Envelope&)>& change = {}, std::size_t withheld = 0);
    // Opens a hostile file on one or two honest browsers; a refused one must change
    // nothing. With `keep_it`, h's own browser opens it too (see keep).
    void send(Hostile& h, Move kind, const std::string& file, bool keep_it = true);
    void open_hostile(Move kind, std::size_t to, const std::string& file);
    // The file h's own browser keeps: what it accepts of its forgeries (a fresh
    // registration, say) is numbered on from, so that it forges no second version by
    // accident.
    void keep(Hostile& h, const std::string& file) { (void)h.browser->store.import_program_file(file); }

    ActorId own_actor(Hostile& h) { return h.person.value.empty() ? ActorId{"a-" + random_hex_id(m_dice)} : people::actor_of(h.person); }
    EventBody own_harmless_body(Hostile& h);
    people::RegistrationSubmitted registration(Hostile& h, const PersonId& id, std::string email);

    void backdate(Hostile& h);
    void equivocate(Hostile& h);
    void flood(Hostile& h);
    bool claim(Hostile& h);
    void act_as_other(Hostile& h);
    void replay(Hostile& h);
    void beyond(Hostile& h);
    void participate(Hostile& h);

    SeededRandom m_dice;
    HostileTally& m_hostile_tally;
    std::vector<Hostile> m_hostiles;
    std::set<DeviceId> m_hostile_devices;
    // Every hostile file sent in this run, for replays.
    std::vector<std::pair<Move, std::string>> m_sent;
    int m_next_email = 0;
};

}
