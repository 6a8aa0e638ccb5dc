#include "ui/program/setup_editors.h"

#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/program/settings_text.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>

namespace turnabout::ui {

namespace {

void label(std::string_view text) { widgets::text(fonts().strong, theme::TEXT, text); }

void hint(std::string_view text)
{
    ImGui::PushFont(fonts().small);
    widgets::wrapped(text, theme::MUTED);
    ImGui::PopFont();
}

void field_problem(const std::string& problem)
{
    if (problem.empty())
        return;
    ImGui::PushFont(fonts().small);
    widgets::wrapped(problem, theme::DANGER);
    ImGui::PopFont();
}

bool limit_field(const char* text, const char* id, int& value, int max)
{
    label(text);
    ImGui::SetNextItemWidth(150);
    const bool changed = ImGui::InputInt(id, &value);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    widgets::muted("1 to " + std::to_string(max));
    return changed;
}

constexpr program::ProgramType PROGRAM_TYPES[] = {program::ProgramType::Mentorship, program::ProgramType::ReverseMentorship,
    program::ProgramType::ColleagueConnect, program::ProgramType::Group};
constexpr program::MatchingProcess PROCESSES[] = {program::MatchingProcess::AdminLed, program::MatchingProcess::UserLed,
    program::MatchingProcess::UserLedWithApproval, program::MatchingProcess::AdminRouted};

}

void DateDraft::load(Date start, Date end)
{
    start_text = format_iso_date(start);
    end_text = format_iso_date(end);
    end_typed = end != add_years(start, 1);
}

bool DateDraft::store(program::Basics& basics, std::string& problem) const
{
    problem = date_problem("Start date", start_text);
    if (problem.empty())
        problem = date_problem("End date", end_text);
    if (!problem.empty())
        return false;
    basics.start = *parse_iso_date(start_text);
    basics.end = *parse_iso_date(end_text);
    return true;
}

void basics_editor(program::Basics& b, DateDraft& dates, float width)
{
    widgets::text_field("Program name", "##program_name", b.name, width, "e.g. Engineering reverse mentoring 2027");
    widgets::gap(4);
    widgets::text_area("About", "##program_about", b.about, ImVec2(width, 96));
    hint("What the program is and what members are responsible for. People read it before they join.");
    widgets::gap(4);
    widgets::text_area("Purpose", "##program_purpose", b.purpose, ImVec2(width, 72));
    widgets::gap(4);

    label("Organisation goals");
    int remove = -1;
    const float remove_width = widgets::button_width("Remove");
    for (std::size_t i = 0; i < b.goals.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(width - remove_width - ImGui::GetStyle().ItemSpacing.x);
        ImGui::InputTextWithHint("##goal", "A goal, in one line", &b.goals[i]);
        ImGui::SameLine();
        if (widgets::secondary_button("Remove##goal", ImVec2(remove_width, 0)))
            remove = static_cast<int>(i);
        ImGui::PopID();
    }
    if (remove >= 0)
        b.goals.erase(b.goals.begin() + remove);
    if (b.goals.size() < program::MAX_GOALS && widgets::secondary_button("Add goal"))
        b.goals.emplace_back();
    widgets::gap(6);

    const float half = (width - 24) * 0.5f;
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    if (widgets::text_field("Start date", "##start_date", dates.start_text, half, "YYYY-MM-DD") && !dates.end_typed) {
        if (auto start = parse_iso_date(dates.start_text))
            dates.end_text = format_iso_date(add_years(*start, 1));
    }
    if (!dates.start_text.empty())
        field_problem(date_problem("Start date", dates.start_text));
    ImGui::EndGroup();
    const float left_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(left + half + 24, top));
    ImGui::BeginGroup();
    if (widgets::text_field("End date", "##end_date", dates.end_text, half, "YYYY-MM-DD"))
        dates.end_typed = true;
    if (!dates.end_text.empty())
        field_problem(date_problem("End date", dates.end_text));
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(left, std::max(left_bottom, ImGui::GetCursorPosY())));
    {
        auto start = parse_iso_date(dates.start_text);
        auto end = parse_iso_date(dates.end_text);
        if (start && end && *end > *start)
            hint("Runs " + timeframe_text(*start, *end) + ".");
        else if (!dates.end_typed)
            hint("The end follows the start by one year until you change it.");
    }
    widgets::gap(4);
    widgets::text_field("Support contact", "##support_contact", b.support_contact, width, "Who members ask, e.g. mentoring@example.org");
}

