// "Close requests": the admin closes pending requests (or a ranked list) with a note
// both people read. Closing cannot be undone, so it is confirmed here with the count.
#include "ui/requests/admin_requests_parts.h"
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace turnabout::ui {

void open_close_dialog(AdminRequestsUi& ui, std::vector<requests::RequestId> ids)
{
    ui.close.open = true;
    ui.close.just_opened = true;
    ui.close.ids = std::move(ids);
    ui.close.note.clear();
    ui.close.ticket = Ticket::next();
}

void admin_requests_dialogs(const ViewContext& context, const ProgramId& id, const ProgramState& state, AdminRequestsUi& ui,
    ActionQueue& actions)
{
    CloseRequestsDialogUi& close = ui.close;
    if (close.open && ui.outcome.succeeded(close.ticket))
        close.open = false;
    if (!begin_dialog("Close requests###close_requests", close.open, 560))
        return;
    const std::size_t count = close.ids.size();
    bool lists_only = !close.ids.empty();
    for (const requests::RequestId& rid : close.ids) {
        auto it = state.requests.requests.find(rid);
        lists_only = lists_only && it != state.requests.requests.end() && it->second.kind == requests::RequestKind::RankedList;
    }
    const std::string what = lists_only ? (count == 1 ? "ranked list" : "ranked lists") : (count == 1 ? "request" : "requests");
    widgets::text(fonts().heading, theme::TEXT, "Close " + std::to_string(count) + " " + what + "?");
    widgets::wrapped("A closed request can no longer be accepted. Both people find your note in their inbox; "
                     "say what they could do next. Only they and the program's admins read it.",
        theme::MUTED);
    widgets::gap(6);
    const float width = ImGui::GetContentRegionAvail().x;
    if (close.just_opened) {
        ImGui::SetKeyboardFocusHere(1);
        close.just_opened = false;
    }
    widgets::text_area("Note", "##close_note", close.note, ImVec2(width, 90));
    if (ui.outcome.refused(close.ticket)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    }
    widgets::gap(10);
    const char* confirm = "Close requests";
    const char* cancel_label = "Cancel##close_requests";
    const float confirm_width = widgets::button_width(confirm);
    const float cancel_width = widgets::button_width(cancel_label);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - confirm_width - cancel_width - ImGui::GetStyle().ItemSpacing.x);
    bool cancel = widgets::secondary_button(cancel_label, ImVec2(cancel_width, 0));
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    const bool confirmed = widgets::danger_button(confirm, ImVec2(confirm_width, 0));
    ImGui::EndDisabled();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        cancel = true;
    if (cancel) {
        close.open = false;
    } else if (confirmed) {
        actions.push(RunCommandAction{id, std::nullopt, requests::CloseRequests{close.ids, close.note, context.today},
            "Closed " + std::to_string(count) + " " + what + ": both people find your note in their inbox.", ResultTarget::AdminRequests,
            close.ticket});
    }
    end_dialog();
}

}
