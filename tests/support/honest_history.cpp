#include "support/honest_history.h"

#include "core/domain/trust/trust_rules.h"
#include "io/program_file.h"
#include "io/small_files.h"
#include "support/program_setup.h"
#include "support/seeded_keys.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace turnabout::testing {

namespace {

// Making the honest history cannot fail: if it does, the code under test broke.
template<class T>
T must(Result<T> result, const char* what)
{
    if (!result)
        throw std::logic_error(std::string("honest history: ") + what + ": " + result.error().message);
    return std::move(*result);
}

void must(const Status& status, const char* what)
{
    if (!status)
        throw std::logic_error(std::string("honest history: ") + what + ": " + status.error().message);
}

HonestHistory make_history()
{
    HonestHistory h;
    SeededBrowser admin(501), ana(502), cy(503);
    auto opened = [](SeededBrowser& to, const std::string& file, const char* what) { must(to.store.import_program_file(file), what); };
    auto share = [&](std::vector<SeededBrowser*> to) {
        h.files.push_back(must(admin.store.share_program_file(h.program), "admin shares"));
        for (SeededBrowser* browser : to)
            opened(*browser, h.files.back(), "the admin's file opens");
    };
    auto send = [&](SeededBrowser& from) {
        h.files.push_back(must(from.store.changes_file(h.program), "changes file"));
        opened(admin, h.files.back(), "changes open on the admin's browser");
    };

    h.program = must(admin.store.set_up_program(requesting_setup(true), questionnaire::default_questionnaire()), "set up");
    const PersonId mo = must(admin.store.add_person(h.program, person("Mo", "mo@example.org", people::Role::Mentor)), "add Mo");
    const PersonId ben = must(admin.store.add_person(h.program, person("Ben", "ben@example.org", people::Role::Mentee)), "add Ben");
    share({&ana, &cy});
    const ProgramState& state = *admin.store.program(h.program);
    const PersonId ana_id = must(ana.store.join_program(h.program, person("Ana", "ana@example.org", people::Role::Mentee), required_answers(state, people::Role::Mentee)), "Ana joins");
    const PersonId cy_id = must(cy.store.join_program(h.program, person("Cy", "cy@example.org", people::Role::Mentor), required_answers(state, people::Role::Mentor)), "Cy joins");
    send(ana);
    send(cy);
    must(admin.store.execute(h.program, people::ApproveRegistration{ana_id}), "approve Ana");
    must(admin.store.execute(h.program, people::ApproveRegistration{cy_id}), "approve Cy");
    const PersonId dee = must(admin.store.add_person(h.program, person("Dee", "dee@example.org", people::Role::Mentor)), "add Dee");
    share({&ana, &cy});
    must(ana.store.execute_as(people::actor_of(ana_id), h.program, ask_for_mentor(ana_id, mo, "r-ana")), "Ana asks Mo");
    people::PersonDetails cys = admin.store.program(h.program)->people.at(cy_id).details;
    cys.job_title = "Lead Analyst";
    must(cy.store.execute_as(people::actor_of(cy_id), h.program, people::UpdateProfile{cy_id, cys, {}}), "Cy's profile");
    send(ana);
    send(cy);
    // Mo, a kiosk person on the admin's browser, accepts; the admin removes Ben.
    must(admin.store.execute_as(people::actor_of(mo), h.program, answer(requests::RequestId{"r-ana"}, true, "x-ana-mo")), "Mo accepts");
    must(admin.store.execute(h.program, people::RemovePerson{ben}), "remove Ben");
    share({&ana, &cy});
    must(ana.store.execute_as(people::actor_of(ana_id), h.program, inbox::MarkInboxRead{ana_id, Timestamp{1800000600000}}), "Ana reads");
    send(ana);

    h.program_name = admin.store.program(h.program)->program->name;
    for (const Envelope* event : admin.store.log(h.program)->in_replay_order())
        h.events.push_back(*event);
    h.state = *admin.store.recorded(h.program);
    h.people = {mo, ben, ana_id, cy_id, dee};
    h.actors = {admin.store.identity().actor};
    for (const PersonId& person : h.people)
        h.actors.push_back(people::actor_of(person));
    h.devices = {admin.store.identity().device, ana.store.identity().device, cy.store.identity().device};
    return h;
}

// A state as the law compares it: what replay refused is not an effect.
ProgramState effective(ProgramState state)
{
    state.skipped.clear();
    return state;
}

template<class T>
const T& pick(Random& dice, const std::vector<T>& from)
{
    return from[dice.next_u64() % from.size()];
}

}

SeededBrowser::SeededBrowser(std::uint64_t seed)
    : key(seeded_device_key(seed))
    , random(seed)
    , store(storage, clock, random)
{
    const ActorId actor{"a-" + random_hex_id(random)};
    must(storage.write_atomic("device.json", io::encode_device_file({io::device_id_of(key), actor, key, {}})), "device file");
    must(store.open(false), "open");
}

const HonestHistory& HonestHistory::made()
{
    static const HonestHistory history = make_history();
    return history;
}

Forger::Forger(const HonestHistory& history)
    : m_history(history)
{
    for (std::uint64_t seed : {601, 602, 603})
        m_keys.emplace_back(seeded_device_key(seed));
}

