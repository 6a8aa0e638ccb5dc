// Every request in one table: requester, recipient ("Admin" for a ranked list), match
// type, age, status on today (expiry computed from the date), decline reason and
// note, reminders and what stands in the way. A status filter, oldest or newest
// first, and a checkbox per pending row for "Remind selected" and "Close selected".
#include "core/domain/requests/request_figures.h"
#include "core/domain/requests/time_rules.h"
#include "ui/privacy/private_text.h"
#include "ui/requests/admin_requests_parts.h"
#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

using requests::RequestStatus;

constexpr RequestStatus STATUSES[] = {RequestStatus::Pending, RequestStatus::Accepted, RequestStatus::Declined, RequestStatus::Withdrawn,
    RequestStatus::Closed, RequestStatus::Expired};

void status_filter(AdminRequestsUi& ui)
{
    const char* id = "##status_filter";
    const ImGuiID combo_id = ImGui::GetID(id);
    const std::string current = ui.status_filter ? request_status_label(*ui.status_filter) : std::string("All");
    ImGui::SetNextItemWidth(170);
    const bool open = ImGui::BeginCombo(id, current.c_str());
    widgets::name_item(combo_id, id);
    if (!open)
        return;
    if (ImGui::Selectable("All", !ui.status_filter))
        ui.status_filter.reset();
    for (RequestStatus status : STATUSES) {
        const std::string label = request_status_label(status);
        if (ImGui::Selectable(label.c_str(), ui.status_filter == status))
            ui.status_filter = status;
    }
    ImGui::EndCombo();
}

// "asks a mentor", "offers to mentor": what kind of request, in the program's words.
std::string kind_text(const program::Program& p, const requests::Request& request)
{
    switch (request.kind) {
    case requests::RequestKind::MenteeAsks:
        return "asks a " + term(p, Word::Mentor);
    case requests::RequestKind::MentorAsks:
        return "asks a " + term(p, Word::Mentee);
    case requests::RequestKind::MentorOffers:
        return "offers to " + term(p, Word::Mentor);
    case requests::RequestKind::RankedList:
        return "ranked list of " + std::to_string(request.ranked.size());
    }
    return {};
}

std::string reason_text(const Store& store, const requests::RequestRow& row, const matching::RequestRules& rules)
{
    const requests::Request& r = *row.request;
    switch (row.status) {
    case RequestStatus::Declined:
        return std::string(requests::decline_reason_label(r.decline_reason)) + (r.decline_note.empty() ? "" : ": " + shown_private(store, r.decline_note));
    case RequestStatus::Expired:
        return "No answer within " + age_text(rules.close_after_days);
    case RequestStatus::Closed:
        return r.closing_note.empty() ? r.note : shown_private(store, r.closing_note);
    case RequestStatus::Withdrawn:
        return r.note;
    default:
        return {};
    }
}

void cell(const std::string& value, ImFont* font = nullptr, const ImVec4* color = nullptr)
{
    widgets::text(font ? font : fonts().body, color ? *color : theme::TEXT, value);
}

void request_row(const Store& store, const ProgramState& state, const requests::RequestRow& row, AdminRequestsUi& ui, bool read_only, bool show_type)
{
    const program::Program& p = *state.program;
    const requests::Request& r = *row.request;
    ImGui::PushID(r.id.value.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (row.status == RequestStatus::Pending) {
        bool checked = ui.selected.contains(r.id);
        ImGui::BeginDisabled(read_only);
        if (ImGui::Checkbox("##select", &checked)) {
            if (checked)
                ui.selected.insert(r.id);
            else
                ui.selected.erase(r.id);
        }
        ImGui::EndDisabled();
    }
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(0.0f);
    cell(person_name(state, r.from), fonts().strong);
    cell(kind_text(p, r), fonts().small, &theme::MUTED);
    ImGui::TableNextColumn();
    if (r.kind == requests::RequestKind::RankedList) {
        cell("Admin");
        if (!r.assigned.empty())
            cell("assigned " + person_name(state, r.assigned), fonts().small, &theme::MUTED);
    } else {
        cell(person_name(state, r.to));
    }
    if (show_type) {
        ImGui::TableNextColumn();
        const program::MatchType* type = p.match_type(r.match_type);
        cell(type ? type->name : std::string("(removed)"));
    }
    ImGui::TableNextColumn();
    cell(age_text(row.age_days));
    cell(long_date(r.sent), fonts().small, &theme::MUTED);
    ImGui::TableNextColumn();
    const ImVec4& status_color = row.status == RequestStatus::Pending ? theme::ACCENT
        : row.status == RequestStatus::Accepted                       ? theme::SUCCESS
        : row.status == RequestStatus::Declined || row.status == RequestStatus::Expired ? theme::DANGER
                                                                                        : theme::MUTED;
    cell(request_status_label(row.status), fonts().strong, &status_color);
    if (row.blocker)
        cell(*row.blocker, fonts().small, &theme::WARNING);
    ImGui::TableNextColumn();
    const std::string reason = reason_text(store, row, request_rules(state));
    if (!reason.empty())
        cell(reason);
    ImGui::TableNextColumn();
    cell(std::to_string(r.reminders.size()));
    if (row.reminder_due)
        cell("automatic one due", fonts().small, &theme::MUTED);
    ImGui::PopTextWrapPos();
    ImGui::PopID();
}

void bulk_actions(const ViewContext& context, const ProgramId& id, const ProgramState& state, AdminRequestsUi& ui, ActionQueue& actions)
{
    std::vector<requests::RequestId> remindable;
    for (const requests::RequestId& rid : ui.selected) {
        auto it = state.requests.requests.find(rid);
        // A ranked list waits for the admin: there is no one to remind.
        if (it != state.requests.requests.end() && it->second.kind != requests::RequestKind::RankedList)
            remindable.push_back(rid);
    }
    const std::size_t count = ui.selected.size();
    ImGui::AlignTextToFramePadding();
    widgets::muted(count == 0 ? std::string("Check pending requests to remind or close them.")
                              : std::to_string(count) + (count == 1 ? " request selected" : " requests selected"));
    ImGui::SameLine(0, 16);
    ImGui::BeginDisabled(context.read_only || remindable.empty());
    if (widgets::secondary_button("Remind selected")) {
        const std::size_t n = remindable.size();
        actions.push(RunCommandAction{id, std::nullopt, requests::RemindRequests{remindable, context.today},
            "Sent " + std::to_string(n) + (n == 1 ? " reminder" : " reminders") + ": each person asked finds it in their inbox.",
            ResultTarget::AdminRequests, ui.reminded = Ticket::next()});
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only || count == 0);
    if (widgets::secondary_button("Close selected"))
        open_close_dialog(ui, std::vector<requests::RequestId>(ui.selected.begin(), ui.selected.end()));
    ImGui::EndDisabled();
}

}

