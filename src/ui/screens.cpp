#include "ui/screens.h"

#include "core/domain/matching/eligibility.h"
#include "ui/privacy/my_privacy_view.h"
#include "ui/program/program_home.h"
#include "ui/sync/sharing_view.h"
#include "ui/terms.h"

#include <algorithm>
#include <cassert>

namespace turnabout::ui {

namespace {

constexpr unsigned ADMIN = audience_bit(CurrentUser::Kind::Admin);
constexpr unsigned PERSON = audience_bit(CurrentUser::Kind::Person);
constexpr unsigned NOBODY = audience_bit(CurrentUser::Kind::Nobody);

const people::Person* self_of(const ScreenArgs& a)
{
    auto it = a.program.people.find(a.user.person);
    return it == a.program.people.end() ? nullptr : &it->second;
}

bool active_member(const ScreenArgs& a)
{
    const people::Person* self = self_of(a);
    return a.program.program && self && self->membership == people::Membership::Active;
}

// Each row's functions: the words, counts and drawing of one screen.
const ScreenRow ROWS[] = {
    {Screen::ProgramHome, ADMIN | PERSON | NOBODY,
        [](const ScreenArgs&) { return std::string("Home"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) {
            if (a.kind == CurrentUser::Kind::Person)
                participant_matching_home(a.context, a.id, a.program, a.user.person, ui.matching, actions);
            program_home(a.context, a.id, a.program, a.kind, actions);
        }},
    {Screen::People, ADMIN, [](const ScreenArgs&) { return std::string("People"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { people_section(a.context, a.program, ui.people, ui.person_dialog, ui.remove_person, actions); }},
    {Screen::Settings, ADMIN, [](const ScreenArgs&) { return std::string("Settings"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { settings_page(a.context, a.program, ui.settings, actions); }},
    {Screen::Questionnaire, ADMIN, [](const ScreenArgs&) { return std::string("Questionnaire"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { questionnaire_editor(a.context, a.program, ui.questionnaire, actions); }},
    {Screen::Approvals, ADMIN, [](const ScreenArgs&) { return std::string("Approvals"); },
        [](const ScreenArgs& a) { return awaiting_approval(a.program); }, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { approvals_view(a.context, a.program, ui.approvals, actions); }},
    {Screen::MatchingSettings, ADMIN, [](const ScreenArgs&) { return std::string("Matching settings"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { matching_settings_view(a.context, a.id, a.program, ui.matching, actions); }},
    {Screen::BulkMatch, ADMIN, [](const ScreenArgs&) { return std::string("Bulk match"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { bulk_match_view(a.context, a.id, a.program, ui.matching, actions); }},
    {Screen::Matches, ADMIN, [](const ScreenArgs&) { return std::string("Matches"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { matches_view(a.context, a.id, a.program, ui.matching, actions); }},
    {Screen::RequestsConsole, ADMIN, [](const ScreenArgs&) { return std::string("Requests"); },
        [](const ScreenArgs& a) { return admin_requests_waiting(a.program, a.context.today); }, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { requests_console_view(a.context, a.id, a.program, ui.admin_requests, ui.matching, actions); }},
    {Screen::Browse, PERSON,
        [](const ScreenArgs& a) {
            const people::Person* self = self_of(a);
            const bool mentee = self && matching::can_be_mentee(*self);
            return "Browse " + term(*a.program.program, mentee ? Word::Mentor : Word::Mentee, Plural::Many);
        },
        nullptr, [](const ScreenArgs& a) { return active_member(a) && browse_offered(a.program); },
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { browse_view(a.context, a.id, a.program, a.user.person, ui.matching, actions); }},
    {Screen::Requests, PERSON, [](const ScreenArgs&) { return std::string("Requests"); },
        [](const ScreenArgs& a) { return requests_awaiting_answer(a.program, a.user.person, a.context.today); }, active_member,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { requests_view(a.context, a.id, a.program, a.user.person, ui.requests, ui.matching, actions); }},
    {Screen::MyMatches, PERSON, [](const ScreenArgs& a) { return "My " + term(*a.program.program, Word::Connection, Plural::Many); }, nullptr, active_member,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { my_matches_view(a.context, a.id, a.program, a.user.person, ui.requests, actions); }},
    {Screen::Profile, PERSON, [](const ScreenArgs&) { return std::string("My profile"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { profile_view(a.context, a.id, a.user.person, ui.profile, actions); }},
    {Screen::Inbox, PERSON, [](const ScreenArgs&) { return std::string("Inbox"); },
        [](const ScreenArgs& a) { return inbox_unread(a.context, a.id, a.user.person); }, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { inbox_view(a.context, a.id, a.user.person, ui.inbox, actions); }},
    {Screen::Privacy, PERSON, [](const ScreenArgs&) { return std::string("Who sees what"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi&, ActionQueue&) { my_privacy_view(a.context, a.id, a.program, a.user.person); }},
    // Reached from Home's "Join program"; right after registering, the new person sees
    // "awaiting approval" there.
    {Screen::Join, PERSON | NOBODY, nullptr, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { join_view(a.context, a.id, ui.user, ui.join, actions); }},
    // Everyone: someone who joined here sends their registration from it.
    {Screen::Sharing, ADMIN | PERSON | NOBODY, [](const ScreenArgs&) { return std::string("Sharing"); }, nullptr, nullptr,
        [](const ScreenArgs& a, AppUi& ui, ActionQueue& actions) { sharing_view(a.context, a.id, a.program, ui.admin_keys, actions); }},
};

}

std::span<const ScreenRow> screen_table()
{
    return ROWS;
}

const ScreenRow& screen_row(Screen screen)
{
    auto row = std::find_if(std::begin(ROWS), std::end(ROWS), [&](const ScreenRow& r) { return r.screen == screen; });
    // Directory is not a program's screen: the program's home stands for it.
    return row != std::end(ROWS) ? *row : ROWS[0];
}

std::vector<Screen> screens_for(CurrentUser::Kind kind)
{
    std::vector<Screen> out;
    for (const ScreenRow& row : ROWS) {
        if (row.audience & audience_bit(kind))
            out.push_back(row.screen);
    }
    return out;
}

std::vector<NavEntry> nav_entries(const ScreenArgs& args, CurrentUser::Kind kind)
{
    std::vector<NavEntry> out;
    for (const ScreenRow& row : ROWS) {
        if (!(row.audience & audience_bit(kind)) || !row.label || (row.offered && !row.offered(args)))
            continue;
        out.push_back(NavEntry{row.screen, row.label(args), row.badge ? row.badge(args) : 0});
    }
    return out;
}

}