std::string Forger::forge(Random& dice)
{
    const io::KeySigner& key = m_keys[dice.next_u64() % m_keys.size()];
    const std::size_t count = 1 + dice.next_u64() % 3;
    std::uint64_t seq = 1 + dice.next_u64() % 3;
    std::vector<Envelope> events;
    for (std::size_t i = 0; i < count; ++i, ++seq) {
        const Envelope& base = pick(dice, m_history.events);
        Envelope event;
        event.id = EventId{key.device(), seq};
        event.recorded_at = base.recorded_at;
        event.body = base.body;
        switch (dice.next_u64() % 4) {
        case 0: event.author = base.author; break;
        case 1: event.author = pick(dice, m_history.actors); break;
        case 2: event.author = m_history.actors.front(); break; // the admin
        default: event.author = ActorId{"a-" + random_hex_id(dice)}; break;
        }
        // A registration claims someone's id, or a fresh one made on an honest browser:
        // never one made on its own (that one it may have: a new person, awaiting approval).
        if (auto* registration = std::get_if<people::RegistrationSubmitted>(&event.body)) {
            registration->id = dice.next_u64() % 2 ? pick(dice, m_history.people) : trust::bound_person_id(pick(dice, m_history.devices), random_hex_id(dice));
            if (dice.next_u64() % 2)
                event.author = people::actor_of(registration->id);
        }
        // What it says it had seen: nothing, or an honest change, or one not yet made.
        const Envelope& seen = pick(dice, m_history.events);
        switch (dice.next_u64() % 3) {
        case 0: break;
        case 1: event.seen[seen.id.device] = seen.id.seq; break;
        default: event.seen[seen.id.device] = seen.id.seq + 1 + dice.next_u64() % 5; break;
        }
        // Its clock: by the rule from what it says it had seen, early, or anywhere.
        const std::uint64_t previous = events.empty() ? 0 : events.back().lamport;
        const std::uint64_t past = event.seen.empty() ? previous : std::max(previous, seen.lamport);
        switch (dice.next_u64() % 4) {
        case 0:
        case 1: event.lamport = past + 1; break;
        case 2: event.lamport = 1 + dice.next_u64() % 4; break;
        default: event.lamport = 1 + dice.next_u64() % (m_history.events.size() + 10); break;
        }
        event.schema = dice.next_u64() % 8 == 0 ? 1 : EVENT_SCHEMA;
        event.signature = key.sign(m_history.program, event);
        events.push_back(event);
        // Two versions of one change, now and then.
        if (dice.next_u64() % 6 == 0) {
            Envelope other = event;
            other.recorded_at = Timestamp{event.recorded_at.unix_ms + 1};
            other.signature.clear();
            other.signature = key.sign(m_history.program, other);
            events.push_back(other);
        }
    }
    return io::encode_program_file(io::ProgramFile{m_history.program, m_history.program_name, Timestamp{1800000900000}, events});
}

std::string law_broken(const HonestHistory& history, const std::vector<std::string>& hostile, const std::vector<std::size_t>& order, std::string& bytes)
{
    // Each browser of a run is fresh; the seed only draws its ids, never used here.
    SeededBrowser browser(700);
    Store& store = browser.store;
    for (std::size_t index : order) {
        const bool honest = index < history.files.size();
        const std::string& file = honest ? history.files[index] : hostile.at(index - history.files.size());
        const std::string what = (honest ? "honest file " : "hostile file ") + std::to_string(honest ? index : index - history.files.size());
        const auto files_before = browser.storage.files();
        const ProgramState* before = store.recorded(history.program);
        const std::optional<ProgramState> state_before = before ? std::optional<ProgramState>(*before) : std::nullopt;
        auto report = store.import_program_file(file);
        if (honest && !report)
            return what + " was refused: " + report.error().message;
        if (!report) {
            if (browser.storage.files() != files_before)
                return what + " was refused but changed what is stored";
            const ProgramState* after = store.recorded(history.program);
            if ((after == nullptr) != !state_before || (after && *after != *state_before))
                return what + " was refused but changed the program";
        }
    }
    const ProgramState* state = store.recorded(history.program);
    const EventLog* log = store.log(history.program);
    if (!state || !log)
        return "the program is not there after every honest file";
    for (const Envelope& event : history.events) {
        auto it = log->events().find(event.id);
        if (it == log->events().end())
            return "honest event " + event.id.device.value + ":" + std::to_string(event.id.seq) + " is not in the log";
        if (it->second != event)
            return "honest event " + event.id.device.value + ":" + std::to_string(event.id.seq) + " was replaced";
        for (const SkippedEvent& skipped : state->skipped) {
            if (skipped.event == event.id)
                return "honest event " + event.id.device.value + ":" + std::to_string(event.id.seq) + " was refused in replay: " + skipped.reason;
        }
    }
    if (effective(*state) != effective(history.state))
        return "the program differs from the honest one";
    auto exported = store.export_program_file(history.program);
    if (!exported)
        return "the program does not export: " + exported.error().message;
    bytes = *exported;
    return {};
}

}