bool type_choice(program::ProgramType& type, float width)
{
    bool changed = false;
    for (program::ProgramType candidate : PROGRAM_TYPES) {
        ImGui::PushID(static_cast<int>(candidate));
        const bool chosen = candidate == type;
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const ImVec2 max(min.x + width, min.y + 74);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(min, max, chosen ? IM_COL32(234, 242, 248, 255) : theme::CARD, 10);
        draw->AddRect(min, max, chosen ? ImGui::ColorConvertFloat4ToU32(theme::ACCENT) : theme::BORDER, 10, 0, chosen ? 2.0f : 1.0f);
        ImGui::SetCursorScreenPos(ImVec2(min.x + 16, min.y + 14));
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
        ImGui::PushFont(fonts().strong);
        const std::string text(program::program_type_label(candidate));
        if (ImGui::RadioButton(text.c_str(), chosen) && !chosen) {
            type = candidate;
            changed = true;
        }
        ImGui::PopFont();
        ImGui::PopStyleVar();
        ImGui::SetCursorScreenPos(ImVec2(min.x + 46, ImGui::GetCursorScreenPos().y - 6));
        widgets::muted(type_explanation(candidate));
        ImGui::SetCursorScreenPos(ImVec2(min.x, max.y + 10));
        ImGui::Dummy(ImVec2(width, 0));
        ImGui::PopID();
    }
    return changed;
}

void match_type_editor(program::MatchType& m, program::ProgramType type, const program::Terminology& terms, float width)
{
    const float third = (width - 2 * 18) / 3.0f;
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    widgets::text_field("Match type name", "##match_type_name", m.name, third);
    ImGui::SetCursorPos(ImVec2(left + third + 18, top));
    ImGui::BeginGroup();
    widgets::text_field((capitalize(term(terms, Word::Mentor)) + " label").c_str(), "##mentor_label", m.mentor_label, third);
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(left + 2 * (third + 18), top));
    ImGui::BeginGroup();
    widgets::text_field((capitalize(term(terms, Word::Mentee)) + " label").c_str(), "##mentee_label", m.mentee_label, third);
    ImGui::EndGroup();
    widgets::gap(6);

    label("Matching process");
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
    for (program::MatchingProcess process : PROCESSES) {
        ImGui::PushID(static_cast<int>(process));
        const std::string text(program::matching_process_label(process));
        if (ImGui::RadioButton(text.c_str(), m.process == process))
            m.process = process;
        ImGui::SameLine(0, 0);
        ImGui::SetCursorPosX(left + 236);
        ImGui::PushTextWrapPos(left + width);
        widgets::muted(process_explanation(process, terms));
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
    widgets::gap(6);

    label("Who can send requests");
    bool always = true;
    ImGui::BeginDisabled();
    ImGui::Checkbox((mentees_request_label(terms) + "###mentees_request").c_str(), &always);
    ImGui::EndDisabled();
    ImGui::SameLine();
    widgets::muted("Always on.");
    const bool offered = program::offers_reverse_requests(type);
    ImGui::BeginDisabled(!offered);
    ImGui::Checkbox((mentors_request_label(terms) + "###mentors_request").c_str(), &m.mentors_can_request_mentees);
    ImGui::EndDisabled();
    ImGui::PopStyleVar();
    if (!offered) {
        ImGui::PushTextWrapPos(left + width);
        ImGui::PushFont(fonts().small);
        widgets::wrapped("Not available: " + std::string(program::reverse_requests_unavailable_reason(type)), theme::WARNING);
        ImGui::PopFont();
        ImGui::PopTextWrapPos();
    }
    widgets::gap(6);

    const float column = (width - 2 * 18) / 3.0f;
    const float limits_top = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    limit_field("Pending requests per person", "##pending_requests", m.limits.pending_requests_per_person, program::MAX_PENDING_REQUESTS);
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(left + column + 18, limits_top));
    ImGui::BeginGroup();
    limit_field((capitalize(term(terms, Word::Mentee, Plural::Many)) + " per " + term(terms, Word::Mentor)).c_str(), "##mentees_per_mentor",
        m.limits.mentees_per_mentor, program::MAX_MENTEES_PER_MENTOR);
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(left + 2 * (column + 18), limits_top));
    ImGui::BeginGroup();
    limit_field((capitalize(term(terms, Word::Mentor, Plural::Many)) + " per " + term(terms, Word::Mentee)).c_str(), "##mentors_per_mentee",
        m.limits.mentors_per_mentee, program::MAX_MENTORS_PER_MENTEE);
    ImGui::EndGroup();
}

