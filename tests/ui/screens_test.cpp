// Every screen the app has, drawn headless the way the page draws a frame, for each
// kind of user, on the demo program (as loaded and in use), on a program just created
// and on no program at all. Without input a screen asks for nothing, breaks no ImGui
// rule, and registers its labelled items where the browser tests (and a screen-reader
// mirror) find them.
#include "frame_checks.h"
#include "headless_imgui.h"
#include "ui_world.h"

#include "ui/app_view.h"
#include "ui/screens.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

using namespace turnabout;
using namespace turnabout::testing;
using ui::CurrentUser;
using ui::Screen;

namespace {

// The page draws a few frames after any event (SETTLE_FRAMES in src/web/main_web.cpp):
// a new window is sized in its first frame and shown in the next.
constexpr int FRAMES = 4;

enum class WorldKind {
    FirstRun,       // no program on this device
    EmptyProgram,   // created in the wizard, nobody in it
    OneParticipant, // the same with one person the admin added
    Demo,           // the shipped demo program, as loaded
    DemoInUse,      // the same with a request waiting for an answer, a match (whose mentor asked to be reassigned), and one ended by a mentor who left
};
constexpr int WORLD_KINDS = 5;

struct ScreenCase {
    WorldKind world;
    CurrentUser::Kind user;
    std::size_t participant = 0; // which of the world's participants, for Kind::Person
    Screen screen;
    std::string name;
};

// Failure messages name the case, not its bytes.
void PrintTo(const ScreenCase& c, std::ostream* out) { *out << c.name; }

const char* world_name(WorldKind world)
{
    switch (world) {
    case WorldKind::FirstRun: return "FirstRun";
    case WorldKind::EmptyProgram: return "EmptyProgram";
    case WorldKind::OneParticipant: return "OneParticipant";
    case WorldKind::Demo: return "Demo";
    case WorldKind::DemoInUse: return "DemoInUse";
    }
    return "";
}

const char* screen_name(Screen screen)
{
    switch (screen) {
    case Screen::Directory: return "Directory";
    case Screen::ProgramHome: return "ProgramHome";
    case Screen::People: return "People";
    case Screen::Settings: return "Settings";
    case Screen::Questionnaire: return "Questionnaire";
    case Screen::Approvals: return "Approvals";
    case Screen::Join: return "Join";
    case Screen::Profile: return "Profile";
    case Screen::Inbox: return "Inbox";
    case Screen::Browse: return "Browse";
    case Screen::MatchingSettings: return "MatchingSettings";
    case Screen::BulkMatch: return "BulkMatch";
    case Screen::Matches: return "Matches";
    case Screen::Requests: return "Requests";
    case Screen::MyMatches: return "MyMatches";
    case Screen::RequestsConsole: return "RequestsConsole";
    case Screen::Privacy: return "Privacy";
    case Screen::Sharing: return "Sharing";
    }
    return "";
}

std::vector<ScreenCase> all_cases()
{
    struct User {
        CurrentUser::Kind kind;
        std::size_t participant;
        const char* name;
    };
    const User admin{CurrentUser::Kind::Admin, 0, "Admin"};
    const User nobody{CurrentUser::Kind::Nobody, 0, "Nobody"};
    const User mentee{CurrentUser::Kind::Person, 0, "Mentee"};
    const User mentor{CurrentUser::Kind::Person, 1, "Mentor"};
    const std::vector<std::pair<WorldKind, std::vector<User>>> worlds{
        {WorldKind::EmptyProgram, {admin, nobody}},
        {WorldKind::OneParticipant, {{CurrentUser::Kind::Person, 0, "Participant"}}},
        {WorldKind::Demo, {admin, nobody, mentee, mentor}},
        {WorldKind::DemoInUse, {admin, mentee, mentor}},
    };
    // With no program there is one screen, whoever asks: the first-run screen.
    std::vector<ScreenCase> cases{{WorldKind::FirstRun, CurrentUser::Kind::Nobody, 0, Screen::Directory, "FirstRun_Nobody_Directory"}};
    for (const auto& [world, users] : worlds) {
        for (const User& user : users) {
            // The program directory, and the screens the app lets this user see.
            std::vector<Screen> screens{Screen::Directory};
            for (Screen screen : ui::screens_for(user.kind))
                screens.push_back(screen);
            for (Screen screen : screens)
                cases.push_back({world, user.kind, user.participant, screen,
                    std::string(world_name(world)) + "_" + user.name + "_" + screen_name(screen)});
        }
    }
    return cases;
}

// Each world is built once, by the first test that needs it: views only read the
// store. Null if building it failed (that test says why).
UiWorld* world_of(WorldKind kind)
{
    static std::unique_ptr<UiWorld> worlds[WORLD_KINDS];
    static bool failed[WORLD_KINDS] = {};
    const int index = static_cast<int>(kind);
    if (!worlds[index] && !failed[index]) {
        worlds[index] = std::make_unique<UiWorld>();
        UiWorld& world = *worlds[index];
        switch (kind) {
        case WorldKind::FirstRun:
            break;
        case WorldKind::EmptyProgram:
            create_empty_program(world);
            break;
        case WorldKind::OneParticipant:
            create_empty_program(world);
            add_one_participant(world);
            break;
        case WorldKind::Demo:
            load_demo(world);
            break;
        case WorldKind::DemoInUse:
            load_demo(world);
            use_demo(world);
            break;
        }
        failed[index] = ::testing::Test::HasFailure();
    }
    return failed[index] ? nullptr : worlds[index].get();
}

CurrentUser user_of(const ScreenCase& c, const UiWorld& world)
{
    CurrentUser user{c.user, world.program, {}};
    if (c.user == CurrentUser::Kind::Person)
        user.person = world.participants.at(c.participant);
    return user;
}

// Opening the inbox is reading it: in the first frame the Inbox screen shows unread
// items it marks them read (inbox_view.cpp), once, with no click. Nothing else may
// be asked for without input. (StepBulkMatchAction comes every frame only while a
// bulk match runs, and only a click starts one.)
bool asked_for_without_input(const ScreenCase& c, int frame, const ui::Action& action)
{
    const auto* run = std::get_if<ui::RunCommandAction>(&action);
    return c.screen == Screen::Inbox && frame == 0 && run && std::holds_alternative<inbox::MarkInboxRead>(run->command);
}

class EveryScreen : public ::testing::TestWithParam<ScreenCase> {};

}

