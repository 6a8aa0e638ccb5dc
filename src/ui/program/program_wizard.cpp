#include "ui/program/program_wizard.h"


#include "core/domain/program/program_rules.h"
#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/program/program_home.h"
#include "ui/program/settings_text.h"
#include "ui/program/setup_editors.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>

namespace turnabout::ui {

void WizardUi::open_new(Date today)
{
    *this = WizardUi{};
    open = true;
    just_opened = true;
    setup.basics.start = today;
    setup.basics.end = add_years(today, 1);
    start_text = format_iso_date(today);
    end_text = format_iso_date(setup.basics.end);
    setup.match_types.push_back(program::default_match_type(program::ProgramType::Mentorship, program::FIRST_MATCH_TYPE));
}

namespace {

const char* const STEP_NAMES[WIZARD_STEPS] = {"Basics", "Program type", "Matching", "Registration", "Review"};

int index_of(WizardStep step) { return static_cast<int>(step); }

void step_indicator(WizardUi& ui, float width)
{
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float slot = width / WIZARD_STEPS;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int current = index_of(ui.step);
    const ImU32 accent = ImGui::ColorConvertFloat4ToU32(theme::ACCENT);
    for (int i = 0; i < WIZARD_STEPS; ++i) {
        const ImVec2 centre(origin.x + slot * (i + 0.5f), origin.y + 16);
        if (i + 1 < WIZARD_STEPS)
            draw->AddLine(ImVec2(centre.x + 20, centre.y), ImVec2(centre.x + slot - 20, centre.y), i < current ? accent : theme::BORDER, 2);
        const bool done = i < current;
        const bool here = i == current;
        draw->AddCircleFilled(centre, 15, here || done ? accent : theme::CARD);
        draw->AddCircle(centre, 15, here || done ? accent : theme::BORDER, 0, 2);
        const std::string number = done ? "\xE2\x9C\x93" : std::to_string(i + 1);
        ImGui::PushFont(fonts().strong);
        const ImVec2 number_size = ImGui::CalcTextSize(number.c_str());
        draw->AddText(ImVec2(centre.x - number_size.x * 0.5f, centre.y - number_size.y * 0.5f),
            here || done ? IM_COL32(255, 255, 255, 255) : ImGui::ColorConvertFloat4ToU32(theme::MUTED), number.c_str());
        ImGui::PopFont();
        // The name under the circle; earlier steps can be revisited by clicking it.
        ImGui::PushFont(here ? fonts().strong : fonts().small);
        const ImVec2 name_size = ImGui::CalcTextSize(STEP_NAMES[i]);
        ImGui::SetCursorScreenPos(ImVec2(centre.x - name_size.x * 0.5f, origin.y + 36));
        widgets::text(here ? fonts().strong : fonts().small, here ? theme::ACCENT : theme::MUTED, STEP_NAMES[i]);
        ImGui::PopFont();
        if (done) {
            ImGui::SetCursorScreenPos(ImVec2(centre.x - slot * 0.5f, origin.y));
            ImGui::PushID(i);
            if (ImGui::InvisibleButton("##step", ImVec2(slot, 56)))
                ui.step = static_cast<WizardStep>(i);
            if (ImGui::IsItemHovered())
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::PopID();
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + 64));
    ImGui::Dummy(ImVec2(width, 0));
}

void step_title(std::string_view title, std::string_view subtitle)
{
    widgets::text(fonts().heading, theme::TEXT, title);
    widgets::wrapped(subtitle, theme::MUTED);
    widgets::gap(10);
}

// A type change brings the first match type along while it is still the old type's
// default, and drops what the new type does not offer.
void change_type(WizardUi& ui, program::ProgramType from, program::ProgramType to)
{
    auto& types = ui.setup.match_types;
    if (types.size() == 1 && types.front() == program::default_match_type(from, types.front().id))
        types.front() = program::default_match_type(to, types.front().id);
    if (!program::offers_reverse_requests(to)) {
        for (auto& m : types)
            m.mentors_can_request_mentees = false;
    }
}

void use_reverse_template(WizardUi& ui)
{
    const Date start = ui.date_draft_start();
    program::Setup filled = program::reverse_mentoring_template(start, ui.setup.match_types.front().id);
    if (!ui.setup.basics.name.empty())
        filled.basics.name = ui.setup.basics.name;
    if (!ui.setup.basics.support_contact.empty())
        filled.basics.support_contact = ui.setup.basics.support_contact;
    filled.match_types.insert(filled.match_types.end(), ui.setup.match_types.begin() + 1, ui.setup.match_types.end());
    filled.registration = ui.setup.registration;
    filled.terminology = ui.setup.terminology;
    ui.setup = filled;
    ui.start_text = format_iso_date(filled.basics.start);
    ui.end_text = format_iso_date(filled.basics.end);
    ui.end_typed = false;
    ui.template_applied = true;
}

void basics_step(WizardUi& ui, float width)
{
    step_title("The basics", "What the program is called, what it is for and when it runs. Everything can be changed later in Settings.");
    DateDraft dates{ui.start_text, ui.end_text, ui.end_typed};
    basics_editor(ui.setup.basics, dates, width);
    ui.start_text = dates.start_text;
    ui.end_text = dates.end_text;
    ui.end_typed = dates.end_typed;
}

void type_step(WizardUi& ui, float width)
{
    step_title("Program type", "How people pair up. The type decides which requests are possible.");
    const program::ProgramType before = ui.setup.type;
    if (type_choice(ui.setup.type, width))
        change_type(ui, before, ui.setup.type);
    if (ui.setup.type == program::ProgramType::ReverseMentorship) {
        widgets::gap(4);
        if (ui.template_applied) {
            widgets::message_box(widgets::Tone::Success,
                "The reverse-mentoring template filled in the About text, purpose, four goals, a one-year timeframe and the match type. Review them in Basics and Matching.", width);
        } else {
            widgets::message_box(widgets::Tone::Info,
                "Start from the reverse-mentoring template: its About text, purpose, goals and one-year timeframe (your name and support contact stay).", width);
            widgets::gap(4);
            if (widgets::primary_button("Use the reverse-mentoring template"))
                use_reverse_template(ui);
        }
    }
}

void matching_step(const ViewContext& context, WizardUi& ui, float width)
{
    step_title("Matching", "Each match type has its own name, labels, matching process and limits. Most programs need one.");
    auto& types = ui.setup.match_types;
    int remove = -1;
    for (std::size_t i = 0; i < types.size(); ++i) {
        ImGui::PushID(types[i].id.value.c_str());
        if (i > 0) {
            widgets::gap(8);
            ImGui::Separator();
            widgets::gap(8);
        }
        const float start_x = ImGui::GetCursorPosX();
        widgets::text(fonts().strong, theme::ACCENT, "Match type " + std::to_string(i + 1));
        if (types.size() > 1) {
            ImGui::SameLine();
    ImGui::SetCursorPosX(start_x + width - widgets::button_width("Remove match type"));
            if (widgets::secondary_button("Remove match type"))
                remove = static_cast<int>(i);
        }
        match_type_editor(types[i], ui.setup.type, ui.setup.terminology, width);
        ImGui::PopID();
    }
    if (remove > 0 || (remove == 0 && types.size() > 1))
        types.erase(types.begin() + remove);
    widgets::gap(8);
    if (types.size() < program::MAX_MATCH_TYPES && widgets::secondary_button("Add match type"))
        types.push_back(next_match_type(ui.setup.type, context.store.new_match_type_id(), types));
}

void registration_step(WizardUi& ui, float width)
{
    step_title("Registration and words", "Who may join and whether you approve them first; and what this program calls its roles.");
    registration_editor(ui.setup.registration, ui.setup.terminology);
    section_heading("Terminology");
    terminology_editor(ui.setup.terminology, width);
}

bool review_header(WizardUi& ui, const char* title, WizardStep step, float width)
{
    section_heading(title);
    ImGui::SameLine(width - widgets::button_width("Edit"));
    ImGui::PushID(index_of(step));
    const bool clicked = widgets::secondary_button("Edit##review");
    ImGui::PopID();
    if (clicked)
        ui.step = step;
    return clicked;
}

void review_step(WizardUi& ui, float width)
{
    step_title("Review", "Everything on one page. Create the program when it reads right; every setting can still be changed later.");
    const program::Setup& s = ui.setup;
    const program::Terminology& t = s.terminology;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    review_header(ui, "Basics", WizardStep::Basics, width);
    widgets::text(fonts().strong, theme::TEXT, s.basics.name.empty() ? std::string("(no name yet)") : s.basics.name);
    if (!s.basics.about.empty())
        widgets::text(s.basics.about);
    if (!s.basics.purpose.empty())
        widgets::muted("Purpose: " + s.basics.purpose);
    for (std::size_t i = 0; i < s.basics.goals.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        widgets::text("\xE2\x80\xA2 " + s.basics.goals[i]);
        ImGui::PopID();
    }
    if (auto start = parse_iso_date(ui.start_text), end = parse_iso_date(ui.end_text); start && end)
        widgets::text("Timeframe: " + timeframe_text(*start, *end));
    widgets::muted("Support: " + (s.basics.support_contact.empty() ? std::string("not given") : s.basics.support_contact));

    review_header(ui, "Program type", WizardStep::Type, width);
    widgets::text(program::program_type_label(s.type));

    review_header(ui, "Matching", WizardStep::Matching, width);
    for (const program::MatchType& m : s.match_types) {
        ImGui::PushID(m.id.value.c_str());
        widgets::text(fonts().strong, theme::TEXT, m.name + ": " + m.mentor_label + " and " + m.mentee_label);
        widgets::muted(match_type_summary(m, t));
        ImGui::PopID();
    }

    review_header(ui, "Registration and words", WizardStep::Registration, width);
    const auto& r = s.registration;
    widgets::text(r.approval_required ? "You approve each registration." : "People take part as soon as they register.");
    std::string roles;
    auto add_role = [&](bool allowed, const std::string& name) {
        if (allowed)
            roles += (roles.empty() ? "" : ", ") + name;
    };
    add_role(r.mentors_may_join, term(t, Word::Mentor, Plural::Many));
    add_role(r.mentees_may_join, term(t, Word::Mentee, Plural::Many));
    add_role(r.both_may_join, "both");
    widgets::text("May join as: " + (roles.empty() ? std::string("nobody") : roles));
    widgets::text("Words: " + t.mentor + " / " + t.mentors + ", " + t.mentee + " / " + t.mentees + ", " + t.connection + " / " + t.connections);
    widgets::muted("The registration questionnaire starts as the reverse-mentoring template's; edit it after creating the program.");
    ImGui::PopTextWrapPos();
}

}

Date WizardUi::date_draft_start() const
{
    auto start = parse_iso_date(start_text);
    return start ? *start : setup.basics.start;
}

void wizard_view(const ViewContext& context, WizardUi& ui, ActionQueue& actions)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(860.0f, viewport->Size.x - 2 * theme::PAGE_MARGIN);
    const float left = (viewport->Size.x - width) * 0.5f;
    ImGui::SetCursorPos(ImVec2(left, 24));
    widgets::text(fonts().title, theme::TEXT, "Create a program");
    ImGui::SameLine(left + width - widgets::button_width("Cancel##wizard"));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8);
    if (widgets::secondary_button("Cancel##wizard"))
        ui.open = false;
    ImGui::SetCursorPosX(left);
    step_indicator(ui, width);

    const float footer = 76;
    const float body_top = ImGui::GetCursorPosY() + 4;
    ImGui::SetCursorPos(ImVec2(left, body_top));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(32, 26));
    ImGui::BeginChild("wizard_step", ImVec2(width, std::max(200.0f, viewport->Size.y - body_top - footer)), true,
        ImGuiWindowFlags_AlwaysUseWindowPadding);
    const float inner = ImGui::GetContentRegionAvail().x;
    if (ui.just_opened && ui.step == WizardStep::Basics) {
        ImGui::SetKeyboardFocusHere(0);
        ui.just_opened = false;
    }
    switch (ui.step) {
    case WizardStep::Basics: basics_step(ui, inner); break;
    case WizardStep::Type: type_step(ui, inner); break;
    case WizardStep::Matching: matching_step(context, ui, inner); break;
    case WizardStep::Registration: registration_step(ui, inner); break;
    case WizardStep::Review: review_step(ui, inner); break;
    }
    if (!ui.step_error.empty()) {
        widgets::gap(8);
        widgets::message_box(widgets::Tone::Error, ui.step_error, inner);
    }
    if (ui.step == WizardStep::Review && !ui.error.empty()) {
        widgets::gap(8);
        widgets::message_box(widgets::Tone::Error, "The program was not created: " + ui.error, inner);
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();

    // Footer: Back on the left, Next or Create on the right.
    ImGui::SetCursorPos(ImVec2(left, viewport->Size.y - footer + 16));
    const int step = index_of(ui.step);
    ImGui::BeginDisabled(step == 0);
    const bool back = widgets::secondary_button("Back", ImVec2(120, 44));
    ImGui::EndDisabled();
    const bool last = ui.step == WizardStep::Review;
    const char* next_label = last ? "Create program" : "Next";
    const float next_width = std::max(140.0f, widgets::button_width(next_label));
    ImGui::SameLine(left + width - next_width);
    ImGui::BeginDisabled(last && context.read_only);
    const bool next = widgets::primary_button(next_label, ImVec2(next_width, 44));
    ImGui::EndDisabled();

    if (back && step > 0) {
        ui.step = static_cast<WizardStep>(step - 1);
        ui.step_error.clear();
    } else if (next) {
        if (ui.step == WizardStep::Basics) {
            DateDraft dates{ui.start_text, ui.end_text, ui.end_typed};
            if (!dates.store(ui.setup.basics, ui.step_error))
                return;
        }
        ui.step_error.clear();
        if (last) {
            ui.error.clear();
            actions.push(SetUpProgramAction{ui.setup});
        } else {
            ui.step = static_cast<WizardStep>(step + 1);
        }
    }
}

}