void requests_table(const ViewContext& context, const ProgramId& id, const ProgramState& state, AdminRequestsUi& ui,
    ActionQueue& actions, float width)
{
    std::vector<requests::RequestRow> rows = requests::request_rows(state, context.today);
    // Only pending requests can be reminded or closed: a request answered meanwhile
    // (here or in a merged file) leaves the selection.
    std::erase_if(ui.selected, [&](const requests::RequestId& rid) {
        return std::none_of(rows.begin(), rows.end(),
            [&](const requests::RequestRow& row) { return row.request->id == rid && row.status == RequestStatus::Pending; });
    });
    const std::size_t all = rows.size();
    if (ui.status_filter)
        std::erase_if(rows, [&](const requests::RequestRow& row) { return row.status != *ui.status_filter; });
    if (ui.newest_first) {
        std::stable_sort(rows.begin(), rows.end(), [](const requests::RequestRow& a, const requests::RequestRow& b) {
            const bool pa = a.status == RequestStatus::Pending, pb = b.status == RequestStatus::Pending;
            return pa != pb ? pa : a.age_days < b.age_days;
        });
    }

    widgets::text(fonts().heading, theme::TEXT, "All requests (" + std::to_string(all) + ")");
    widgets::gap(4);
    status_filter(ui);
    ImGui::SameLine(0, 16);
    if (ImGui::RadioButton("Oldest first", !ui.newest_first))
        ui.newest_first = false;
    ImGui::SameLine();
    if (ImGui::RadioButton("Newest first", ui.newest_first))
        ui.newest_first = true;
    widgets::gap(2);
    bulk_actions(context, id, state, ui, actions);
    if (ui.outcome.refused(ui.reminded))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    widgets::gap(6);
    if (rows.empty()) {
        widgets::muted(all == 0 ? std::string("No requests yet.") : std::string("No request has this status."));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH
        | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    // One match type: its name on every row would say nothing.
    const bool show_type = state.program->match_types.size() > 1;
    if (!ImGui::BeginTable("requests", show_type ? 8 : 7, flags, ImVec2(width, 0)))
        return;
    ImGui::TableSetupColumn("select", ImGuiTableColumnFlags_WidthFixed, 36);
    ImGui::TableSetupColumn("from", 0, 1.4f);
    ImGui::TableSetupColumn("to", 0, 1.3f);
    if (show_type)
        ImGui::TableSetupColumn("type", 0, 1.0f);
    ImGui::TableSetupColumn("age", ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn("status", 0, 1.1f);
    ImGui::TableSetupColumn("reason", 0, 1.8f);
    ImGui::TableSetupColumn("reminders", ImGuiTableColumnFlags_WidthFixed, 90);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    // Checks every pending row shown (the filter applies).
    bool every = false;
    std::vector<requests::RequestId> shown_pending;
    for (const requests::RequestRow& row : rows) {
        if (row.status == RequestStatus::Pending)
            shown_pending.push_back(row.request->id);
    }
    every = !shown_pending.empty()
        && std::all_of(shown_pending.begin(), shown_pending.end(), [&](const auto& rid) { return ui.selected.contains(rid); });
    ImGui::BeginDisabled(context.read_only || shown_pending.empty());
    if (ImGui::Checkbox("##select_all", &every)) {
        for (const requests::RequestId& rid : shown_pending) {
            if (every)
                ui.selected.insert(rid);
            else
                ui.selected.erase(rid);
        }
    }
    ImGui::EndDisabled();
    for (const char* header : {"Requester", "Recipient", "Match type", "Age", "Status", "Decline reason and note", "Reminders"}) {
        if (!show_type && std::string_view(header) == "Match type")
            continue;
        ImGui::TableNextColumn();
        widgets::text(fonts().small, theme::MUTED, header);
    }
    for (const requests::RequestRow& row : rows)
        request_row(context.store, state, row, ui, context.read_only, show_type);
    ImGui::EndTable();
}

}