TEST_P(EveryScreen, DrawsWithoutAskingForAnythingAndShowsItsLabelledItems)
{
    const ScreenCase& c = GetParam();
    UiWorld* world = world_of(c.world);
    ASSERT_NE(world, nullptr) << "the program to draw could not be made";
    const std::size_t host_requests = world->host().requests().size();

    // The user and the screen, chosen as the person picker and the navigation do.
    ui::AppUi ui;
    world->apply(ui, {ui::SetCurrentUserAction{user_of(c, *world), c.screen}});
    const ui::ViewContext context = world->context();
    const ProgramState* program = world->program.empty() ? nullptr : world->store().program(world->program);
    if (program) {
        ASSERT_EQ(ui::allowed_screen(context, ui, *program), c.screen) << "the app would show another screen instead";
    }

    HeadlessImGui imgui;
    ui::ActionQueue actions;
    std::optional<ImRect> page;
    for (int frame = 0; frame < FRAMES; ++frame) {
        imgui.frame([&] {
            ui::draw_app(context, ui, actions);
            page = page_area();
        });
        ASSERT_TRUE(imgui.assertions().empty()) << "ImGui assertions in frame " << frame << ":" << lines(imgui.assertions());
        std::vector<std::string> pushed;
        for (const ui::Action& action : actions.take()) {
            if (!asked_for_without_input(c, frame, action))
                pushed.push_back(action_name(action));
        }
        ASSERT_TRUE(pushed.empty()) << "actions pushed without input in frame " << frame << ":" << lines(pushed);
    }
    EXPECT_EQ(world->host().requests().size(), host_requests) << "the page was asked for something without input";

    const auto& items = imgui.registry().last_frame();
    EXPECT_TRUE(items_without_area(items).empty()) << "labelled items with no window or an empty rectangle:" << lines(items_without_area(items));
    // Two widgets with one id act as one: a click on either may reach the other, and a
    // browser test that finds one by its label may press the other.
    EXPECT_TRUE(widgets_sharing_ids(items).empty()) << "widgets sharing an ImGui id:" << lines(widgets_sharing_ids(items));
    if (c.world != WorldKind::FirstRun) {
        EXPECT_TRUE(page.has_value()) << "no page window";
    }
    // The program's name heads every page but the home (app_view.cpp): not the screen's own.
    const std::string heading = program && program->program ? program->program->name : std::string();
    EXPECT_GT(labelled_items_on(items, page, heading), 0u) << "the screen itself registered no labelled item";

    // What the browser tests read: one JSON array holding every named item.
    const auto json = nlohmann::json::parse(imgui.registry().last_frame_json(), nullptr, false);
    ASSERT_TRUE(json.is_array()) << "the registry's JSON does not parse";
    const auto named = std::count_if(items.begin(), items.end(), [](const ui::RegisteredItem& item) { return !item.label.empty(); });
    EXPECT_GE(json.size(), static_cast<std::size_t>(named));
}

