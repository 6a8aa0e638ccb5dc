#include "ui/top_bar.h"

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

void program_switcher(const ViewContext& context, const ProgramId& shown, WizardUi& wizard, ActionQueue& actions)
{
    const ProgramState* current = shown.empty() ? nullptr : context.store.program(shown);
    const std::string current_name = current && current->program ? current->program->name : std::string("All programs");
    ImGui::SetNextItemWidth(std::clamp(ImGui::CalcTextSize(current_name.c_str()).x + 60, 200.0f, 360.0f));
    const ImGuiID combo_id = ImGui::GetID("##program_switcher");
    const bool open = ImGui::BeginCombo("##program_switcher", current_name.c_str(), ImGuiComboFlags_HeightLarge);
    widgets::name_item(combo_id, "##program_switcher");
    if (!open)
        return;
    if (ImGui::Selectable("All programs", shown.empty()))
        actions.push(ShowScreenAction{{}, Screen::Directory});
    ImGui::Separator();
    for (const ProgramId& id : context.store.program_ids()) {
        const ProgramState* program = context.store.program(id);
        const std::string name = program && program->program ? program->program->name : id.value;
        ImGui::PushID(id.value.c_str());
        if (ImGui::Selectable(name.c_str(), id == shown))
            actions.push(SelectProgramAction{id});
        ImGui::PopID();
    }
    ImGui::Separator();
    ImGui::BeginDisabled(context.read_only);
    if (ImGui::Selectable("New program\xE2\x80\xA6"))
        wizard.open_new(context.today);
    ImGui::EndDisabled();
    ImGui::EndCombo();
}

// "Who is using Turnabout?": the admin, kept apart from the program's people, who are
// chosen in the person picker.
void who_menu(const ViewContext& context, const ProgramId& shown, const CurrentUser& user, PersonPickerUi& picker, ActionQueue& actions)
{
    const ProgramState* program = context.store.program(shown);
    const std::string label = who_label(context, shown, user);
    ImGui::SetNextItemWidth(std::clamp(ImGui::CalcTextSize(label.c_str()).x + 60, 180.0f, 280.0f));
    const ImGuiID combo_id = ImGui::GetID("##who");
    const bool open = ImGui::BeginCombo("##who", label.c_str(), ImGuiComboFlags_HeightLarge);
    widgets::name_item(combo_id, "##who");
    if (!open)
        return;
    const bool admin_here = program && browser_is_admin(context, *program);
    const CurrentUser::Kind kind = user_kind_in(user, shown);
    ImGui::BeginDisabled(!admin_here);
    if (ImGui::Selectable("Program admin##who", kind == CurrentUser::Kind::Admin))
        actions.push(SetCurrentUserAction{CurrentUser{CurrentUser::Kind::Admin, shown, {}}, Screen::ProgramHome});
    ImGui::EndDisabled();
    if (!admin_here) {
        ImGui::PushFont(fonts().small);
        widgets::muted("This program is run from another browser.");
        ImGui::PopFont();
    }
    ImGui::Separator();
    if (ImGui::Selectable("A participant\xE2\x80\xA6##who", kind == CurrentUser::Kind::Person)) {
        picker.open = true;
        picker.program = shown;
    }
    if (kind != CurrentUser::Kind::Nobody && ImGui::Selectable("Nobody: hide personal details##who"))
        actions.push(SetCurrentUserAction{CurrentUser{}, Screen::ProgramHome});
    ImGui::EndCombo();
}

}

std::string who_label(const ViewContext& context, const ProgramId& program, const CurrentUser& user)
{
    switch (user_kind_in(user, program)) {
    case CurrentUser::Kind::Admin: return "Program admin";
    case CurrentUser::Kind::Person: {
        const ProgramState* state = context.store.program(program);
        if (state) {
            auto it = state->people.find(user.person);
            if (it != state->people.end())
                return it->second.details.name;
        }
        return "Who is using Turnabout?";
    }
    case CurrentUser::Kind::Nobody: break;
    }
    return "Who is using Turnabout?";
}

namespace {

void save_indicator(const ViewContext& context)
{
    const std::string text = save_indicator_text(context);
    ImVec4 color = theme::MUTED;
    if (context.read_only)
        color = theme::WARNING;
    else if (context.save.state() == SaveState::Failed || context.store.has_unwritten())
        color = theme::DANGER;
    else if (context.save.state() == SaveState::Saved)
        color = theme::SUCCESS;
    // A dot before the words: colour for a glance, words for certainty.
    ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetFrameHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + 4, at.y + line * 0.5f), 4, ImGui::ColorConvertFloat4ToU32(color));
    ImGui::SetCursorScreenPos(ImVec2(at.x + 14, at.y));
    ImGui::AlignTextToFramePadding();
    widgets::text(fonts().body, color, text);
}

}

std::string save_indicator_text(const ViewContext& context)
{
    if (context.read_only)
        return "Read-only: Turnabout is open in another tab";
    // Changes Storage refused are not saved, whatever the platform's last sync said.
    if (context.store.has_unwritten())
        return "Save failed";
    switch (context.save.state()) {
    case SaveState::Saving: return "Saving\xE2\x80\xA6";
    case SaveState::Failed: return "Save failed";
    case SaveState::Saved: break;
    }
    return "Saved";
}

void top_bar(const ViewContext& context, const ProgramId& shown, const CurrentUser& user, PersonPickerUi& picker,
    WizardUi& wizard, ActionQueue& actions)
{
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + TOP_BAR_HEIGHT), theme::CARD);
    draw->AddLine(ImVec2(origin.x, origin.y + TOP_BAR_HEIGHT - 1), ImVec2(origin.x + width, origin.y + TOP_BAR_HEIGHT - 1), theme::BORDER);

    const float margin = theme::PAGE_MARGIN * 0.75f;
    const float row_y = origin.y + (TOP_BAR_HEIGHT - ImGui::GetFrameHeight()) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + margin, row_y));
    // The brand doubles as the way back to all programs.
    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::ACCENT);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    if (ImGui::Button("Turnabout##home"))
        actions.push(ShowScreenAction{{}, Screen::Directory});
    ImGui::PopStyleColor(3);
    ImGui::PopFont();
    ImGui::SameLine(0, 16);
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, row_y));
    program_switcher(context, shown, wizard, actions);
    if (!shown.empty()) {
        ImGui::SameLine(0, 12);
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, row_y));
        who_menu(context, shown, user, picker, actions);
    }

    // Right-aligned: save indicator, then the file actions.
    const char* open_label = "Open a program file";
    const char* share_label = "Share program";
    const float buttons = widgets::button_width(open_label) + widgets::button_width(share_label) + ImGui::GetStyle().ItemSpacing.x;
    const std::string status = save_indicator_text(context);
    const float status_width = ImGui::CalcTextSize(status.c_str()).x + 14;
    float x = origin.x + width - margin - buttons;
    ImGui::SetCursorScreenPos(ImVec2(x - status_width - 24, row_y));
    save_indicator(context);
    ImGui::SetCursorScreenPos(ImVec2(x, row_y));
    ImGui::BeginDisabled(context.read_only);
    if (widgets::secondary_button(open_label))
        actions.push(ChooseProgramFileAction{});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(shown.empty());
    // The same file as the Sharing screen's: the whole program, signed.
    if (widgets::secondary_button(share_label))
        actions.push(ShareProgramAction{shown});
    ImGui::EndDisabled();

    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + TOP_BAR_HEIGHT));
    ImGui::Dummy(ImVec2(width, 0));
}

}
