// The person's inbox: what concerns them (registration, requests and answers,
// reminders, matches starting, ending or extended), newest first, with "New" on what
// was unread when it opened, a filter by topic, and "Copy as email" for people who
// prefer their mail.
#include "ui/participant_views.h"

#include "core/base/date.h"
#include "core/base/text.h"
#include "core/domain/inbox/inbox.h"
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/inbox/inbox_text.h"
#include "ui/mail_link.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

// Items computed from dates have no event: their kind, detail and day name them.
std::string item_key(const InboxItem& item)
{
    return item.event.device.value + "/" + std::to_string(item.event.seq) + "/" + std::to_string(static_cast<int>(item.kind)) + "/" + item.detail + "/"
        + std::to_string(item.at.unix_ms);
}

std::string topic_word(const program::Program& program, inbox::InboxTopic topic)
{
    switch (topic) {
    case inbox::InboxTopic::Everything: return "All";
    case inbox::InboxTopic::Requests: return "Requests";
    case inbox::InboxTopic::Matches: return term(program, Word::Connection, Plural::Many, Capitalized::Yes);
    case inbox::InboxTopic::Registration: return "Registration";
    }
    return "All";
}

// One button per topic with its number of items, the chosen one filled; topics with
// nothing in them are left out, except All.
void topic_filter(const program::Program& program, const std::vector<InboxItem>& items, InboxUi& ui)
{
    bool first = true;
    for (inbox::InboxTopic topic : inbox::INBOX_TOPICS) {
        const auto count = std::count_if(items.begin(), items.end(), [&](const InboxItem& item) { return inbox::is_about(item, topic); });
        if (count == 0 && topic != inbox::InboxTopic::Everything && topic != ui.topic)
            continue;
        if (!first)
            ImGui::SameLine(0, 8);
        first = false;
        // The ### part keeps the button's identity while its count changes.
        const std::string label = topic_word(program, topic) + " (" + std::to_string(count) + ")###topic_" + std::to_string(static_cast<int>(topic));
        const bool chosen = ui.topic == topic;
        if (chosen ? widgets::primary_button(label.c_str()) : widgets::secondary_button(label.c_str()))
            ui.topic = topic;
    }
}

// Returns whether "Copy as email" was pressed.
bool item_card(const ProgramState& state, const InboxText& text, const InboxItem& item, bool is_new, float width)
{
    const ImVec2 padding(20, 16);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(start.x + padding.x + 14, start.y + padding.y));
    ImGui::BeginGroup();
    const float inner = width - padding.x * 2 - 14;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    widgets::text(fonts().strong, theme::TEXT, text.title);
    if (is_new) {
        ImGui::SameLine(0, 10);
        widgets::text(fonts().small, theme::ACCENT, "New");
    }
    widgets::text(fonts().small, theme::MUTED, format_iso_date(date_of_unix_ms(item.at.unix_ms)) + " \xC2\xB7 " + state.program->name);
    widgets::gap(2);
    widgets::text(fonts().body, theme::TEXT, text.body);
    ImGui::PopTextWrapPos();
    widgets::gap(4);
    const bool copy = widgets::secondary_button("Copy as email");
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + padding.y;
    draw->ChannelsSetCurrent(0);
    const ImVec2 end(start.x + width, bottom);
    draw->AddRectFilled(start, end, is_new ? IM_COL32(244, 249, 253, 255) : theme::CARD, 10);
    draw->AddRect(start, end, theme::BORDER, 10);
    const ImVec4 dot = text.good ? theme::SUCCESS : theme::DANGER;
    draw->AddCircleFilled(ImVec2(start.x + padding.x + 4, start.y + padding.y + ImGui::GetFontSize() * 0.55f), 5, ImGui::ColorConvertFloat4ToU32(dot));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
    ImGui::Dummy(ImVec2(width, 10));
    return copy;
}

}