INSTANTIATE_TEST_SUITE_P(Screens, EveryScreen, ::testing::ValuesIn(all_cases()),
    [](const ::testing::TestParamInfo<ScreenCase>& info) { return info.param.name; });

// A screen no one may see would never be drawn above.
TEST(EveryScreenCases, DrawEveryScreen)
{
    const auto cases = all_cases();
    // Screen::Sharing is the enum's last value.
    for (int value = 0; value <= static_cast<int>(Screen::Sharing); ++value) {
        const auto screen = static_cast<Screen>(value);
        const bool drawn = std::any_of(cases.begin(), cases.end(), [&](const ScreenCase& c) { return c.screen == screen; });
        EXPECT_TRUE(drawn) << screen_name(screen) << " is drawn for no one";
    }
}

namespace {

// The labels `user` finds on `screen` of the program in use, after the frames the page draws.
std::vector<ui::RegisteredItem> items_on(CurrentUser::Kind user, std::size_t participant, Screen screen)
{
    UiWorld* world = world_of(WorldKind::DemoInUse);
    if (!world)
        return {};
    ui::AppUi ui;
    world->apply(ui, {ui::SetCurrentUserAction{user_of(ScreenCase{WorldKind::DemoInUse, user, participant, screen, ""}, *world), screen}});
    const ui::ViewContext context = world->context();
    HeadlessImGui imgui;
    ui::ActionQueue actions;
    for (int frame = 0; frame < FRAMES; ++frame)
        imgui.frame([&] { ui::draw_app(context, ui, actions); });
    return imgui.registry().last_frame();
}

bool shows(const std::vector<ui::RegisteredItem>& items, const std::string& words)
{
    return std::any_of(items.begin(), items.end(), [&](const ui::RegisteredItem& item) { return item.label.find(words) != std::string::npos; });
}

}

// The mentor of the program in use asked to be reassigned: the admin's console lists the
// request with its note and "End and reassign"; the mentor is told that they asked and
// that it goes on, and is not offered to ask again.
TEST(ReassignmentScreens, TheAdminSeesTheRequestAndTheAskerThatItGoesOn)
{
    const auto console = items_on(CurrentUser::Kind::Admin, 0, Screen::RequestsConsole);
    EXPECT_TRUE(shows(console, "asks to be reassigned"));
    EXPECT_TRUE(shows(console, "We keep missing each other."));
    EXPECT_TRUE(shows(console, "End and reassign"));
    const auto mine = items_on(CurrentUser::Kind::Person, 1, Screen::MyMatches);
    EXPECT_TRUE(shows(mine, "to be reassigned; until the admin ends it"));
    EXPECT_TRUE(shows(mine, "Only the admin reads this."));
    EXPECT_FALSE(shows(mine, "Ask to be reassigned"));
    EXPECT_FALSE(shows(mine, "We keep missing each other.")) << "the note is not repeated on the asker's page";
}
