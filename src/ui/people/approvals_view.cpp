#include "ui/people/approvals_view.h"

#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace turnabout::ui {

std::size_t awaiting_approval(const ProgramState& program)
{
    std::size_t count = 0;
    for (const auto& [id, person] : program.people)
        count += person.membership == people::Membership::AwaitingApproval ? 1 : 0;
    return count;
}

namespace {

std::string joined(const std::vector<std::string>& values)
{
    std::string out;
    for (const std::string& value : values) {
        if (value.empty())
            continue;
        out += (out.empty() ? "" : ", ") + value;
    }
    return out;
}

std::string details_line(const people::PersonDetails& d)
{
    std::string line = d.email;
    for (const std::string* part : {&d.job_title, &d.department}) {
        if (!part->empty())
            line += (line.empty() ? "" : "  \xC2\xB7  ") + *part;
    }
    if (d.level > 0)
        line += "  \xC2\xB7  " + std::string(people::level_name(d.level));
    return line;
}

void registration_card(const ViewContext& context, const ProgramState& program, const people::Person& person, ApprovalsUi& ui,
    ActionQueue& actions, float width)
{
    const program::Program* p = program.program ? &*program.program : nullptr;
    ImGui::PushID(person.id.value.c_str());
    widgets::begin_card(width);
    const float inner = width - 44;
    const float start_x = ImGui::GetCursorPosX();
    widgets::text(fonts().heading, theme::TEXT, person.details.name);
    const float buttons = widgets::button_width("Approve") + widgets::button_width("Decline") + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine();
    ImGui::SetCursorPosX(start_x + inner - buttons);
    ImGui::BeginDisabled(context.read_only);
    if (widgets::secondary_button("Decline")) {
        ui.decline_open = true;
        ui.declining = person.id;
        ui.declining_name = person.details.name;
        ui.reason.clear();
        ui.just_opened = true;
        ui.outcome = {};
    }
    ImGui::SameLine();
    if (widgets::primary_button("Approve")) {
        actions.push(RunCommandAction{program.program->id, std::nullopt, people::ApproveRegistration{person.id},
            "Approved " + person.details.name + ": they are now part of the program.", ResultTarget::Approvals, ui.approved.send(person.id)});
    }
    ImGui::EndDisabled();
    widgets::text(fonts().strong, theme::ACCENT, "Wants to join as " + role_term(p, person.details.role));
    widgets::muted(details_line(person.details));
    if (ui.approved.refused(ui.outcome, person.id))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, inner);

    bool any = false;
    for (const questionnaire::Question& question : program.questions) {
        auto it = person.answers.find(question.id);
        if (it == person.answers.end() || it->second.empty())
            continue;
        if (!any) {
            widgets::gap(6);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + inner, at.y), theme::BORDER);
            widgets::gap(4);
            any = true;
        }
        ImGui::PushID(question.id.value.c_str());
        ImGui::PushFont(fonts().small);
        widgets::muted(question.text);
        ImGui::PopFont();
        widgets::text(joined(it->second.values));
        ImGui::PopID();
    }
    if (!any)
        widgets::muted("No answers to the questionnaire.");
    widgets::end_card();
    ImGui::PopID();
}

}

void approvals_view(const ViewContext& context, const ProgramState& program, ApprovalsUi& ui, ActionQueue& actions)
{
    widgets::text(fonts().title, theme::TEXT, "Approvals");
    const std::size_t count = awaiting_approval(program);
    widgets::muted(count == 0 ? std::string("No one is waiting. New registrations appear here when approval is required.")
                              : std::to_string(count) + (count == 1 ? " registration waits" : " registrations wait")
                                  + " for you. Approve to let them take part, or decline with a reason they will read.");
    widgets::gap(10);
    const float width = ImGui::GetContentRegionAvail().x;
    for (const auto& [id, person] : program.people) {
        if (person.membership != people::Membership::AwaitingApproval)
            continue;
        registration_card(context, program, person, ui, actions, width);
        widgets::gap(6);
    }
}

void approvals_dialogs(const ViewContext& context, const ProgramState& program, ApprovalsUi& ui, ActionQueue& actions)
{
    if (ui.decline_open && ui.declined.succeeded(ui.outcome, ui.declining))
        ui.decline_open = false;
    if (!begin_dialog("Decline registration###decline_dialog", ui.decline_open, 560))
        return;
    widgets::text(fonts().heading, theme::TEXT, "Decline " + ui.declining_name + "?");
    widgets::wrapped(ui.declining_name + " will read your reason in their inbox. Say what they could do instead.", theme::MUTED);
    widgets::gap(6);
    const float width = ImGui::GetContentRegionAvail().x;
    if (ui.just_opened) {
        ImGui::SetKeyboardFocusHere(1);
        ui.just_opened = false;
    }
    widgets::text_area("Reason", "##decline_reason", ui.reason, ImVec2(width, 100));
    if (ui.declined.refused(ui.outcome, ui.declining)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    }
    widgets::gap(10);
    const char* confirm = "Decline registration##confirm";
    const auto [cancel, confirmed] = cancel_confirm_row("Cancel", confirm, ConfirmStyle::Danger, context.read_only, width);
    if (cancel) {
        ui.decline_open = false;
    } else if (confirmed && program.program) {
        actions.push(RunCommandAction{program.program->id, std::nullopt, people::DeclineRegistration{ui.declining, ui.reason},
            "Declined " + ui.declining_name + "'s registration; they will see your reason in their inbox.", ResultTarget::Approvals,
            ui.declined.send(ui.declining)});
    }
    end_dialog();
}

}
