#include "ui/program/program_home.h"

#include "ui/date_text.h"
#include "ui/directory_view.h"
#include "ui/fonts.h"
#include "ui/program/settings_text.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace turnabout::ui {

void section_heading(std::string_view title)
{
    widgets::gap(14);
    widgets::text(fonts().heading, theme::TEXT, title);
    widgets::gap(2);
}

namespace {

void paragraph(const std::string& text, const char* when_empty)
{
    if (text.empty())
        widgets::text(fonts().body, theme::MUTED, when_empty);
    else
        widgets::text(text);
}

void bullet_line(const std::string& text)
{
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + 5, at.y + line * 0.5f + 1), 3, ImGui::ColorConvertFloat4ToU32(theme::ACCENT));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 20);
    widgets::text(text);
}

}

void program_home(const ViewContext&, const ProgramId& id, const ProgramState& state, CurrentUser::Kind kind, ActionQueue& actions)
{
    if (!state.program) {
        widgets::text(fonts().title, theme::TEXT, "Program not complete yet");
        widgets::muted("This file holds changes to a program whose beginning is missing. Open an export that includes it.");
        return;
    }
    const program::Program& p = *state.program;
    const float width = ImGui::GetContentRegionAvail().x;
    const float start_x = ImGui::GetCursorPosX();
    const bool admin = kind == CurrentUser::Kind::Admin;
    const char* edit = "Edit settings";
    const float edit_width = admin ? widgets::button_width(edit) : 0;

    widgets::text(fonts().small, theme::ACCENT, program::program_type_label(p.type));
    ImGui::PushTextWrapPos(start_x + width - edit_width - 24);
    widgets::text(fonts().title, theme::TEXT, p.name);
    ImGui::PopTextWrapPos();
    const float after_title = ImGui::GetCursorPosY();
    if (admin) {
        ImGui::SameLine(start_x + width - edit_width);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4);
        if (widgets::secondary_button(edit))
            actions.push(ShowScreenAction{id, Screen::Settings});
        ImGui::SetCursorPosY(std::max(after_title, ImGui::GetCursorPosY()));
    }
    widgets::muted(timeframe_text(p.start, p.end));

    const ProgramCounts counts = count_people(state);
    std::string facts = std::to_string(counts.members) + (counts.members == 1 ? " member" : " members") + " \xC2\xB7 "
        + count_of(&p, Word::Mentor, counts.mentors) + " \xC2\xB7 " + count_of(&p, Word::Mentee, counts.mentees);
    if (admin && counts.awaiting > 0)
        facts += " \xC2\xB7 " + std::to_string(counts.awaiting) + " awaiting approval";
    widgets::muted(facts);

    ImGui::PushTextWrapPos(start_x + std::min(width, 780.0f));
    section_heading("About");
    paragraph(p.description, "No description yet.");
    section_heading("Purpose");
    paragraph(p.purpose, "No purpose written yet.");
    section_heading("Goals");
    if (p.goals.empty())
        widgets::text(fonts().body, theme::MUTED, "No goals written yet.");
    for (std::size_t i = 0; i < p.goals.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        bullet_line(p.goals[i]);
        ImGui::PopID();
    }
    section_heading("Timeframe");
    widgets::text(timeframe_text(p.start, p.end));
    section_heading("How people are matched");
    for (const program::MatchType& m : p.match_types) {
        ImGui::PushID(m.id.value.c_str());
        widgets::text(fonts().strong, theme::TEXT, m.name);
        widgets::muted(capitalize(term(p, Word::Mentor)) + ": " + m.mentor_label + "  \xC2\xB7  " + capitalize(term(p, Word::Mentee)) + ": " + m.mentee_label);
        widgets::muted(match_type_summary(m, p.terminology));
        widgets::text(process_explanation(m.process, p.terminology));
        widgets::gap(6);
        ImGui::PopID();
    }
    section_heading("Questions and support");
    paragraph(p.support_contact, "No support contact given.");
    ImGui::PopTextWrapPos();
    widgets::gap(24);
}

}
