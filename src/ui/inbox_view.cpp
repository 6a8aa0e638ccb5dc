// The person's inbox: what the program told them (registration approved; declined with
// the admin's reason; matched with someone), newest first, with the unread count the navigation shows.
#include "ui/participant_views.h"

#include "core/base/date.h"
#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

const std::vector<InboxItem>* items_of(const ViewContext& context, const ProgramId& program, const PersonId& person)
{
    const ProgramState* state = context.store.program(program);
    if (!state)
        return nullptr;
    auto it = state->inbox.find(person);
    return it == state->inbox.end() ? nullptr : &it->second;
}

// "You were matched with Ana Lima": the match the item names, looked up in the state.
void match_text(const ProgramState& state, const people::Person& person, const InboxItem& item, std::string& title, std::string& body)
{
    const program::Program& p = *state.program;
    auto found = state.matching.matches.find(matching::MatchId{item.detail});
    if (found == state.matching.matches.end()) {
        title = "You were matched";
        body = "The match is no longer in the program.";
        return;
    }
    const matching::Match& match = found->second;
    const bool as_mentor = match.mentor == person.id;
    const PersonId partner = as_mentor ? match.mentee : match.mentor;
    auto other = state.people.find(partner);
    const std::string name = other == state.people.end() ? std::string("someone who left the program") : other->second.details.name;
    const program::MatchType* type = p.match_type(match.match_type);
    title = "You were matched with " + name;
    body = name + " is your " + term(p, as_mentor ? Word::Mentee : Word::Mentor) + (type ? " in " + type->name : std::string()) + ", from "
        + long_date(match.start) + " to " + long_date(match.end) + ".";
}

void item_card(const ProgramState& state, const people::Person& person, const InboxItem& item, bool is_new, float width)
{
    const program::Program& p = *state.program;
    const bool approved = item.kind == InboxKind::RegistrationApproved;
    const bool matched = item.kind == InboxKind::MatchStarted;
    std::string title = approved ? "Your registration was approved" : "Your registration was declined";
    std::string body = approved
        ? "Welcome to " + p.name + ". You now take part as a " + lower_first(role_term(&p, person.details.role)) + "."
        : (item.detail.empty() ? std::string("The program's admin gave no reason.") : "The admin's reason: " + item.detail);
    if (!approved && !matched)
        body += " You can ask the program's support contact if anything is unclear.";
    if (matched)
        match_text(state, person, item, title, body);

    const ImVec2 padding(20, 16);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(start.x + padding.x + 14, start.y + padding.y));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - padding.x * 2 - 14);
    widgets::text(fonts().strong, theme::TEXT, title);
    if (is_new) {
        ImGui::SameLine(0, 10);
        widgets::text(fonts().small, theme::ACCENT, "New");
    }
    widgets::text(fonts().small, theme::MUTED, format_iso_date(date_of_unix_ms(item.at.unix_ms)) + " \xC2\xB7 " + p.name);
    widgets::gap(2);
    widgets::text(fonts().body, theme::TEXT, body);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + padding.y;
    draw->ChannelsSetCurrent(0);
    const ImVec2 end(start.x + width, bottom);
    draw->AddRectFilled(start, end, is_new ? IM_COL32(244, 249, 253, 255) : theme::CARD, 10);
    draw->AddRect(start, end, theme::BORDER, 10);
    const ImVec4 dot = approved || matched ? theme::SUCCESS : theme::DANGER;
    draw->AddCircleFilled(ImVec2(start.x + padding.x + 4, start.y + padding.y + ImGui::GetFontSize() * 0.55f), 5, ImGui::ColorConvertFloat4ToU32(dot));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
    ImGui::Dummy(ImVec2(width, 10));
}

}

void inbox_view(const ViewContext& context, const ProgramId& program, const PersonId& person, InboxUi& ui, ActionQueue&)
{
    const ProgramState* state = context.store.program(program);
    if (!state || !state->program)
        return;
    auto person_it = state->people.find(person);
    if (person_it == state->people.end())
        return;
    const std::vector<InboxItem>* items = items_of(context, program, person);
    const std::size_t count = items ? items->size() : 0;

    // Opening the inbox (or someone else's) marks what it holds as seen from now on;
    // what arrived since the last visit keeps its "New" mark while it stays open.
    const int frame = ImGui::GetFrameCount();
    if (ui.shown_for != person || ui.last_frame < frame - 1) {
        ui.shown_for = person;
        ui.seen_before = std::min(ui.seen[person], count);
    }
    ui.last_frame = frame;
    ui.seen[person] = count;

    const float width = std::min(760.0f, ImGui::GetContentRegionAvail().x);
    widgets::text(fonts().title, theme::TEXT, "Inbox");
    const std::size_t fresh = count - ui.seen_before;
    widgets::muted(count == 0 ? std::string("Nothing yet.")
                              : std::to_string(count) + (count == 1 ? " message" : " messages") + (fresh ? ", " + std::to_string(fresh) + " new" : std::string()));
    widgets::gap(12);
    if (count == 0) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        widgets::muted(person_it->second.membership == people::Membership::AwaitingApproval
                ? "When the program's admin reviews your registration, the decision appears here."
                : "Messages from the program appear here.");
        ImGui::PopTextWrapPos();
        return;
    }
    // Newest first; items arrive in log order, so the index says what is new.
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return (*items)[a].at > (*items)[b].at || ((*items)[a].at == (*items)[b].at && a > b); });
    for (std::size_t index : order) {
        ImGui::PushID(static_cast<int>(index));
        item_card(*state, person_it->second, (*items)[index], index >= ui.seen_before, width);
        ImGui::PopID();
    }
}

std::size_t inbox_unread(const ViewContext& context, const ProgramId& program, const PersonId& person, const InboxUi& ui)
{
    const std::vector<InboxItem>* items = items_of(context, program, person);
    if (!items)
        return 0;
    auto seen = ui.seen.find(person);
    const std::size_t read = seen == ui.seen.end() ? 0 : seen->second;
    return items->size() > read ? items->size() - read : 0;
}

}
