#include "ui/directory_view.h"

#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace turnabout::ui {

ProgramCounts count_people(const ProgramState& program)
{
    ProgramCounts counts;
    for (const auto& [id, person] : program.people) {
        if (person.membership == people::Membership::AwaitingApproval) {
            ++counts.awaiting;
            continue;
        }
        if (person.membership != people::Membership::Active)
            continue;
        ++counts.members;
        if (person.details.role != people::Role::Mentee)
            ++counts.mentors;
        if (person.details.role != people::Role::Mentor)
            ++counts.mentees;
    }
    return counts;
}

namespace {

constexpr float TILE_HEIGHT = 214.0f;

std::string summary_of(const program::Program& program)
{
    std::string text = !program.purpose.empty() ? program.purpose : program.description;
    for (char& c : text) {
        if (c == '\n')
            c = ' ';
    }
    constexpr std::size_t MAX = 150;
    if (text.size() > MAX) {
        std::size_t cut = text.rfind(' ', MAX);
        text = text.substr(0, cut == std::string::npos ? MAX : cut) + "\xE2\x80\xA6";
    }
    return text;
}

void tile(const ProgramId& id, const ProgramState& state, float width, ActionQueue& actions)
{
    const program::Program* program = state.program ? &*state.program : nullptr;
    const std::string name = program ? program->name : std::string("Program not complete yet");
    ImGui::PushID(id.value.c_str());
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + TILE_HEIGHT);
    const ImGuiID tile_id = ImGui::GetID("##tile");
    const bool clicked = ImGui::InvisibleButton("##tile", ImVec2(width, TILE_HEIGHT));
    widgets::name_item(tile_id, (name + "##tile").c_str());
    const bool hovered = ImGui::IsItemHovered();
    if (hovered)
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (clicked)
        actions.push(SelectProgramAction{id});
    const ImVec2 after = ImGui::GetCursorScreenPos();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, theme::CARD, 12);
    draw->AddRect(min, max, hovered ? ImGui::ColorConvertFloat4ToU32(theme::ACCENT) : theme::BORDER, 12, 0, hovered ? 2.0f : 1.0f);
    draw->AddRectFilled(min, ImVec2(max.x, min.y + 6), ImGui::ColorConvertFloat4ToU32(theme::ACCENT), 12, ImDrawFlags_RoundCornersTop);

    const float pad = 22;
    const float inner = width - 2 * pad;
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + 20));
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().small);
    widgets::text(fonts().small, theme::ACCENT, program ? program::program_type_label(program->type) : std::string_view("Waiting for the rest of its file"));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(min.x + pad + inner - ImGui::GetWindowPos().x);
    widgets::text(fonts().heading, theme::TEXT, name);
    if (program) {
        const std::string summary = summary_of(*program);
        widgets::text(fonts().body, theme::MUTED, summary.empty() ? std::string("No description yet.") : summary);
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();

    // Counts along the bottom edge.
    const ProgramCounts counts = count_people(state);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, max.y - 38));
    ImGui::PushFont(fonts().small);
    std::string line = std::to_string(counts.members) + (counts.members == 1 ? " member" : " members") + "  \xC2\xB7  "
        + count_of(program, Word::Mentor, counts.mentors) + "  \xC2\xB7  " + count_of(program, Word::Mentee, counts.mentees);
    widgets::text(fonts().small, theme::MUTED, line);
    if (counts.awaiting > 0) {
        ImGui::SameLine(0, 12);
        widgets::text(fonts().small, theme::WARNING, std::to_string(counts.awaiting) + " awaiting approval");
    }
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(after);
    ImGui::PopID();
}