void registration_editor(program::RegistrationSettings& r, const program::Terminology& terms)
{
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
    ImGui::Checkbox("Approval required##approval_required", &r.approval_required);
    ImGui::PopStyleVar();
    hint(r.approval_required ? "Registrations wait in your approvals queue until you approve or decline them."
                             : "People take part as soon as they register.");
    widgets::gap(6);
    label("Who may join, and as what");
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
    const std::string mentor = capitalize(term(terms, Word::Mentor, Plural::Many));
    const std::string mentee = capitalize(term(terms, Word::Mentee, Plural::Many));
    ImGui::Checkbox((mentor + "###mentors_may_join").c_str(), &r.mentors_may_join);
    ImGui::SameLine(0, 24);
    ImGui::Checkbox((mentee + "###mentees_may_join").c_str(), &r.mentees_may_join);
    ImGui::SameLine(0, 24);
    ImGui::Checkbox(("Both " + term(terms, Word::Mentor) + " and " + term(terms, Word::Mentee) + "###both_may_join").c_str(), &r.both_may_join);
    ImGui::PopStyleVar();
}

void terminology_editor(program::Terminology& t, float width)
{
    hint("The words the whole app uses for this program's roles, in lower case; Turnabout capitalises them where a sentence starts.");
    widgets::gap(4);
    const float half = (width - 24) * 0.5f;
    const struct {
        const char* one_label;
        const char* one_id;
        std::string* one;
        const char* many_label;
        const char* many_id;
        std::string* many;
    } rows[] = {
        {"Word for mentor", "##term_mentor", &t.mentor, "Plural", "##term_mentors", &t.mentors},
        {"Word for mentee", "##term_mentee", &t.mentee, "Plural", "##term_mentees", &t.mentees},
        {"Word for connection", "##term_connection", &t.connection, "Plural", "##term_connections", &t.connections},
    };
    for (const auto& row : rows) {
        const float left = ImGui::GetCursorPosX();
        const float top = ImGui::GetCursorPosY();
        widgets::text_field(row.one_label, row.one_id, *row.one, half);
        ImGui::SetCursorPos(ImVec2(left + half + 24, top));
        ImGui::BeginGroup();
        widgets::text_field(row.many_label, row.many_id, *row.many, half);
        ImGui::EndGroup();
    }
}

program::MatchType next_match_type(program::ProgramType type, program::MatchTypeId id, const std::vector<program::MatchType>& existing)
{
    program::MatchType m = program::default_match_type(type, std::move(id));
    const std::string base = m.name;
    for (int n = 2; n < 100; ++n) {
        const bool taken = std::any_of(existing.begin(), existing.end(), [&](const program::MatchType& other) { return other.name == m.name; });
        if (!taken)
            break;
        m.name = base + " " + std::to_string(n);
    }
    return m;
}

}
