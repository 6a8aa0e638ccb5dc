#include "ui/people/people_import_dialog.h"
#include "ui/wording.h"

#include "ui/actions.h"
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace turnabout::ui {

namespace {


void mapping_table(PeopleImportUi& ui, float width)
{
    widgets::text(fonts().strong, theme::TEXT, "Columns");
    widgets::muted("Each column of the file goes into one field. Columns set to \"Ignore\" are not read.");
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg
        | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
    const float height = std::min(200.0f, (ImGui::GetFrameHeight() + 10) * (static_cast<float>(ui.table.header.size()) + 1) + 6);
    if (!ImGui::BeginTable("mapping", 3, flags, ImVec2(width, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Column in the file", 0, 1.0f);
    ImGui::TableSetupColumn("First value", 0, 1.2f);
    ImGui::TableSetupColumn("Goes into", 0, 1.0f);
    ImGui::TableHeadersRow();
    const std::vector<std::string>* first = ui.table.rows.empty() ? nullptr : &ui.table.rows.front().cells;
    for (std::size_t column = 0; column < ui.table.header.size(); ++column) {
        ImGui::PushID(static_cast<int>(column));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        widgets::text(fonts().strong, theme::TEXT, ui.table.header[column].empty() ? std::string("(no name)") : ui.table.header[column]);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        widgets::muted(first && column < first->size() ? (*first)[column] : std::string());
        ImGui::TableNextColumn();
        // Combos are named after their column for tests: "##map-Full name".
        const std::string id = "##map-" + ui.table.header[column];
        const std::string current(person_field_label(ui.mapping[column]));
        ImGui::SetNextItemWidth(-1);
        const ImGuiID combo_id = ImGui::GetID(id.c_str());
        const bool open = ImGui::BeginCombo(id.c_str(), current.c_str(), ImGuiComboFlags_HeightLarge);
        widgets::name_item(combo_id, id.c_str());
        if (open) {
            for (PersonField field : ALL_PERSON_FIELDS) {
                const std::string label(person_field_label(field));
                ImGui::PushID(static_cast<int>(field));
                if (ImGui::Selectable(label.c_str(), ui.mapping[column] == field)) {
                    ui.mapping[column] = field;
                    ui.preview_stale = true;
                }
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// No column says who mentors: one role for every row, chosen here.
void default_role_choice(PeopleImportUi& ui, const program::Program* program)
{
    widgets::gap(6);
    widgets::muted("No column gives the role. Role for everyone in this file:");
    for (auto role : {people::Role::Mentor, people::Role::Mentee, people::Role::Both}) {
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(role));
        if (ImGui::RadioButton(role_term(program, role).c_str(), ui.default_role == role)) {
            ui.default_role = role;
            ui.preview_stale = true;
        }
        ImGui::PopID();
    }
}

void preview_table(const PeopleImportUi& ui, float width)
{
    widgets::text(fonts().strong, theme::TEXT, "Preview");
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg
        | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
    const float rows_height = (static_cast<float>(ui.preview.rows.size()) + 1) * (ImGui::GetTextLineHeight() + 20) + 24;
    if (!ImGui::BeginTable("preview", 6, flags, ImVec2(width, std::clamp(rows_height, 90.0f, 200.0f))))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_WidthFixed, 52);
    ImGui::TableSetupColumn("Name", 0, 1.1f);
    ImGui::TableSetupColumn("Email", 0, 1.4f);
    ImGui::TableSetupColumn("Job title", 0, 1.0f);
    ImGui::TableSetupColumn("Department", 0, 0.9f);
    ImGui::TableSetupColumn("Problems", 0, 1.8f);
    ImGui::TableHeadersRow();
    // Rows with errors first: they are what the admin has to act on.
    std::vector<const ImportRow*> rows;
    for (const ImportRow& row : ui.preview.rows)
        rows.push_back(&row);
    std::stable_sort(rows.begin(), rows.end(), [](const ImportRow* a, const ImportRow* b) { return !a->errors.empty() && b->errors.empty(); });
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ImportRow& row = *rows[static_cast<std::size_t>(i)];
            const bool bad = !row.errors.empty();
            ImGui::PushID(static_cast<int>(row.line));
            ImGui::TableNextRow();
            if (bad)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::ColorConvertFloat4ToU32(theme::ERROR_BACKGROUND));
            ImGui::TableNextColumn();
            widgets::text(fonts().body, bad ? theme::DANGER : theme::MUTED, std::to_string(row.line));
            ImGui::TableNextColumn();
            widgets::text(row.details.name);
            ImGui::TableNextColumn();
            widgets::text(row.details.email);
            ImGui::TableNextColumn();
            widgets::text(row.details.job_title);
            ImGui::TableNextColumn();
            widgets::text(row.details.department);
            ImGui::TableNextColumn();
            if (bad) {
                std::string problems = "Line " + std::to_string(row.line) + ": ";
                for (std::size_t e = 0; e < row.errors.size(); ++e)
                    problems += (e ? "; " : "") + row.errors[e];
                ImGui::PushTextWrapPos(0.0f);
                widgets::text(fonts().body, theme::DANGER, problems);
                ImGui::PopTextWrapPos();
            } else {
                widgets::text(fonts().body, theme::SUCCESS, "Ready");
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}

void open_people_csv(PeopleImportUi& ui, const ProgramId& program, std::string_view bytes, std::string_view filename)
{
    ui = PeopleImportUi{};
    ui.open = true;
    ui.program = program;
    ui.filename = std::string(filename);
    auto table = read_people_table(bytes);
    if (!table) {
        ui.file_error = table.error().message;
        return;
    }
    ui.table = std::move(*table);
    ui.mapping = guess_mapping(ui.table.header);
    ui.default_role.reset();
}

void people_import_dialog(const ViewContext& context, PeopleImportUi& ui, ActionQueue& actions)
{
    if (!begin_dialog("Import people from CSV###people_import", ui.open, 1000))
        return;
    const ProgramState* state = context.store.program(ui.program);
    const float width = ImGui::GetContentRegionAvail().x;
    widgets::text(fonts().heading, theme::TEXT, "Import people from CSV");
    widgets::muted(ui.filename.empty() ? std::string("A file exported from your HR system or a spreadsheet.")
                                       : "\xE2\x80\x9C" + ui.filename + "\xE2\x80\x9D, " + std::to_string(ui.table.rows.size()) + (ui.table.rows.size() == 1 ? " row" : " rows"));
    widgets::gap(6);

    bool ready = false;
    if (!ui.file_error.empty()) {
        widgets::message_box(widgets::Tone::Error, "This file cannot be read as CSV: " + ui.file_error + ". Nothing was imported.", width);
    } else if (state) {
        mapping_table(ui, width);
        if (std::find(ui.mapping.begin(), ui.mapping.end(), PersonField::Role) == ui.mapping.end())
            default_role_choice(ui, state->program ? &*state->program : nullptr);
        if (ui.preview_stale || ui.preview_revision != context.store.revision()) {
            ui.preview = preview_people_import(*state, state->program ? context.store.actor_in(state->program->id) : context.store.identity().actor, ui.table, ui.mapping, ui.default_role);
            ui.preview_stale = false;
            ui.preview_revision = context.store.revision();
        }
        widgets::gap(8);
        for (const std::string& problem : ui.preview.problems) {
            widgets::message_box(widgets::Tone::Error, problem, width);
            widgets::gap(4);
        }
        preview_table(ui, width);
        widgets::gap(4);
        ready = ui.preview.ready();
        const std::size_t total = ui.preview.rows.size();
        if (ui.preview.rows_with_errors > 0) {
            const std::size_t bad = ui.preview.rows_with_errors;
            widgets::message_box(widgets::Tone::Error,
                std::to_string(bad) + (bad == 1 ? " row has" : " rows have") + " errors, so nothing will be imported. Fix the file and choose it again, or change the columns above.",
                width);
        } else if (ready) {
            widgets::message_box(widgets::Tone::Success, "All " + std::to_string(total) + (total == 1 ? " row is" : " rows are") + " ready. Nothing is recorded until you import.", width);
        } else if (total == 0 && ui.preview.problems.empty()) {
            widgets::message_box(widgets::Tone::Info, "The file has a header but no rows.", width);
        }
    }
    if (!ui.commit_error.empty()) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, "Not imported: " + ui.commit_error, width);
    }
    widgets::gap(10);

    if (widgets::secondary_button("Choose another file"))
        actions.push(ChoosePeopleCsvAction{ui.program});
    const std::string import_label = ready ? "Import " + people_count(ui.preview.rows.size()) + "##commit" : std::string("Import##commit");
    const float import_width = widgets::button_width(import_label.c_str());
    const float cancel_width = widgets::button_width("Cancel##import");
    ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + width - import_width - cancel_width - ImGui::GetStyle().ItemSpacing.x);
    if (widgets::secondary_button("Cancel##import", ImVec2(cancel_width, 0)))
        ui.open = false;
    ImGui::SameLine();
    ImGui::BeginDisabled(!ready || context.read_only);
    if (widgets::primary_button(import_label.c_str(), ImVec2(import_width, 0)))
        actions.push(ImportPeopleAction{ui.program});
    ImGui::EndDisabled();
    end_dialog();
}

}
