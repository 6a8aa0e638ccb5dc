#include "ui/questionnaire/questionnaire_form.h"

#include "core/domain/questionnaire/questionnaire_rules.h"
#include "ui/fonts.h"
#include "ui/privacy/readers_note.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace turnabout::ui {

namespace {

using questionnaire::Question;
using questionnaire::QuestionType;

// One value for the types that take one: text, date, number, scale, single choice.
std::string& single_value(people::Answers& answers, const Question& q)
{
    auto& values = answers[q.id].values;
    if (values.empty())
        values.emplace_back();
    if (values.size() > 1)
        values.resize(1);
    return values.front();
}

int date_filter(ImGuiInputTextCallbackData* data)
{
    const ImWchar c = data->EventChar;
    return (c >= '0' && c <= '9') || c == '-' ? 0 : 1;
}

void question_label(const Question& q, bool flagged)
{
    ImGui::PushTextWrapPos(0.0f);
    widgets::text(fonts().strong, flagged ? theme::DANGER : theme::TEXT, q.text);
    ImGui::PopTextWrapPos();
    if (q.required) {
        // Beside the question when it fits on the line, so "required" reads as part of it.
        const float needed = ImGui::CalcTextSize("Required").x + 16;
        if (ImGui::GetItemRectMax().x + needed < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
            ImGui::SameLine(0, 10);
        widgets::text(fonts().small, theme::WARNING, "Required");
    }
    if (!q.help.empty()) {
        ImGui::PushFont(fonts().small);
        widgets::wrapped(q.help, theme::MUTED);
        ImGui::PopFont();
    }
    readers_line(q.readers);
}

bool choice_row(const Question& q, people::Answers& answers, float width)
{
    bool changed = false;
    const bool multiple = q.type == QuestionType::MultipleChoice;
    const float start_x = ImGui::GetCursorPosX();
    float x = 0;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        const std::string& option = q.options[i];
        const float item_width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(option.c_str()).x;
        if (i > 0 && x + 22 + item_width <= width) {
            ImGui::SameLine(start_x + x + 22);
            x += 22 + item_width;
        } else {
            ImGui::SetCursorPosX(start_x);
            x = item_width;
        }
        ImGui::PushID(static_cast<int>(i));
        // The option's text is the label a person clicks; ImGui shows labels verbatim.
        const std::string label = option + "##option";
        if (multiple) {
            auto& values = answers[q.id].values;
            values.erase(std::remove(values.begin(), values.end(), std::string()), values.end());
            auto found = std::find(values.begin(), values.end(), option);
            bool on = found != values.end();
            if (ImGui::Checkbox(label.c_str(), &on)) {
                if (on)
                    values.push_back(option);
                else
                    values.erase(found);
                changed = true;
            }
        } else {
            std::string& value = single_value(answers, q);
            if (ImGui::RadioButton(label.c_str(), value == option)) {
                value = value == option ? std::string() : option;
                changed = true;
            }
        }
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
    return changed;
}

bool scale_row(const Question& q, people::Answers& answers)
{
    std::string& value = single_value(answers, q);
    bool changed = false;
    if (!q.options.empty()) {
        ImGui::AlignTextToFramePadding();
        widgets::muted(q.options.front());
        ImGui::SameLine(0, 14);
    }
    const float button = ImGui::GetFrameHeight() + 10;
    for (int n = q.scale_min; n <= q.scale_max; ++n) {
        const std::string label = std::to_string(n);
        const bool selected = value == label;
        ImGui::PushID(n);
        if (n > q.scale_min)
            ImGui::SameLine(0, 6);
        const bool pressed = selected ? widgets::primary_button(label.c_str(), ImVec2(button, 0))
                                      : widgets::secondary_button(label.c_str(), ImVec2(button, 0));
        if (pressed) {
            value = selected ? std::string() : label; // choosing it again clears an optional answer
            changed = true;
        }
        ImGui::PopID();
    }
    if (q.options.size() > 1) {
        ImGui::SameLine(0, 14);
        ImGui::AlignTextToFramePadding();
        widgets::muted(q.options.back());
    }
    return changed;
}

bool answer_widget(const Question& q, people::Answers& answers, float width)
{
    const std::string id = "##answer-" + q.id.value;
    switch (q.type) {
    case QuestionType::ShortText:
        ImGui::SetNextItemWidth(width);
        return ImGui::InputText(id.c_str(), &single_value(answers, q));
    case QuestionType::LongText:
        return ImGui::InputTextMultiline(id.c_str(), &single_value(answers, q), ImVec2(width, ImGui::GetTextLineHeight() * 3.4f + 16));
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        return choice_row(q, answers, width);
    case QuestionType::Scale:
        return scale_row(q, answers);
    case QuestionType::Date:
        ImGui::SetNextItemWidth(180);
        return ImGui::InputTextWithHint(id.c_str(), "YYYY-MM-DD", &single_value(answers, q), ImGuiInputTextFlags_CallbackCharFilter, date_filter);
    case QuestionType::Number:
        ImGui::SetNextItemWidth(180);
        return ImGui::InputTextWithHint(id.c_str(), "0", &single_value(answers, q), ImGuiInputTextFlags_CharsDecimal);
    }
    return false;
}

}

std::vector<const Question*> questions_for(const std::vector<Question>& questions, people::Role role)
{
    std::vector<const Question*> out;
    for (const Question& q : questions) {
        if (questionnaire::applies_to(q, role))
            out.push_back(&q);
    }
    return out;
}

std::vector<std::string> sections_of(const std::vector<const Question*>& questions)
{
    std::vector<std::string> out;
    for (const Question* q : questions) {
        if (std::find(out.begin(), out.end(), q->section) == out.end())
            out.push_back(q->section);
    }
    return out;
}

const Question* question_named_by(const std::vector<Question>& questions, std::string_view error)
{
    for (const Question& q : questions) {
        const std::string quoted = "\"" + q.text + "\"";
        if (error.substr(0, quoted.size()) == quoted)
            return &q;
    }
    return nullptr;
}

bool questionnaire_form(const std::vector<const Question*>& questions, people::Answers& answers, float width,
    const Question* flagged, std::string_view flag_message)
{
    bool changed = false;
    const std::string* section = nullptr;
    for (const Question* q : questions) {
        if (!section || *section != q->section) {
            if (section)
                widgets::gap(10);
            section = &q->section;
            if (!q->section.empty()) {
                widgets::text(fonts().heading, theme::TEXT, q->section);
                widgets::gap(2);
            }
        }
        ImGui::PushID(q->id.value.c_str());
        const bool is_flagged = q == flagged;
        question_label(*q, is_flagged);
        if (is_flagged)
            ImGui::PushStyleColor(ImGuiCol_Border, theme::DANGER);
        changed |= answer_widget(*q, answers, width);
        if (is_flagged) {
            ImGui::PopStyleColor();
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
            widgets::text(fonts().body, theme::DANGER, flag_message);
            ImGui::PopTextWrapPos();
        }
        widgets::gap(8);
        ImGui::PopID();
    }
    return changed;
}

}
