#include "support/sync_simulation.h"

#include "core/domain/matching/eligibility.h"
#include "core/domain/trust/trust_rules.h"
#include "io/signing.h"

#include <map>

namespace turnabout::testing {

namespace {

bool is_active(const people::Person& p)
{
    return p.membership == people::Membership::Active;
}

people::Role any_role(std::uint64_t roll)
{
    return roll == 0 ? people::Role::Mentor : roll == 1 ? people::Role::Mentee : people::Role::Both;
}

}

SyncSimulation::SyncSimulation(std::uint64_t seed, SimulationTally& tally, SimulationOptions options)
    : m_seed(seed)
    , m_options(options)
    , m_dice(seed * 7919 + 17)
    , m_hostile_dice(seed * 104729 + 3)
    , m_tally(tally)
{
}

SyncSimulation::~SyncSimulation() = default;

void SyncSimulation::fail(const std::string& what)
{
    if (m_failure.empty())
        m_failure = "seed " + std::to_string(m_seed) + ", step " + std::to_string(m_step) + ": " + what;
}

bool SyncSimulation::is_hostile(const DeviceId& device) const
{
    return m_hostile && device == m_hostile->store.identity().device;
}

int SyncSimulation::final_rounds() const
{
    return m_hostile ? 5 : 2;
}

std::string SyncSimulation::run()
{
    if (!set_up())
        return m_failure;
    set_up_more();
    for (m_step = 1; m_step <= m_options.steps && m_failure.empty(); ++m_step) {
        tick();
        step_more();
        if (m_hostile && m_hostile_dice.next_u64() % 100 < 15)
            hostile_act();
        if (chance(40))
            exchange();
        else
            act(chance(25) ? 0 : pick(m_devices.size()));
    }
    if (m_failure.empty())
        final_exchange_and_compare();
    return m_failure;
}

bool SyncSimulation::set_up()
{
    const std::size_t count = m_options.min_devices + pick(m_options.max_devices - m_options.min_devices + 1);
    for (std::size_t d = 0; d < count; ++d) {
        m_devices.push_back(std::make_unique<StoreDevice>(m_seed * 1000 + d, Timestamp{m_now}));
        // Browsers' clocks disagree; nothing may depend on them agreeing.
        m_skew.push_back(static_cast<std::int64_t>(pick(600000)) - 300000);
    }
    // A program as created on its own: one user-led-with-approval mentorship match
    // type. Whether joining needs the admin's approval is the seed's choice. Few
    // settings events keep the files small: every import checks every signature.
    auto program = store(0).create_program("Mentoring circle", "Simulated");
    if (!program) {
        fail("the admin could not create the program: " + program.error().message);
        return false;
    }
    m_program = *program;
    if (chance(50) && !store(0).execute(m_program, program::ChangeRegistrationSettings{program::RegistrationSettings{.approval_required = false}}))
        fail("the admin could not open registration without approval");
    // At least one mentor and one mentee from the start.
    const std::size_t people = 2 + pick(3);
    for (std::size_t i = 0; i < people; ++i) {
        const people::Role role = i == 0 ? people::Role::Mentor : i == 1 ? people::Role::Mentee : any_role(pick(3));
        if (!store(0).add_person(m_program, person("Added " + std::to_string(i), "added" + std::to_string(i) + "@example.org", role)))
            fail("the admin could not add a person");
    }
    const std::string shared = *store(0).share_program_file(m_program);
    m_kept.push_back(shared);
    for (std::size_t d = 1; d < m_devices.size(); ++d) {
        open(d, shared, "the admin's first shared file");
        join(d);
    }
    if (m_options.hostile_browser && m_hostile_dice.next_u64() % 2 == 0)
        join_hostile(shared);
    return m_failure.empty();
}

void SyncSimulation::tick()
{
    m_now += 1 + static_cast<std::int64_t>(pick(600000));
    for (std::size_t d = 0; d < m_devices.size(); ++d)
        m_devices[d]->clock.set(Timestamp{m_now + m_skew[d]});
}

void SyncSimulation::act(std::size_t d)
{
    // A request waiting for an answer here is answered more often than not.
    if (chance(50) && answer_request(d))
        return;
    if (d == 0) {
        // The admin's browser: decides registrations and adds people besides acting,
        // as a kiosk, for the people who have no browser of their own.
        switch (pick(11)) {
        case 0:
        case 1:
        case 2: decide_registration(); break;
        case 3: add_person(); break;
        case 4:
        case 5: send_request(d); break;
        case 6:
        case 7: answer_request(d); break;
        case 8: withdraw_request(d); break;
        case 9: remove_person(); break;
        default: mark_read(d); break;
        }
        return;
    }
    switch (pick(10)) {
    case 0: join(d); break;
    case 1:
    case 2:
    case 3:
    case 4: send_request(d); break;
    case 5:
    case 6:
    case 7: answer_request(d); break;
    case 8: withdraw_request(d); break;
    default: mark_read(d); break;
    }
}

bool SyncSimulation::count(const Status& status)
{
    ++(status ? m_tally.accepted_commands : m_tally.refused_commands);
    return status.ok();
}

std::vector<PersonId> SyncSimulation::people_of(std::size_t d, const std::function<bool(const people::Person&)>& filter, bool acting)
{
    std::vector<PersonId> out;
    for (const auto& [id, p] : state(d).people) {
        if (filter(p) && (!acting || store(d).can_act_as(m_program, people::actor_of(id))))
            out.push_back(id);
    }
    return out;
}

void SyncSimulation::join(std::size_t d)
{
    const people::Role role = any_role(pick(3));
    // A few addresses are shared, so that two browsers sometimes register one address
    // without knowing of each other.
    const std::string email = chance(10) ? "shared" + std::to_string(pick(3)) + "@example.org" : "joiner" + std::to_string(++m_next_email) + "@example.org";
    auto joined = store(d).join_program(m_program, person("Joiner " + email, email, role), required_answers(state(d), role));
    if (count(joined.ok() ? Status{} : Status{joined.error()}))
        ++m_tally.joins;
}

void SyncSimulation::decide_registration()
{
    auto waiting = people_of(0, [](const people::Person& p) { return p.membership == people::Membership::AwaitingApproval; }, false);
    if (waiting.empty())
        return;
    const PersonId who = one_of(waiting);
    if (chance(80)) {
        if (count(store(0).execute(m_program, people::ApproveRegistration{who})))
            ++m_tally.approvals;
    } else {
        count(store(0).execute(m_program, people::DeclineRegistration{who, "The program is full this year"}));
    }
}

void SyncSimulation::add_person()
{
    const std::string email = chance(10) ? "shared" + std::to_string(pick(3)) + "@example.org" : "added-later" + std::to_string(++m_next_email) + "@example.org";
    auto added = store(0).add_person(m_program, person("Added " + email, email, any_role(pick(3))));
    count(added.ok() ? Status{} : Status{added.error()});
}

void SyncSimulation::remove_person()
{
    // Mostly someone in a match, so that removals end matches while acceptances of
    // their requests travel in other files.
    std::vector<PersonId> matched;
    for (const auto& [id, match] : state(0).matching.matches) {
        if (match.state == matching::MatchState::Active)
            matched.insert(matched.end(), {match.mentor, match.mentee});
    }
    auto everyone = people_of(0, [](const people::Person&) { return true; }, false);
    if (everyone.empty())
        return;
    const PersonId who = !matched.empty() && chance(70) ? one_of(matched) : one_of(everyone);
    if (count(store(0).execute(m_program, people::RemovePerson{who})))
        ++m_tally.removals;
}

void SyncSimulation::send_request(std::size_t d)
{
    auto mentees = people_of(d, [](const people::Person& p) { return is_active(p) && matching::can_be_mentee(p); }, true);
    if (mentees.empty())
        return;
    const PersonId from = one_of(mentees);
    auto mentors = people_of(d, [&from](const people::Person& p) { return is_active(p) && matching::can_mentor(p) && p.id != from; }, false);
    if (mentors.empty())
        return;
    auto command = ask_for_mentor(from, one_of(mentors), "r-" + random_hex_id(m_dice), today());
    if (count(store(d).execute_as(people::actor_of(from), m_program, command))) {
        ++m_tally.requests_sent;
        m_tally.participant_requests += d != 0;
    }
}

bool SyncSimulation::answer_request(std::size_t d)
{
    std::vector<requests::RequestId> mine;
    for (const auto& [id, request] : state(d).requests.requests) {
        if (request.status == requests::RequestStatus::Pending && store(d).can_act_as(m_program, people::actor_of(request.to)))
            mine.push_back(id);
    }
    if (mine.empty())
        return false;
    const requests::RequestId id = one_of(mine);
    const bool accept = chance(70);
    const ActorId recipient = people::actor_of(state(d).requests.requests.at(id).to);
    if (count(store(d).execute_as(recipient, m_program, answer(id, accept, "x-" + random_hex_id(m_dice), today()))) && accept)
        ++m_tally.requests_accepted;
    return true;
}

void SyncSimulation::withdraw_request(std::size_t d)
{
    std::vector<requests::RequestId> mine;
    for (const auto& [id, request] : state(d).requests.requests) {
        if (request.status == requests::RequestStatus::Pending && store(d).can_act_as(m_program, people::actor_of(request.from)))
            mine.push_back(id);
    }
    if (mine.empty())
        return;
    const requests::RequestId id = one_of(mine);
    const ActorId requester = people::actor_of(state(d).requests.requests.at(id).from);
    count(store(d).execute_as(requester, m_program, requests::WithdrawRequest{id, today()}));
}

void SyncSimulation::mark_read(std::size_t d)
{
    auto readers = people_of(d, [](const people::Person&) { return true; }, true);
    if (readers.empty())
        return;
    const PersonId who = one_of(readers);
    count(store(d).execute_as(people::actor_of(who), m_program, inbox::MarkInboxRead{who, m_devices[d]->clock.now()}));
}

void SyncSimulation::exchange()
{
    const std::size_t from = pick(m_devices.size());
    std::string file;
    std::string what;
    switch (pick(5)) {
    case 0:
        what = "shared file";
        file = *store(from).share_program_file(m_program);
        m_kept.push_back(file);
        break;
    case 1: {
        auto changes = store(from).changes_file(m_program);
        if (!changes)
            return; // nothing of this browser's is unsent
        what = "changes file";
        file = *changes;
        m_kept.push_back(file);
        break;
    }
    case 2:
        what = "stale copy of an earlier file";
        file = one_of(m_kept);
        break;
    default:
        what = "part of a file";
        file = part_of(chance(50) ? one_of(m_kept) : *store(from).export_program_file(m_program), m_dice);
        break;
    }
    what += " from device " + std::to_string(from);
    // A few of the others open it, now and then twice.
    for (std::size_t to = 0; to < m_devices.size(); ++to) {
        if (to == from || !chance(35))
            continue;
        open(to, file, what);
        if (chance(15))
            open(to, file, what + ", opened again");
    }
}

std::string SyncSimulation::part_of(const std::string& bytes, Random& dice)
{
    auto chance = [&dice](std::uint64_t percent) { return dice.next_u64() % 100 < percent; };
    io::ProgramFile file = read_file(bytes);
    // The two versions of one change that a file carries as evidence against their
    // browser go together or not at all: one alone is that browser's change, which the
    // sender never accepted.
    std::map<EventId, int> versions;
    for (const Envelope& envelope : file.events)
        ++versions[envelope.id];
    std::map<EventId, bool> pair_kept;
    std::vector<Envelope> kept;
    for (const Envelope& envelope : file.events) {
        bool keep = false;
        if (versions[envelope.id] > 1) {
            auto [decided, first] = pair_kept.try_emplace(envelope.id, false);
            if (first)
                decided->second = chance(50);
            keep = decided->second;
        } else {
            keep = chance(50);
        }
        if (keep)
            kept.push_back(envelope);
    }
    if (kept.empty()) {
        const EventId one = file.events[dice.next_u64() % file.events.size()].id;
        for (const Envelope& envelope : file.events) {
            if (envelope.id == one)
                kept.push_back(envelope);
        }
    }
    file.events = std::move(kept);
    return io::encode_program_file(file);
}

void SyncSimulation::open(std::size_t to, const std::string& file, const std::string& what)
{
    auto report = store(to).import_program_file(file);
    ++m_tally.imports;
    if (!report) {
        fail("device " + std::to_string(to) + " could not open a " + what + ": [" + report.error().code + "] " + report.error().message);
        return;
    }
    m_tally.partial_imports += what.starts_with("part of");
    m_tally.held_events += report->pending;
    m_tally.conflicts += report->conflicts.size();
    m_tally.exclusions += report->exclusions.size();
}

void SyncSimulation::join_hostile(const std::string& shared)
{
    m_hostile = std::make_unique<StoreDevice>(m_seed * 1000 + 999, Timestamp{m_now});
    Store& hostile = m_hostile->store;
    if (!hostile.import_program_file(shared)) {
        fail("the hostile browser could not open the admin's first shared file");
        return;
    }
    auto joined = hostile.join_program(m_program, person("Hostile", "hostile@example.org", people::Role::Mentee), required_answers(*hostile.program(m_program), people::Role::Mentee));
    if (!joined) {
        fail("the hostile browser could not join: " + joined.error().message);
        return;
    }
    m_hostile_person = *joined;
    // Its registration is honest, and reaches the admin, who may approve it.
    open(0, *hostile.changes_file(m_program), "the hostile browser's registration");
}

void SyncSimulation::hostile_act()
{
    auto roll = [this](std::uint64_t n) { return m_hostile_dice.next_u64() % n; };
    const std::size_t n = m_devices.size();
    Store& hostile = m_hostile->store;
    if (roll(3) == 0) {
        // Catches up with someone's shared file, as any participant would.
        (void)hostile.import_program_file(*store(roll(n)).export_program_file(m_program));
        return;
    }
    io::KeySigner key(m_hostile->key());
    EventLog log = *hostile.log(m_program);
    const ActorId actor = people::actor_of(m_hostile_person);
    auto forge = [&](std::int64_t at) -> Envelope { return log.append_local(key.device(), actor, Timestamp{at}, inbox::InboxRead{m_hostile_person, Timestamp{at}}, &key); };
    const std::size_t a = roll(n);
    const std::size_t b = (a + 1 + roll(n - 1)) % n;
    if (roll(2) == 0) {
        // Two versions of its next change, one for each of two browsers.
        const Envelope first = forge(m_now);
        Envelope second = first;
        second.body = inbox::InboxRead{m_hostile_person, Timestamp{m_now + 1}};
        second.signature.clear();
        second.signature = key.sign(m_program, second);
        open_hostile(a, file_of(m_program, {first}));
        open_hostile(b, file_of(m_program, {second}));
    } else {
        // Changes after one it never sends: held wherever they arrive.
        (void)forge(m_now);
        std::vector<Envelope> flood;
        for (std::uint64_t i = 0, count = 2 + roll(30); i < count; ++i)
            flood.push_back(forge(m_now + 1 + static_cast<std::int64_t>(i)));
        open_hostile(a, file_of(m_program, flood));
    }
}

void SyncSimulation::open_hostile(std::size_t to, const std::string& file)
{
    ++m_tally.hostile_files;
    auto report = store(to).import_program_file(file);
    if (!report) {
        ++m_tally.hostile_refused;
        return;
    }
    m_tally.exclusions += report->exclusions.size();
}

std::string state_difference(const ProgramState& a, const ProgramState& b)
{
    std::string out;
    auto note = [&out](bool same, const char* part) {
        if (!same)
            out += std::string(out.empty() ? "" : ", ") + part;
    };
    note(a.program == b.program, "program");
    note(a.people == b.people, "people");
    note(a.questions == b.questions, "questions");
    note(a.inbox == b.inbox, "inbox");
    note(a.matching == b.matching, "matching");
    note(a.requests == b.requests, "requests");
    note(a.inbox_read == b.inbox_read, "inbox_read");
    note(a.trust == b.trust, "trust");
    note(a.skipped == b.skipped, "skipped");
    return out;
}

void SyncSimulation::final_exchange_and_compare()
{
    m_step = m_options.steps + 1;
    // Honest browsers: the last browser's export reaches everyone with everything in
    // the first round, and the second only proves that opening it again changes
    // nothing. A hostile browser's held changes may be delivered in a round, and the
    // two versions they bring meet in the next: a few more rounds then, until one
    // changes nothing.
    const int rounds = final_rounds();
    for (int round = 0; round < rounds && m_failure.empty(); ++round) {
        std::vector<std::string> before;
        for (std::size_t d = 0; d < m_devices.size(); ++d)
            before.push_back(*store(d).export_program_file(m_program));
        for (std::size_t from = 0; from < m_devices.size(); ++from) {
            const std::string file = *store(from).export_program_file(m_program);
            for (std::size_t to = 0; to < m_devices.size(); ++to) {
                if (to != from)
                    open(to, file, "full export in the final exchange from device " + std::to_string(from));
            }
        }
        bool settled = true;
        for (std::size_t d = 0; d < m_devices.size(); ++d)
            settled = settled && *store(d).export_program_file(m_program) == before[d];
        if (round > 0 && settled)
            break;
        if (round == rounds - 1)
            fail("the final exchange still changed browsers in its round " + std::to_string(round + 1));
    }
    if (!m_failure.empty())
        return;
    // The recorded state is the same everywhere; what each browser opens of it is not.
    const ProgramState& first = recorded_state(0);
    const std::string first_bytes = *store(0).export_program_file(m_program);
    // Only the hostile browser's changes may still wait: it never sent their past.
    for (std::size_t d = 0; d < m_devices.size(); ++d) {
        for (const auto& [id, envelope] : store(d).log(m_program)->pending()) {
            if (!is_hostile(id.device)) {
                fail("device " + std::to_string(d) + " still holds honest events back");
                break;
            }
        }
    }
    for (std::size_t d = 1; d < m_devices.size(); ++d) {
        if (recorded_state(d) != first)
            fail("device " + std::to_string(d) + "'s program differs from device 0's in: " + state_difference(recorded_state(d), first));
        if (*store(d).export_program_file(m_program) != first_bytes)
            fail("device " + std::to_string(d) + "'s export differs from device 0's");
    }
    for (const SkippedEvent& skip : first.skipped) {
        if (skip.refusal == Refusal::Authority)
            fail("an event nobody allowed took its place in the log: [" + skip.code + "] " + skip.reason);
    }
    for (const auto& [id, match] : first.matching.matches) {
        const bool mentor_here = first.people.contains(match.mentor), mentee_here = first.people.contains(match.mentee);
        if (match.state == matching::MatchState::Active && (!mentor_here || !mentee_here))
            fail("match " + id.value + " is still active though one of its two left the program");
        m_tally.matches_ended_by_leaving += match.state == matching::MatchState::PersonLeft;
    }
    if (m_failure.empty())
        check_more();
}

}
