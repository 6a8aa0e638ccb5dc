#include "ui_world.h"

#include "core/domain/program/program_rules.h"
#include "core/domain/program/settings.h"
#include "ui/apply_actions.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace turnabout::testing {

void TestHost::download_file(std::string_view filename, std::string_view) { m_requests.push_back("download " + std::string(filename)); }
void TestHost::choose_program_file() { m_requests.push_back("choose a program file"); }
void TestHost::choose_people_csv() { m_requests.push_back("choose a people CSV"); }
void TestHost::copy_text(std::string_view) { m_requests.push_back("copy text"); }
void TestHost::open_link(std::string_view url) { m_requests.push_back("open " + std::string(url)); }
std::string TestHost::today() { return format_iso_date(UiWorld::today()); }

std::optional<std::string> TestHost::demo_program_bytes()
{
    std::ifstream in(TURNABOUT_DEMO_FILE, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

Date UiWorld::today() { return *parse_iso_date("2027-01-14"); }

UiWorld::UiWorld()
    // Nine in the morning of that day.
    : m_clock(Timestamp{(std::int64_t{today().days} * 24 + 9) * 3600 * 1000})
    , m_store(m_storage, m_clock, m_random)
{
    auto opened = m_store.open(false);
    EXPECT_TRUE(opened.ok()) << opened.error().message;
}

void UiWorld::apply(ui::AppUi& ui, std::vector<ui::Action> actions)
{
    ui::AppServices services{m_store, m_save, m_host};
    ui::apply_actions(ui, services, std::move(actions));
}

void UiWorld::settle(ui::AppUi& ui)
{
    ui::AppServices services{m_store, m_save, m_host};
    ui::settle_waiting_share(ui, services);
}

namespace {

// What an action left in the notice banner when it went wrong.
std::string failure_notice(const ui::AppUi& ui)
{
    return ui.notice.shown && ui.notice.tone == ui::widgets::Tone::Error ? ui.notice.text : std::string();
}

const people::Person* first_active(const ProgramState& state, people::Role role, const PersonId& except = {})
{
    for (const auto& [id, person] : state.people) {
        if (id != except && person.membership == people::Membership::Active && person.details.role == role)
            return &person;
    }
    return nullptr;
}

// A command as a view asks for it; `as` empty: the admin.
void run(UiWorld& world, std::optional<ActorId> as, Command command)
{
    ui::RunCommandAction action;
    action.program = world.program;
    action.as = std::move(as);
    action.command = std::move(command);
    ui::AppUi ui;
    world.apply(ui, {std::move(action)});
    ASSERT_EQ(failure_notice(ui), "");
}

}

void load_demo(UiWorld& world)
{
    ui::AppUi ui;
    world.apply(ui, {ui::LoadDemoAction{}});
    ASSERT_EQ(failure_notice(ui), "");
    ASSERT_EQ(world.store().program_ids().size(), 1u);
    world.program = world.store().program_ids().front();
    const ProgramState& state = *world.store().program(world.program);
    for (people::Role role : {people::Role::Mentee, people::Role::Mentor}) {
        const people::Person* person = first_active(state, role);
        ASSERT_NE(person, nullptr);
        world.participants.push_back(person->id);
    }
}

void create_empty_program(UiWorld& world)
{
    // The wizard's defaults (WizardUi::open_new) and a name, created as its last step does.
    program::Setup setup;
    setup.basics.name = "Pilot circle";
    setup.basics.start = UiWorld::today();
    setup.basics.end = add_years(UiWorld::today(), 1);
    setup.match_types.push_back(program::default_match_type(program::ProgramType::Mentorship, program::FIRST_MATCH_TYPE));
    ui::AppUi ui;
    ui.wizard.open = true;
    world.apply(ui, {ui::SetUpProgramAction{setup}});
    ASSERT_EQ(ui.wizard.error, "");
    ASSERT_EQ(world.store().program_ids().size(), 1u);
    world.program = world.store().program_ids().front();
}

void add_one_participant(UiWorld& world)
{
    people::PersonDetails details;
    details.name = "Noor Haddad";
    details.email = "noor.haddad@example.org";
    details.role = people::Role::Mentee;
    ui::AppUi ui;
    ui.person_dialog.open = true;
    world.apply(ui, {ui::AddPersonAction{world.program, details}});
    ASSERT_EQ(ui.person_dialog.error, "");
    const ProgramState& state = *world.store().program(world.program);
    ASSERT_EQ(state.people.size(), 1u);
    ASSERT_EQ(state.people.begin()->second.membership, people::Membership::Active);
    world.participants.push_back(state.people.begin()->first);
}

void use_demo(UiWorld& world)
{
    ASSERT_EQ(world.participants.size(), 2u);
    const PersonId mentee = world.participants[0];
    const PersonId mentor = world.participants[1];
    // Copies: every command recorded may replace the program's state.
    const ProgramState& state = *world.store().program(world.program);
    const program::MatchTypeId match_type = state.program->match_types.front().id;
    const Date end = state.program->end;
    const people::Person* other = first_active(state, people::Role::Mentee, mentee);
    ASSERT_NE(other, nullptr);
    const PersonId other_mentee = other->id;
    const people::Person* first = first_active(state, people::Role::Mentor, mentor);
    ASSERT_NE(first, nullptr);
    const PersonId first_mentor = first->id;

    // The mentee's first mentor left the program, which ended their match.
    matching::CreateMatches earlier;
    earlier.match_type = match_type;
    earlier.matches = {matching::NewMatch{matching::MatchId{"x-mentor-left"}, first_mentor, mentee}};
    earlier.start = UiWorld::today();
    earlier.end = end;
    run(world, std::nullopt, earlier);
    run(world, std::nullopt, people::RemovePerson{first_mentor});

    requests::SendRequest request;
    request.id = requests::RequestId{"r-first-request"};
    request.match_type = match_type;
    request.kind = requests::RequestKind::MenteeAsks;
    request.from = mentee;
    request.to = mentor;
    request.message = "Could we talk about planning a first project?";
    request.on = UiWorld::today();
    run(world, people::actor_of(mentee), request);

    matching::CreateMatches matches;
    matches.match_type = match_type;
    matches.matches = {matching::NewMatch{matching::MatchId{"x-first-match"}, mentor, other_mentee}};
    matches.start = UiWorld::today();
    matches.end = end;
    run(world, std::nullopt, matches);

    // The mentor asks, confidentially, to be reassigned from it: the admin's console
    // lists the request with "End and reassign", and the mentor's My matches says that
    // they asked and that it goes on.
    run(world, people::actor_of(mentor), match_life::AskReassignment{matching::MatchId{"x-first-match"}, mentor, "We keep missing each other.", UiWorld::today()});
}

}