// A program whose stored files cannot be read: shown where it would be, so nobody
// thinks it gone, with what is wrong and the way back (a good file of it).
void unreadable_program(const ViewContext& context, const LoadProblem& problem, float width, ActionQueue& actions)
{
    ImGui::PushID(problem.program.value.c_str());
    const ImVec2 start = ImGui::GetCursorScreenPos();
    widgets::begin_card(width, ImVec2(26, 16));
    widgets::text(fonts().small, theme::DANGER, "Cannot be read");
    widgets::text(fonts().heading, theme::TEXT, problem.name.empty() ? "Program " + problem.program.value : problem.name);
    if (!problem.name.empty())
        widgets::text(fonts().small, theme::MUTED, "Program " + problem.program.value);
    widgets::gap(2);
    widgets::text(fonts().body, theme::TEXT, problem.reason);
    widgets::muted("Its files are left untouched in this browser: nothing was deleted. To restore it, open a file of this program, "
                   "one shared from this browser earlier or by its admin. The damaged files are then kept aside under other names.");
    widgets::gap(4);
    ImGui::BeginDisabled(context.read_only);
    if (widgets::primary_button("Open a program file to restore it"))
        actions.push(ChooseProgramFileAction{});
    ImGui::EndDisabled();
    widgets::end_card();
    // A red edge down the card's left side, as tall as the card (the card ends where
    // end_card's zero-height spacer starts).
    const float bottom = ImGui::GetItemRectMin().y;
    ImGui::GetWindowDrawList()->AddRectFilled(start, ImVec2(start.x + 6, bottom), ImGui::ColorConvertFloat4ToU32(theme::DANGER), 10,
        ImDrawFlags_RoundCornersLeft);
    widgets::gap(12);
    ImGui::PopID();
}

std::string program_name_or_id(const Store& store, const ProgramId& id)
{
    const ProgramState* state = store.program(id);
    return state && state->program ? "\xE2\x80\x9C" + state->program->name + "\xE2\x80\x9D" : "Program " + id.value;
}

}

void directory_view(const ViewContext& context, WizardUi& wizard, ActionQueue& actions)
{
    const float width = ImGui::GetContentRegionAvail().x;
    const float start_x = ImGui::GetCursorPosX();
    widgets::text(fonts().title, theme::TEXT, "Programs");
    const float title_bottom = ImGui::GetCursorPosY();
    const char* create = "Create a program";
    const char* open = "Open a program file##directory";
    const float buttons = widgets::button_width(create) + widgets::button_width(open) + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine(start_x + width - buttons);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    ImGui::BeginDisabled(context.read_only);
    if (widgets::secondary_button(open))
        actions.push(ChooseProgramFileAction{});
    ImGui::SameLine();
    if (widgets::primary_button(create))
        wizard.open_new(context.today);
    ImGui::EndDisabled();
    ImGui::SetCursorPosY(std::max(title_bottom, ImGui::GetCursorPosY()));
    widgets::muted("Every program kept in this browser. Open one to see it, join it or run it.");
    widgets::gap(14);

    for (const RestoredProgram& restored : context.store.restored_programs()) {
        std::string kept;
        for (const std::string& name : restored.kept)
            kept += (kept.empty() ? "" : ", ") + name;
        widgets::message_box(widgets::Tone::Success,
            "Restored " + program_name_or_id(context.store, restored.program) + " from the file you opened."
                + (kept.empty() ? std::string() : " Its damaged files are kept aside in this browser as " + kept + ", not deleted."),
            width);
        widgets::gap(12);
    }
    for (const LoadProblem& problem : context.store.unreadable_programs())
        unreadable_program(context, problem, width, actions);

    const auto ids = context.store.program_ids();
    const float gap = 20;
    const int columns = width > 900 ? 3 : width > 560 ? 2 : 1;
    const float tile_width = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    int column = 0;
    for (const ProgramId& id : ids) {
        const ProgramState* state = context.store.program(id);
        if (!state)
            continue;
        if (column > 0)
            ImGui::SameLine(0, gap);
        tile(id, *state, tile_width, actions);
        column = (column + 1) % columns;
        if (column == 0)
            widgets::gap(gap - ImGui::GetStyle().ItemSpacing.y);
    }
}

}
