#include "support/hostile_simulation.h"

#include "core/domain/decide.h"
#include "core/domain/matching/eligibility.h"
#include "core/domain/trust/trust_rules.h"
#include "core/log/projection.h"

#include <algorithm>
#include <map>
#include <optional>

namespace turnabout::testing {

void HostileSimulation::set_up_more()
{
    const bool approval = state(0).program->registration.approval_required;
    // Ids whose owners are gone, for the hostile browsers to claim: someone the admin
    // added and removed, and, where joining needs approval, a registration declined.
    auto leaver = store(0).add_person(program(), person("Leaver", "leaver@example.org", people::Role::Mentor));
    if (!leaver || !store(0).execute(program(), people::RemovePerson{*leaver})) {
        fail("the admin could not add and remove a person");
        return;
    }
    if (approval) {
        open(0, *store(1).changes_file(program()), "device 1's registration");
        for (const auto& [id, p] : state(0).people) {
            if (p.membership == people::Membership::AwaitingApproval && state(0).trust.registered_on.at(id) == store(1).identity().device) {
                if (!store(0).execute(program(), people::DeclineRegistration{id, "This round is for Finance."}))
                    fail("the admin could not decline a registration");
                break;
            }
        }
    }
    const std::size_t count = 1 + roll(3);
    for (std::size_t i = 0; i < count && !failed(); ++i) {
        Hostile h;
        h.browser = std::make_unique<StoreDevice>(seed() * 1000 + 900 + i, Timestamp{now()});
        h.key = std::make_unique<io::KeySigner>(h.browser->key());
        m_hostile_devices.insert(h.key->device());
        if (!h.browser->store.import_program_file(*store(0).export_program_file(program()))) {
            fail("a hostile browser could not open the admin's file");
            return;
        }
        // The first one is enrolled in most seeds, the others as the dice say.
        h.enrolled = i == 0 ? chance(70) : chance(50);
        if (h.enrolled) {
            const people::PersonDetails details = person("Hostile " + std::to_string(i), "hostile" + std::to_string(i) + "@example.org", people::Role::Both);
            auto joined = h.browser->store.join_program(program(), details, required_answers(known_to(h), people::Role::Both));
            if (!joined) {
                fail("a hostile browser could not join: " + joined.error().message);
                return;
            }
            h.person = *joined;
            open(0, *h.browser->store.changes_file(program()), "a hostile browser's registration");
            if (approval && !store(0).execute(program(), people::ApproveRegistration{h.person})) {
                fail("the admin could not approve a hostile browser's registration");
                return;
            }
            (void)h.browser->store.import_program_file(*store(0).export_program_file(program()));
            ++m_hostile_tally.enrolled;
        } else {
            ++m_hostile_tally.strangers;
        }
        m_hostiles.push_back(std::move(h));
    }
}

void HostileSimulation::step_more()
{
    for (Hostile& h : m_hostiles) {
        if (!failed() && chance(30))
            move(h);
    }
}

void HostileSimulation::move(Hostile& h)
{
    // Catches up with someone's file now and then, as any participant would.
    if (chance(20)) {
        (void)h.browser->store.import_program_file(*store(honest_device()).export_program_file(program()));
        return;
    }
    switch (roll(10)) {
    case 0: backdate(h); break;
    case 1: equivocate(h); break;
    case 2: flood(h); break;
    case 3:
    case 4:
        if (!claim(h))
            backdate(h);
        break;
    case 5:
    case 6: act_as_other(h); break;
    case 7: replay(h); break;
    case 8: beyond(h); break;
    default:
        if (h.enrolled)
            participate(h);
        else
            act_as_other(h);
        break;
    }
}

Envelope HostileSimulation::next_event(Hostile& h, const ActorId& author, EventBody body, const std::function<void(Envelope&)>& change, std::size_t withheld)
{
    EventLog log = log_of(h);
    for (std::size_t i = 0; i < withheld; ++i)
        (void)log.append_local(h.key->device(), author, Timestamp{now()}, own_harmless_body(h), h.key.get());
    Envelope event = log.append_local(h.key->device(), author, Timestamp{now()}, std::move(body), h.key.get());
    if (change) {
        change(event);
        event.signature.clear();
        event.signature = h.key->sign(program(), event);
    }
    return event;
}

void HostileSimulation::open_hostile(Move kind, std::size_t to, const std::string& file)
{
    const std::size_t k = static_cast<std::size_t>(kind);
    StoreDevice& target = device(to);
    const auto files = target.storage.files();
    const ProgramState before = state(to);
    ++m_hostile_tally.opened[k];
    ++tally().hostile_files;
    auto report = target.store.import_program_file(file);
    if (report) {
        m_hostile_tally.exclusions += report->exclusions.size();
        tally().exclusions += report->exclusions.size();
        return;
    }
    ++m_hostile_tally.refused[k];
    ++tally().hostile_refused;
    if (target.storage.files() != files)
        fail(std::string("a refused hostile file (") + MOVE_NAMES[k] + ") changed what device " + std::to_string(to) + " stores: " + report.error().message);
    else if (state(to) != before)
        fail(std::string("a refused hostile file (") + MOVE_NAMES[k] + ") changed device " + std::to_string(to) + "'s program");
}

void HostileSimulation::send(Hostile& h, Move kind, const std::string& file, bool keep_it)
{
    ++m_hostile_tally.made[static_cast<std::size_t>(kind)];
    m_sent.emplace_back(kind, file);
    const std::size_t first = honest_device();
    for (std::size_t i = 0, count = 1 + roll(2); i < count; ++i)
        open_hostile(kind, (first + i) % device_count(), file);
    if (keep_it)
        keep(h, file);
}

EventBody HostileSimulation::own_harmless_body(Hostile& h)
{
    const Timestamp at{now() + static_cast<std::int64_t>(roll(1000))};
    if (!h.person.value.empty())
        return inbox::InboxRead{h.person, at};
    // A stranger has no person: it reads an inbox nobody has.
    return inbox::InboxRead{trust::bound_person_id(h.key->device(), random_hex_id(m_dice)), at};
}

people::RegistrationSubmitted HostileSimulation::registration(Hostile& h, const PersonId& id, std::string email)
{
    return people::RegistrationSubmitted{id, person("Mallory " + random_hex_id(m_dice).substr(0, 4), std::move(email), people::Role::Mentee),
                                         required_answers(known_to(h), people::Role::Mentee)};
}

void HostileSimulation::backdate(Hostile& h)
{
    // Says it had seen only the admin's first few changes, and numbers itself one
    // above them (or lower still): wherever it lands, it replays before nearly all.
    const ProgramState& state = known_to(h);
    const EventLog& log = log_of(h);
    const DeviceId admin = state.trust.admin_device;
    const std::uint64_t seen = 1 + roll(std::min<std::uint64_t>(log.last_seq(admin), 4));
    const std::uint64_t own = log.last_seq(h.key->device());
    const std::uint64_t own_lamport = own ? log.events().at(EventId{h.key->device(), own}).lamport : 0;
    std::vector<PersonId> named(state.trust.declared.begin(), state.trust.declared.end());
    std::erase_if(named, [&](const PersonId& id) { return trust::is_bound_to(id, h.key->device()); });
    PersonId id;
    std::string email = "early" + std::to_string(++m_next_email) + "@example.org";
    if (!named.empty() && chance(60)) {
        id = one_of(named); // an id that exists, or existed
    } else {
        id = trust::bound_person_id(h.key->device(), random_hex_id(m_dice));
        // Where registering waits for approval, a registration holds no address: it
        // may ask for one that is someone's.
        auto taken = state.people.begin();
        if (state.program->registration.approval_required && !state.people.empty() && chance(50)) {
            std::advance(taken, roll(state.people.size()));
            email = taken->second.details.email;
        }
    }
    const bool breaks_the_clock = chance(25);
    const std::string file = file_of(program(), {next_event(h, people::actor_of(id), registration(h, id, email), [&](Envelope& e) {
                                                                   e.seen.clear();
                                                                   e.seen[admin] = seen;
                                                                   e.lamport = std::max(own_lamport, log.events().at(EventId{admin, seen}).lamport) + 1;
                                                                   if (breaks_the_clock)
                                                                       e.lamport = 1 + roll(e.lamport);
                                                               })});
    send(h, Move::Backdate, file);
}

void HostileSimulation::equivocate(Hostile& h)
{
    // Two versions of its next change (or of one after a change it withholds),
    // one for each of two browsers. A stranger registers itself twice over.
    const std::size_t withheld = chance(30) ? 1 : 0;
    EventBody body = own_harmless_body(h);
    ActorId author = own_actor(h);
    EventBody other = body;
    if (h.person.value.empty()) {
        const PersonId id = trust::bound_person_id(h.key->device(), random_hex_id(m_dice));
        author = people::actor_of(id);
        body = registration(h, id, "twofaced" + std::to_string(++m_next_email) + "@example.org");
        other = registration(h, id, "twofaced" + std::to_string(++m_next_email) + "@example.org");
    } else {
        std::get<inbox::InboxRead>(other).through.unix_ms += 1;
    }
    const Envelope first = next_event(h, author, body, {}, withheld);
    Envelope second = first;
    second.body = other;
    second.signature.clear();
    second.signature = h.key->sign(program(), second);
    const std::size_t a = honest_device();
    const std::size_t b = device_count() > 1 ? (a + 1 + roll(device_count() - 1)) % device_count() : a;
    ++m_hostile_tally.made[static_cast<std::size_t>(Move::Equivocate)];
    const std::string first_file = file_of(program(), {first});
    const std::string second_file = file_of(program(), {second});
    m_sent.emplace_back(Move::Equivocate, first_file);
    m_sent.emplace_back(Move::Equivocate, second_file);
    open_hostile(Move::Equivocate, a, first_file);
    open_hostile(Move::Equivocate, b, second_file);
}

void HostileSimulation::flood(Hostile& h)
{
    const ProgramState& state = known_to(h);
    std::vector<Envelope> flood;
    if (chance(30)) {
        // One change that says it had seen an honest change not yet made: held until
        // that change arrives, numbered by a guess of its clock.
        const DeviceId honest = store(honest_device()).identity().device;
        const std::uint64_t ahead = log_of(h).last_seq(honest) + 1 + roll(3);
        flood.push_back(next_event(h, own_actor(h), own_harmless_body(h), [&](Envelope& e) {
            e.seen[honest] = ahead;
            e.lamport += roll(3);
        }));
    } else {
        // Changes after one it never sends: its own, or acts as others, which a
        // browser judges as far as it can while they wait.
        EventLog log = log_of(h);
        (void)log.append_local(h.key->device(), own_actor(h), Timestamp{now()}, own_harmless_body(h), h.key.get());
        std::vector<PersonId> people;
        for (const auto& [id, p] : state.people)
            people.push_back(id);
        for (std::size_t i = 0, count = 2 + roll(30); i < count; ++i) {
            ActorId author = own_actor(h);
            EventBody body = own_harmless_body(h);
            if (!people.empty() && chance(30)) {
                const PersonId& victim = one_of(people);
                author = people::actor_of(victim);
                body = inbox::InboxRead{victim, Timestamp{now()}};
            } else if (chance(10)) {
                author = state.program->admin;
                body = people::PersonRemoved{people.empty() ? PersonId{"u-nobody"} : one_of(people)};
            }
            flood.push_back(log.append_local(h.key->device(), author, Timestamp{now()}, body, h.key.get()));
        }
    }
    send(h, Move::Flood, file_of(program(), flood), false);
}

bool HostileSimulation::claim(Hostile& h)
{
    const ProgramState& state = known_to(h);
    std::vector<std::pair<Move, PersonId>> ids;
    for (const auto& [id, p] : state.people) {
        if (trust::is_bound_to(id, h.key->device()))
            continue; // its own: registering again after a decline is its right
        auto registered = state.trust.registered_on.find(id);
        if (p.membership == people::Membership::Declined)
            ids.emplace_back(Move::ClaimDeclined, id);
        else if (registered == state.trust.registered_on.end() || state.trust.is_admin_device(registered->second))
            ids.emplace_back(Move::ClaimAdded, id);
        else
            ids.emplace_back(Move::ClaimRegistered, id);
    }
    for (const PersonId& id : state.trust.removed) {
        if (!trust::is_bound_to(id, h.key->device()))
            ids.emplace_back(Move::ClaimRemoved, id);
    }
    // An id made as an honest browser makes them, but bound to another browser.
    ids.emplace_back(Move::ClaimRegistered, trust::bound_person_id(store(honest_device()).identity().device, random_hex_id(m_dice)));
    // Each kind of id as often as the others, whatever their numbers.
    std::vector<Move> kinds;
    for (const auto& entry : ids) {
        if (std::find(kinds.begin(), kinds.end(), entry.first) == kinds.end())
            kinds.push_back(entry.first);
    }
    const Move wanted = one_of(kinds);
    std::erase_if(ids, [wanted](const auto& entry) { return entry.first != wanted; });
    const auto& [kind, id] = one_of(ids);
    const std::string file = file_of(program(), {next_event(h, people::actor_of(id), registration(h, id, "claim" + std::to_string(++m_next_email) + "@example.org"))});
    send(h, kind, file);
    return true;
}

void HostileSimulation::act_as_other(Hostile& h)
{
    const ProgramState& state = known_to(h);
    // Anyone but a person this browser registered itself (that one is its own).
    std::vector<PersonId> victims;
    for (const auto& [id, p] : state.people) {
        auto registered = state.trust.registered_on.find(id);
        if (registered == state.trust.registered_on.end() || registered->second != h.key->device())
            victims.push_back(id);
    }
    const ActorId admin = state.program->admin;
    std::optional<EventBody> body;
    ActorId author = admin;
    if (victims.empty() || chance(30)) {
        // As the admin: approves itself, removes someone, adds a person, or makes every
        // field readable by everyone.
        std::vector<PersonId> waiting;
        for (const auto& [id, p] : state.people) {
            if (p.membership == people::Membership::AwaitingApproval)
                waiting.push_back(id);
        }
        Command command = people::AddPerson{trust::bound_person_id(h.key->device(), random_hex_id(m_dice)), person("Planted", "planted" + std::to_string(++m_next_email) + "@example.org")};
        if (!waiting.empty() && chance(50))
            command = people::ApproveRegistration{one_of(waiting)};
        else if (!victims.empty() && chance(50))
            command = people::RemovePerson{one_of(victims)};
        else if (chance(40)) {
            privacy::FieldReaders everyone;
            for (const auto& [field, readers] : state.privacy.field_readers)
                everyone[field] = privacy::Readers::Everyone;
            command = privacy::SetFieldReaders{everyone};
        }
        if (auto decided = decide(state, Actor{admin}, command); decided && !decided->empty())
            body = decided->front();
    } else {
        const PersonId victim = one_of(victims);
        author = people::actor_of(victim);
        const people::Person& p = state.people.at(victim);
        std::vector<Command> commands{inbox::MarkInboxRead{victim, Timestamp{now()}}};
        if (matching::can_be_mentee(p)) {
            for (const auto& [id, mentor] : state.people) {
                if (id != victim && mentor.membership == people::Membership::Active && matching::can_mentor(mentor)) {
                    commands.push_back(ask_for_mentor(victim, id, "r-" + random_hex_id(m_dice), today()));
                    break;
                }
            }
        }
        for (const auto& [id, request] : state.requests.requests) {
            if (request.to == victim && request.status == requests::RequestStatus::Pending) {
                commands.push_back(answer(id, true, "x-" + random_hex_id(m_dice), today()));
                break;
            }
        }
        if (auto decided = decide(state, Actor{author}, one_of(commands)); decided && !decided->empty())
            body = decided->front();
        else
            body = inbox::InboxRead{victim, Timestamp{now()}};
        // Or the victim's fields "shared" with someone they were never matched with.
        if (chance(20)) {
            privacy::SealedFields fields;
            fields.readers = privacy::Readers::PartnerAndAdmin;
            fields.fields = {"email"};
            body = privacy::PartnerShared{victim, one_of(victims), fields};
        }
    }
    if (!body)
        body = inbox::InboxRead{victims.empty() ? PersonId{"u-nobody"} : victims.front(), Timestamp{now()}};
    send(h, Move::ActAsOther, file_of(program(), {next_event(h, author, *body)}));
}

void HostileSimulation::replay(Hostile& h)
{
    if (!m_sent.empty() && chance(70)) {
        // A hostile file of this run again, refused or not, to anyone.
        const std::string again = one_of(m_sent).second; // a copy: send keeps it again
        send(h, Move::Replay, again, false);
        return;
    }
    // Old honest changes, as a part of an old file of its own browser's.
    send(h, Move::Replay, part_of(*h.browser->store.export_program_file(program()), m_dice));
}

void HostileSimulation::beyond(Hostile& h)
{
    const DeviceId honest = store(honest_device()).identity().device;
    const std::uint64_t variant = roll(5);
    const std::string file = file_of(program(), {next_event(h, own_actor(h), own_harmless_body(h), [&](Envelope& e) {
                                                     switch (variant) {
                                                     case 0: e.id.seq = MAX_SEQ_OR_LAMPORT + 1 + roll(1000); break;
                                                     case 1: e.lamport = MAX_SEQ_OR_LAMPORT + 1 + roll(1000); break;
                                                     case 2: e.seen[honest] = MAX_SEQ_OR_LAMPORT + 1; break;
                                                     case 3: e.lamport = MAX_SEQ_OR_LAMPORT - roll(1000); break; // a jump within the bound
                                                     default: e.id.seq = MAX_SEQ_OR_LAMPORT; break;               // held at the bound
                                                     }
                                                 })});
    send(h, Move::Beyond, file, false);
}

void HostileSimulation::participate(Hostile& h)
{
    Store& store = h.browser->store;
    const ProgramState& state = known_to(h);
    const ActorId actor = people::actor_of(h.person);
    if (!store.can_act_as(program(), actor))
        return;
    std::vector<Command> commands{inbox::MarkInboxRead{h.person, Timestamp{now()}}};
    for (const auto& [id, request] : state.requests.requests) {
        if (request.to == h.person && request.status == requests::RequestStatus::Pending)
            commands.push_back(answer(id, chance(70), "x-" + random_hex_id(m_dice), today()));
    }
    for (const auto& [id, mentor] : state.people) {
        if (id != h.person && mentor.membership == people::Membership::Active && matching::can_mentor(mentor) && chance(30))
            commands.push_back(ask_for_mentor(h.person, id, "r-" + random_hex_id(m_dice), today()));
    }
    (void)store.execute_as(actor, program(), one_of(commands));
    auto changes = store.changes_file(program());
    if (changes)
        send(h, Move::Participate, *changes);
}

void HostileSimulation::check_more()
{
    const EventLog& log = *store(0).log(program());
    const ProgramState& final_state = recorded_state(0);
    // Every change an honest browser recorded is in the log, and none of theirs is set
    // aside or excluded.
    for (std::size_t d = 0; d < device_count(); ++d) {
        const DeviceId id = store(d).identity().device;
        const std::uint64_t last = store(d).log(program())->last_seq(id);
        m_hostile_tally.honest_events += last;
        for (std::uint64_t seq = 1; seq <= last; ++seq) {
            if (!log.contains(EventId{id, seq})) {
                fail("honest device " + std::to_string(d) + "'s change #" + std::to_string(seq) + " is not in the converged log");
                return;
            }
        }
        if (log.exclusions().contains(id) || log.set_aside_events().contains(id))
            fail("honest device " + std::to_string(d) + "'s changes were set aside");
    }
    // What replay refused of the hostile browsers' changes, and what took effect: only
    // acts of the person its own browser registered.
    std::map<EventId, const SkippedEvent*> skipped;
    for (const SkippedEvent& skip : final_state.skipped)
        skipped.emplace(skip.event, &skip);
    std::set<EventId> refused_hostile;
    for (const auto& [id, envelope] : log.events()) {
        if (!is_hostile(id.device)) {
            m_hostile_tally.honest_conflicts += skipped.contains(id);
            continue;
        }
        if (skipped.contains(id)) {
            refused_hostile.insert(id);
            ++m_hostile_tally.hostile_events_refused;
            continue;
        }
        ++m_hostile_tally.hostile_events_effective;
        const PersonId person{envelope.author.value};
        auto registered = final_state.trust.registered_on.find(person);
        if (registered == final_state.trust.registered_on.end() || registered->second != id.device || !trust::is_bound_to(person, id.device))
            fail("a hostile change took effect as " + envelope.author.value + ", whom its browser did not register: " + std::string(event_type_name(envelope.body)));
    }
    // The hostile changes replay refused changed nothing: replayed without them, the
    // program is the same (what replay refused aside).
    ProgramState without;
    for (const Envelope* envelope : log.in_replay_order()) {
        if (!refused_hostile.contains(envelope->id))
            apply(without, context_of(*envelope), envelope->body);
    }
    ProgramState with = final_state;
    std::erase_if(with.skipped, [&](const SkippedEvent& skip) { return refused_hostile.contains(skip.event); });
    // A refused registration still names its person (trust.declared): its own id,
    // bound to its own browser, which nobody else could claim anyway.
    for (ProgramState* s : {&with, &without}) {
        std::erase_if(s->trust.declared, [&](const PersonId& id) {
            return std::any_of(m_hostile_devices.begin(), m_hostile_devices.end(), [&](const DeviceId& device) { return trust::is_bound_to(id, device); });
        });
    }
    if (with != without)
        fail("hostile changes that replay refused changed the program, in: " + state_difference(with, without));
}

}
