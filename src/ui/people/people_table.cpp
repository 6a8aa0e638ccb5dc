#include "ui/people/people_table.h"
#include "core/base/text.h"

#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace turnabout::ui {

namespace {

enum Column { NAME, EMAIL, JOB_TITLE, DEPARTMENT, LEVEL, ROLE, ACTIONS, COLUMN_COUNT };


bool contains(std::string_view haystack, const std::string& needle_lowercase)
{
    return ascii_lower(haystack).find(needle_lowercase) != std::string::npos;
}

int compare_text(const std::string& a, const std::string& b)
{
    const std::string la = ascii_lower(a), lb = ascii_lower(b);
    return la < lb ? -1 : (lb < la ? 1 : 0);
}

int compare(const people::Person& a, const people::Person& b, int column)
{
    switch (column) {
    case EMAIL: return compare_text(a.details.email, b.details.email);
    case JOB_TITLE: return compare_text(a.details.job_title, b.details.job_title);
    case DEPARTMENT: return compare_text(a.details.department, b.details.department);
    case LEVEL: return a.details.level - b.details.level;
    case ROLE: return static_cast<int>(a.details.role) - static_cast<int>(b.details.role);
    default: return compare_text(a.details.name, b.details.name);
    }
}

// The rows to show: matching the search, in the order the table's headers ask for
// (ties broken by name, then id, so the order is stable).
std::vector<const people::Person*> visible_rows(const ProgramState& program, const std::string& search, const ImGuiTableSortSpecs* specs)
{
    std::vector<const people::Person*> rows;
    for (const auto& [id, person] : program.people) {
        if (matches_search(person, search))
            rows.push_back(&person);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const people::Person* a, const people::Person* b) {
        if (specs) {
            for (int i = 0; i < specs->SpecsCount; ++i) {
                const ImGuiTableColumnSortSpecs& spec = specs->Specs[i];
                int order = compare(*a, *b, spec.ColumnIndex);
                if (order != 0)
                    return spec.SortDirection == ImGuiSortDirection_Ascending ? order < 0 : order > 0;
            }
        }
        int by_name = compare(*a, *b, NAME);
        return by_name != 0 ? by_name < 0 : a->id < b->id;
    });
    return rows;
}

void cell_text(const std::string& text)
{
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (text.empty())
        widgets::text(fonts().body, theme::MUTED, "—");
    else
        widgets::text(text);
}

}

bool matches_search(const people::Person& person, std::string_view search)
{
    const std::string needle = ascii_lower(search);
    if (needle.empty())
        return true;
    const auto& d = person.details;
    return contains(d.name, needle) || contains(d.email, needle) || contains(d.job_title, needle) || contains(d.department, needle);
}

namespace {

// The title with the count, the search field and the people tools.
void people_toolbar(const ViewContext& context, const ProgramState& program, PeopleTableUi& ui, PersonDialogUi& person_dialog,
    ActionQueue& actions, float width, float start_x)
{
    widgets::text(fonts().heading, theme::TEXT, "People");
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 5);
    const std::string count = std::to_string(program.people.size()) + (program.people.size() == 1 ? " person" : " people");
    widgets::muted(count);

    const char* add_label = "Add person";
    const char* import_label = "Import people from CSV";
    const char* export_label = "Export people (CSV)";
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float add_width = widgets::button_width(add_label);
    const float tools_width = widgets::button_width(import_label) + widgets::button_width(export_label) + add_width + spacing * 2;
    const float search_width = std::min(420.0f, width - tools_width - 24);
    ImGui::SetNextItemWidth(search_width);
    ImGui::InputTextWithHint("##search", "Search by name, email, job title or department", &ui.search);
    ImGui::SameLine(start_x + width - tools_width);
    ImGui::BeginDisabled(context.read_only);
    if (widgets::secondary_button(import_label))
        actions.push(ChoosePeopleCsvAction{program.program ? program.program->id : ProgramId{}});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(program.people.empty());
    if (widgets::secondary_button(export_label))
        actions.push(ExportPeopleCsvAction{program.program ? program.program->id : ProgramId{}});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    if (widgets::primary_button(add_label, ImVec2(add_width, 0)))
        person_dialog.open_for_add();
    ImGui::EndDisabled();
    widgets::gap(4);

}

// The header row, each header named for the item registry.
void header_row()
{
    // TableHeadersRow by hand: ImGui 1.86 gives headers no label for the item
    // registry, and tests (and a screen-reader mirror) sort by naming the column.
    ImGui::PushFont(fonts().strong);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, ImGui::TableGetHeaderRowHeight());
    for (int column = 0; column < COLUMN_COUNT; ++column) {
        if (!ImGui::TableSetColumnIndex(column))
            continue;
        const char* name = ImGui::TableGetColumnName(column);
        ImGui::PushID(column);
        const ImGuiID header_id = ImGui::GetID(name);
        ImGui::TableHeader(name);
        widgets::name_item(header_id, name);
        ImGui::PopID();
    }
    ImGui::PopFont();

}

}

void people_section(const ViewContext& context, const ProgramState& program, PeopleTableUi& ui,
    PersonDialogUi& person_dialog, RemovePersonUi& remove_dialog, ActionQueue& actions)
{
    const float width = ImGui::GetContentRegionAvail().x;
    const float start_x = ImGui::GetCursorPosX();

    people_toolbar(context, program, ui, person_dialog, actions, width, start_x);

    if (program.people.empty()) {
        widgets::gap(24);
        widgets::muted("No one is in this program yet. Add the first person, or open a program file.");
        return;
    }

    const bool any_match = std::any_of(program.people.begin(), program.people.end(),
        [&](const auto& entry) { return matches_search(entry.second, ui.search); });
    if (!any_match) {
        widgets::gap(24);
        widgets::muted("No one matches \xE2\x80\x9C" + ui.search + "\xE2\x80\x9D.");
        return;
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg
        | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY
        | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    const float height = std::max(260.0f, ImGui::GetContentRegionAvail().y - 8);
    if (!ImGui::BeginTable("people", COLUMN_COUNT, flags, ImVec2(width, height)))
        return;
    const float actions_width = widgets::button_width("Edit") + widgets::button_width("Remove") + 24;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_DefaultSort, 1.4f);
    ImGui::TableSetupColumn("Email", 0, 1.7f);
    ImGui::TableSetupColumn("Job title", 0, 1.4f);
    ImGui::TableSetupColumn("Department", 0, 1.1f);
    ImGui::TableSetupColumn("Level", 0, 0.8f);
    ImGui::TableSetupColumn("Role", 0, 0.7f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_WidthFixed, actions_width);
    header_row();

    const auto rows = visible_rows(program, ui.search, ImGui::TableGetSortSpecs());
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const people::Person& person = *rows[i];
            ImGui::PushID(person.id.value.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            widgets::text(fonts().strong, theme::TEXT, person.details.name);
            cell_text(person.details.email);
            cell_text(person.details.job_title);
            cell_text(person.details.department);
            cell_text(std::string(people::level_name(person.details.level)));
            cell_text(role_term(program.program ? &*program.program : nullptr, person.details.role));
            ImGui::TableNextColumn();
            ImGui::BeginDisabled(context.read_only);
            if (widgets::secondary_button("Edit"))
                person_dialog.open_for_edit(person);
            ImGui::SameLine();
            if (widgets::secondary_button("Remove")) {
                remove_dialog = RemovePersonUi{true, person.id, person.details.name, {}};
            }
            ImGui::EndDisabled();
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}
