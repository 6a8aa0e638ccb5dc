#include "ui/people/person_dialog.h"

#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/participant_widgets.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace turnabout::ui {

void PersonDialogUi::open_for_add()
{
    *this = PersonDialogUi{};
    open = true;
    just_opened = true;
}

void PersonDialogUi::open_for_edit(const people::Person& person)
{
    *this = PersonDialogUi{};
    open = true;
    just_opened = true;
    editing = person.id;
    fields = person.details;
}

namespace {

// The roles in the program's own words ("Guide", "Learner", "Guide and learner").
void role_choice(people::Role& role, const program::Program* program)
{
    widgets::text(fonts().strong, theme::TEXT, "Role");
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    const people::Role roles[] = {people::Role::Mentor, people::Role::Mentee, people::Role::Both};

    // Radio circles sized to the text, not to a field's padding.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            ImGui::SameLine(0, 18);
        if (ImGui::RadioButton(role_term(program, roles[i]).c_str(), role == roles[i]))
            role = roles[i];
    }
    ImGui::PopStyleVar();
}

const program::Program* program_of(const ViewContext& context, const ProgramId& program)
{
    const ProgramState* state = context.store.program(program);
    return state && state->program ? &*state->program : nullptr;
}

}

void person_dialog(const ViewContext& context, const ProgramId& program, PersonDialogUi& ui, ActionQueue& actions)
{
    const bool adding = ui.editing.empty();
    if (!begin_dialog(adding ? "Add person###person_dialog" : "Edit person###person_dialog", ui.open, 640))
        return;

    widgets::text(fonts().heading, theme::TEXT, adding ? "Add person" : "Edit person");
    widgets::gap(8);

    const float spacing = ImGui::GetStyle().ItemSpacing.x + 8;
    const float column = (ImGui::GetContentRegionAvail().x - spacing) * 0.5f;
    const float left = ImGui::GetCursorPosX();
    people::PersonDetails& f = ui.fields;

    if (ui.just_opened) {
        ImGui::SetKeyboardFocusHere(0);
        ui.just_opened = false;
    }
    two_columns(column, spacing, [&] { widgets::text_field("Name", "##name", f.name, column, "Full name"); },
        [&] { widgets::text_field("Email", "##email", f.email, column, "name@example.org"); });
    widgets::gap(2);
    two_columns(column, spacing, [&] { widgets::text_field("Job title", "##job_title", f.job_title, column); },
        [&] { widgets::text_field("Department", "##department", f.department, column); });
    widgets::gap(2);
    two_columns(column, spacing, [&] { level_combo("##level", f.level, column); }, [&] { role_choice(f.role, program_of(context, program)); });

    const float width = column * 2 + spacing;
    if (!ui.error.empty()) {
        widgets::gap(6);
        widgets::message_box(widgets::Tone::Error, ui.error, width);
    }
    widgets::gap(12);

    const char* submit = adding ? "Add person##submit" : "Save changes##submit";
    ImGui::SetCursorPosX(left);
    auto [cancel, submitted] = cancel_confirm_row("Cancel", submit, ConfirmStyle::Primary, context.read_only, width, false);
    // Enter and Escape answer the dialog only when its level list is not open on top.
    const bool focused = ImGui::IsWindowFocused();
    if (focused && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) && !context.read_only)
        submitted = true;
    if (focused && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        cancel = true;

    if (cancel) {
        ui.open = false;
    } else if (submitted) {
        if (adding)
            actions.push(AddPersonAction{program, f});
        else
            actions.push(UpdatePersonAction{program, ui.editing, f});
    }
    end_dialog();
}

}
