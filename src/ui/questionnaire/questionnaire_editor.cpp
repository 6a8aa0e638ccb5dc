#include "ui/questionnaire/questionnaire_editor.h"


#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/program/program_wizard.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace turnabout::ui {

namespace {

using questionnaire::Audience;
using questionnaire::Question;
using questionnaire::QuestionType;

constexpr QuestionType QUESTION_TYPES[] = {QuestionType::ShortText, QuestionType::LongText, QuestionType::SingleChoice,
    QuestionType::MultipleChoice, QuestionType::Scale, QuestionType::Date, QuestionType::Number};

bool is_choice(QuestionType type) { return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice; }

std::string audience_label(const program::Program* p, Audience audience)
{
    switch (audience) {
    case Audience::Everyone: return "Everyone";
    case Audience::Mentors: return capitalize(term(p, Word::Mentor, Plural::Many));
    case Audience::Mentees: return capitalize(term(p, Word::Mentee, Plural::Many));
    }
    return "Everyone";
}

std::string facts_line(const program::Program* p, const Question& q)
{
    std::string line(questionnaire::question_type_label(q.type));
    line += "  \xC2\xB7  " + std::string(q.required ? "Required" : "Optional");
    line += "  \xC2\xB7  For " + (q.audience == Audience::Everyone ? std::string("everyone") : term(p, q.audience == Audience::Mentors ? Word::Mentor : Word::Mentee, Plural::Many));
    if (q.matching_criterion)
        line += "  \xC2\xB7  Matching criterion";
    if (q.readers == privacy::Readers::PartnerAndAdmin)
        line += "  \xC2\xB7  Answers for the match partner and the admin";
    else if (q.readers == privacy::Readers::AdminOnly)
        line += "  \xC2\xB7  Answers for the admin only";
    if (q.type == QuestionType::Scale)
        line += "  \xC2\xB7  " + std::to_string(q.scale_min) + " to " + std::to_string(q.scale_max);
    return line;
}

std::string options_line(const Question& q)
{
    std::string line;
    for (const std::string& option : q.options)
        line += (line.empty() ? "" : " / ") + option;
    return line;
}

void open_dialog(QuestionnaireUi& ui, const Question& question, bool adding)
{
    ui.dialog_open = true;
    ui.adding = adding;
    ui.draft = question;
    ui.new_option.clear();
    ui.scale_low.clear();
    ui.scale_high.clear();
    if (question.type == QuestionType::Scale && question.options.size() == 2) {
        ui.scale_low = question.options[0];
        ui.scale_high = question.options[1];
    }
    ui.just_opened = true;
    ui.outcome = {};
}

void question_row(const ViewContext& context, const ProgramId& program, const program::Program* p, const Question& q, std::size_t index,
    std::size_t count, QuestionnaireUi& ui, ActionQueue& actions, float width)
{
    ImGui::PushID(q.id.value.c_str());
    widgets::begin_card(width, ImVec2(18, 14));
    const float inner = width - 36;
    const float start_x = ImGui::GetCursorPosX();
    const char* labels[] = {"Up", "Down", "Edit", "Remove"};
    float buttons = 0;
    for (const char* label : labels)
        buttons += widgets::button_width(label) + ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushTextWrapPos(start_x + inner - buttons - 12);
    if (!q.section.empty()) {
        ImGui::PushFont(fonts().small);
        widgets::text(fonts().small, theme::ACCENT, q.section);
        ImGui::PopFont();
    }
    widgets::text(fonts().strong, theme::TEXT, std::to_string(index + 1) + ". " + q.text);
    ImGui::PopTextWrapPos();
    const float after_text = ImGui::GetCursorPosY();
    ImGui::SameLine();
    ImGui::SetCursorPosX(start_x + inner - buttons + ImGui::GetStyle().ItemSpacing.x);
    ImGui::BeginDisabled(context.read_only);
    ImGui::BeginDisabled(index == 0);
    if (widgets::secondary_button("Up")) {
        actions.push(RunCommandAction{program, std::nullopt, questionnaire::MoveQuestion{q.id, index - 1}, "", ResultTarget::Questionnaire, ui.moved.send(q.id)});
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(index + 1 >= count);
    if (widgets::secondary_button("Down")) {
        actions.push(RunCommandAction{program, std::nullopt, questionnaire::MoveQuestion{q.id, index + 1}, "", ResultTarget::Questionnaire, ui.moved.send(q.id)});
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (widgets::secondary_button("Edit"))
        open_dialog(ui, q, false);
    ImGui::SameLine();
    if (widgets::secondary_button("Remove")) {
        ui.remove_open = true;
        ui.removing = q.id;
        ui.removing_text = q.text;
        ui.outcome = {};
    }
    ImGui::EndDisabled();
    ImGui::SetCursorPosY(std::max(after_text, ImGui::GetCursorPosY()));
    widgets::muted(facts_line(p, q));
    if (!q.options.empty())
        widgets::muted((q.type == QuestionType::Scale ? "Ends: " : "Choices: ") + options_line(q));
    if (ui.moved.refused(ui.outcome, q.id))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, inner);
    widgets::end_card();
    ImGui::PopID();
}

}

void questionnaire_editor(const ViewContext& context, const ProgramState& program, QuestionnaireUi& ui, ActionQueue& actions)
{
    if (!program.program)
        return;
    const program::Program* p = &*program.program;
    const float width = ImGui::GetContentRegionAvail().x;
    const float start_x = ImGui::GetCursorPosX();
    widgets::text(fonts().title, theme::TEXT, "Questionnaire");
    const float title_bottom = ImGui::GetCursorPosY();
    const char* add = "Add question";
    ImGui::SameLine();
    ImGui::SetCursorPosX(start_x + width - widgets::button_width(add));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    ImGui::BeginDisabled(context.read_only);
    if (widgets::primary_button(add)) {
        Question fresh;
        fresh.id = context.store.new_question_id();
        open_dialog(ui, fresh, true);
    }
    ImGui::EndDisabled();
    ImGui::SetCursorPosY(std::max(title_bottom, ImGui::GetCursorPosY()));
    widgets::muted(std::to_string(program.questions.size()) + " questions people answer when they join. Matching reads the ones marked as criteria.");
    widgets::gap(8);
    for (std::size_t i = 0; i < program.questions.size(); ++i) {
        question_row(context, program.program->id, p, program.questions[i], i, program.questions.size(), ui, actions, width);
        widgets::gap(2);
    }
}

namespace {

// The answer type and what it needs: the choices of a choice question, a scale's ends.
void answer_type_fields(Question& q, QuestionnaireUi& ui, float width)
{
    widgets::text(fonts().strong, theme::TEXT, "Answer type");
    ImGui::SetNextItemWidth(260);
    const ImGuiID combo_id = ImGui::GetID("##q_type");
    const std::string current(questionnaire::question_type_label(q.type));
    const bool open = ImGui::BeginCombo("##q_type", current.c_str());
    widgets::name_item(combo_id, "##q_type");
    if (open) {
        for (QuestionType type : QUESTION_TYPES) {
            const std::string label(questionnaire::question_type_label(type));
            ImGui::PushID(static_cast<int>(type));
            if (ImGui::Selectable(label.c_str(), type == q.type))
                q.type = type;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }

    if (is_choice(q.type)) {
        widgets::text(fonts().strong, theme::TEXT, "Choices");
        int remove = -1;
        const float remove_width = widgets::button_width("Remove");
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::SetNextItemWidth(width - remove_width - ImGui::GetStyle().ItemSpacing.x);
            ImGui::InputText("##option", &q.options[i]);
            ImGui::SameLine();
            if (widgets::secondary_button("Remove##option", ImVec2(remove_width, 0)))
                remove = static_cast<int>(i);
            ImGui::PopID();
        }
        if (remove >= 0)
            q.options.erase(q.options.begin() + remove);
        const float add_width = widgets::button_width("Add choice");
        ImGui::SetNextItemWidth(width - add_width - ImGui::GetStyle().ItemSpacing.x);
        const bool entered = ImGui::InputTextWithHint("##new_option", "A new choice", &ui.new_option, ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((widgets::secondary_button("Add choice", ImVec2(add_width, 0)) || entered) && !ui.new_option.empty()) {
            q.options.push_back(ui.new_option);
            ui.new_option.clear();
        }
    } else if (q.type == QuestionType::Scale) {
        widgets::text(fonts().strong, theme::TEXT, "Scale");
        ImGui::SetNextItemWidth(130);
        ImGui::InputInt("From##scale_min", &q.scale_min);
        ImGui::SameLine(0, 24);
        ImGui::SetNextItemWidth(130);
        ImGui::InputInt("To##scale_max", &q.scale_max);
        const float half = (width - 24) * 0.5f;
        ImGui::SetNextItemWidth(half);
        ImGui::InputTextWithHint("##scale_low", "Label of the low end, e.g. Not at all", &ui.scale_low);
        ImGui::SameLine(0, 24);
        ImGui::SetNextItemWidth(half);
        ImGui::InputTextWithHint("##scale_high", "Label of the high end, e.g. Very much", &ui.scale_high);
    }

}

void remove_question_dialog(const ViewContext& context, const ProgramId& id, QuestionnaireUi& ui, ActionQueue& actions)
{
    if (begin_dialog("Remove question###remove_question_dialog", ui.remove_open, 520)) {
        widgets::text(fonts().heading, theme::TEXT, "Remove this question?");
        widgets::wrapped("\xE2\x80\x9C" + ui.removing_text + "\xE2\x80\x9D will no longer be asked. Answers people already gave stay in their records.", theme::MUTED);
        const float width = ImGui::GetContentRegionAvail().x;
        if (ui.removed.refused(ui.outcome, ui.removing))
            widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
        widgets::gap(10);
        const char* confirm = "Remove question##confirm";
        const auto [cancel, confirmed] = cancel_confirm_row("Cancel", confirm, ConfirmStyle::Danger, context.read_only, width);
        if (cancel) {
            ui.remove_open = false;
        } else if (confirmed) {
            actions.push(RunCommandAction{id, std::nullopt, questionnaire::RemoveQuestion{ui.removing}, "Question removed.", ResultTarget::Questionnaire, ui.removed.send(ui.removing)});
        }
        end_dialog();
    }
}

}

void questionnaire_dialogs(const ViewContext& context, const ProgramState& program, QuestionnaireUi& ui, ActionQueue& actions)
{
    if (!program.program)
        return;
    const program::Program* p = &*program.program;
    const ProgramId id = program.program->id;
    if (ui.dialog_open && ui.saved.succeeded(ui.outcome, ui.draft.id))
        ui.dialog_open = false;
    if (ui.remove_open && ui.removed.succeeded(ui.outcome, ui.removing))
        ui.remove_open = false;

    if (begin_dialog(ui.adding ? "Add question###question_dialog" : "Edit question###question_dialog", ui.dialog_open, 680)) {
        Question& q = ui.draft;
        widgets::text(fonts().heading, theme::TEXT, ui.adding ? "Add question" : "Edit question");
        widgets::gap(4);
        const float width = ImGui::GetContentRegionAvail().x;
        if (ui.just_opened) {
            ImGui::SetKeyboardFocusHere(1);
            ui.just_opened = false;
        }
        widgets::text_field("Question", "##q_text", q.text, width, "What people are asked");
        widgets::text_field("Section", "##q_section", q.section, width, "e.g. About you");
        widgets::text_field("Help text", "##q_help", q.help, width, "Optional: a hint shown under the question");

        answer_type_fields(q, ui, width);

        widgets::gap(4);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
        ImGui::Checkbox("Required##q_required", &q.required);
        ImGui::SameLine(0, 28);
        ImGui::Checkbox("Matching criterion##q_criterion", &q.matching_criterion);
        widgets::text(fonts().strong, theme::TEXT, "Asked of");
        for (Audience audience : {Audience::Everyone, Audience::Mentors, Audience::Mentees}) {
            ImGui::PushID(static_cast<int>(audience));
            if (audience != Audience::Everyone)
                ImGui::SameLine(0, 24);
            if (ImGui::RadioButton((audience_label(p, audience) + "###audience").c_str(), q.audience == audience))
                q.audience = audience;
            ImGui::PopID();
        }
        widgets::text(fonts().strong, theme::TEXT, "Who reads the answers");
        for (privacy::Readers readers : {privacy::Readers::Everyone, privacy::Readers::PartnerAndAdmin, privacy::Readers::AdminOnly}) {
            ImGui::PushID(static_cast<int>(readers) + 10);
            if (readers != privacy::Readers::Everyone)
                ImGui::SameLine(0, 24);
            const char* label = readers == privacy::Readers::Everyone ? "Everyone in the program###readers" : readers == privacy::Readers::PartnerAndAdmin ? "The match partner and the admin###readers" : "Only the admin###readers";
            if (ImGui::RadioButton(label, q.readers == readers))
                q.readers = readers;
            ImGui::PopID();
        }
        ImGui::PopStyleVar();

        if (ui.saved.refused(ui.outcome, q.id)) {
            widgets::gap(4);
            widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
        }
        widgets::gap(10);
        const char* submit = ui.adding ? "Add question##submit" : "Save question##submit";
        const auto [cancel, submitted] = cancel_confirm_row("Cancel", submit, ConfirmStyle::Primary, context.read_only, width);
        if (cancel) {
            ui.dialog_open = false;
        } else if (submitted) {
            Question out = q;
            if (q.type == QuestionType::Scale)
                out.options = {ui.scale_low, ui.scale_high};
            else if (!is_choice(q.type))
                out.options.clear();
            Command command = ui.adding ? Command(questionnaire::AddQuestion{out}) : Command(questionnaire::UpdateQuestion{out});
            actions.push(RunCommandAction{id, std::nullopt, command, ui.adding ? "Question added." : "Question saved.", ResultTarget::Questionnaire, ui.saved.send(q.id)});
        }
        end_dialog();
    }

    remove_question_dialog(context, id, ui, actions);
}

}