void inbox_view(const ViewContext& context, const ProgramId& program, const PersonId& person, InboxUi& ui, ActionQueue& actions)
{
    const ProgramState* state = context.store.program(program);
    if (!state || !state->program)
        return;
    auto person_it = state->people.find(person);
    if (person_it == state->people.end())
        return;
    const std::vector<InboxItem> items = inbox::inbox_on(*state, person, context.today);

    // Opening the inbox (or someone else's) reads it: what was unread keeps "New" for
    // this visit, and one event records the reading for every device.
    const int frame = ImGui::GetFrameCount();
    if (ui.shown_for != person || ui.last_frame < frame - 1) {
        ui.shown_for = person;
        ui.fresh.clear();
        Timestamp through;
        for (const InboxItem& item : items) {
            if (!inbox::is_read(*state, person, item)) {
                ui.fresh.insert(item_key(item));
                through = std::max(through, item.at);
            }
        }
        if (!ui.fresh.empty() && !context.read_only)
            actions.push(RunCommandAction{program, people::actor_of(person), inbox::MarkInboxRead{person, through}, "", ResultTarget::Inbox, {}});
    }
    ui.last_frame = frame;

    const float width = std::min(760.0f, ImGui::GetContentRegionAvail().x);
    widgets::text(fonts().title, theme::TEXT, "Inbox");
    const std::size_t count = items.size();
    const std::size_t fresh = ui.fresh.size();
    widgets::muted(count == 0 ? std::string("Nothing yet.")
                              : std::to_string(count) + (count == 1 ? " message" : " messages") + (fresh ? ", " + std::to_string(fresh) + " new" : std::string()));
    widgets::gap(8);
    if (count > 0) {
        topic_filter(*state->program, items, ui);
        widgets::gap(12);
    }
    if (count == 0) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        widgets::muted(person_it->second.membership == people::Membership::AwaitingApproval
                ? "When the program's admin reviews your registration, the decision appears here."
                : "Messages from the program appear here.");
        ImGui::PopTextWrapPos();
        return;
    }
    const bool any_shown = std::any_of(items.begin(), items.end(), [&](const InboxItem& item) { return inbox::is_about(item, ui.topic); });
    if (!any_shown)
        widgets::muted("Nothing here about " + ascii_lower(topic_word(*state->program, ui.topic)) + ".");
    for (std::size_t index = count; index-- > 0;) {
        const InboxItem& item = items[index];
        if (!inbox::is_about(item, ui.topic))
            continue;
        const InboxText text = inbox_text(context.store, *state, person_it->second, item, context.today);
        ImGui::PushID(static_cast<int>(index));
        if (item_card(*state, text, item, ui.fresh.contains(item_key(item)), width)) {
            ui.copy_open = true;
            ui.copy_title = text.title;
            ui.copy_link = mailto_link(person_it->second.details.email, text.title + " \xE2\x80\x94 " + state->program->name, text.body);
            actions.push(CopyTextAction{ui.copy_link});
        }
        ImGui::PopID();
    }
}

std::size_t inbox_unread(const ViewContext& context, const ProgramId& program, const PersonId& person)
{
    const ProgramState* state = context.store.program(program);
    return state ? inbox::unread_count(*state, person, context.today) : 0;
}

void inbox_dialogs(InboxUi& ui, ActionQueue& actions)
{
    if (!begin_dialog("Copy as email###copy_as_email", ui.copy_open, 560))
        return;
    widgets::text(fonts().heading, theme::TEXT, "Copy as email");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    widgets::muted("This link is on your clipboard. Paste it into your browser's address bar, or open it in your email program, to send \xE2\x80\x9C"
        + ui.copy_title + "\xE2\x80\x9D to yourself.");
    widgets::gap(6);
    widgets::text(fonts().small, theme::TEXT, ui.copy_link);
    ImGui::PopTextWrapPos();
    widgets::gap(10);
    if (widgets::primary_button("Open in email program"))
        actions.push(OpenLinkAction{ui.copy_link});
    ImGui::SameLine();
    if (widgets::secondary_button("Close"))
        ui.copy_open = false;
    end_dialog();
}

}
