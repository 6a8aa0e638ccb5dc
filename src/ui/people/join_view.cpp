// Joining a program (seed 004: "Join Program", answer the registration questions,
// await approval): the role in the program's words, the person's details and the
// questionnaire for that role on one page; the core decides, and its refusal is shown
// beside the question it names. After submitting: awaiting approval, or welcome.
#include "ui/participant_views.h"

#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/participant_widgets.h"
#include "ui/privacy/private_text.h"
#include "ui/privacy/readers_note.h"
#include "ui/questionnaire/questionnaire_form.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

constexpr people::Role ROLES[] = {people::Role::Mentor, people::Role::Mentee, people::Role::Both};

bool role_open(const program::RegistrationSettings& r, people::Role role)
{
    return (role == people::Role::Mentor && r.mentors_may_join) || (role == people::Role::Mentee && r.mentees_may_join)
        || (role == people::Role::Both && r.both_may_join);
}

std::string role_description(const program::Program& p, people::Role role)
{
    const std::string mentor = term(p, Word::Mentor), mentee = term(p, Word::Mentee);
    switch (role) {
    case people::Role::Mentor: return "Share what you know with a " + mentee + ".";
    case people::Role::Mentee: return "Learn from a " + mentor + ".";
    case people::Role::Both: return "Take part on both sides: be a " + mentor + " and a " + mentee + ".";
    }
    return "";
}

void role_section(const program::Program& p, JoinUi& ui, float width)
{
    section_heading("Your role", width);
    bool any = false;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
    for (people::Role role : ROLES) {
        if (!role_open(p.registration, role))
            continue; // the core refuses closed roles anyway; offering them would only mislead
        any = true;
        const std::string label = role_term(&p, role);
        ImGui::PushID(static_cast<int>(role));
        if (ImGui::RadioButton(label.c_str(), ui.role_chosen && ui.role == role)) {
            ui.role_chosen = true;
            ui.role = role;
        }
        ImGui::SameLine(0, 14);
        widgets::muted(role_description(p, role));
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
    if (!any)
        widgets::message_box(widgets::Tone::Info, "This program is not taking new registrations at the moment.", width);
}

void details_section(const ProgramState& state, JoinUi& ui, float width)
{
    section_heading("About you", width);
    const float spacing = 20;
    const float column = (width - spacing) * 0.5f;
    people::PersonDetails& d = ui.details;
    two_columns(column, spacing, [&] { widgets::text_field("Name", "##join_name", d.name, column, "Full name"); readers_line(privacy::Readers::Everyone, true); },
        [&] { widgets::text_field("Email", "##join_email", d.email, column, "name@example.org"); readers_note(state, "email"); });
    two_columns(column, spacing, [&] { widgets::text_field("Job title", "##join_job_title", d.job_title, column); readers_note(state, "job_title"); },
        [&] { widgets::text_field("Department", "##join_department", d.department, column); readers_note(state, "department"); });
    ImGui::BeginGroup();
    level_combo("##join_level", d.level, column);
    readers_note(state, "level");
    ImGui::EndGroup();
}

void submitted_view(const ViewContext& context, const ProgramState& state, const people::Person& person, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    widgets::gap(24);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    const std::string first_name = person.details.name.substr(0, person.details.name.find(' '));
    switch (person.membership) {
    case people::Membership::AwaitingApproval:
        widgets::text(fonts().title, theme::TEXT, "Awaiting approval");
        widgets::gap(6);
        widgets::text(fonts().body, theme::TEXT,
            "Thank you, " + first_name + ". Your registration for " + p.name + " as a " + lower_first(role_term(&p, person.details.role))
                + " is with the program's admin.");
        widgets::muted("You will find their decision in your inbox. Meanwhile you can complete your profile: it is what your "
            + term(p, person.details.role == people::Role::Mentor ? Word::Mentee : Word::Mentor) + " will read about you.");
        break;
    case people::Membership::Active:
        widgets::text(fonts().title, theme::TEXT, "Welcome to " + p.name + ", " + first_name + "!");
        widgets::gap(6);
        widgets::text(fonts().body, theme::TEXT, "You are in the program as a " + lower_first(role_term(&p, person.details.role)) + ".");
        widgets::muted("Complete your profile next: skills, interests and availability help the right people find you.");
        break;
    case people::Membership::Declined:
        widgets::text(fonts().title, theme::TEXT, "Registration declined");
        widgets::gap(6);
        widgets::text(fonts().body, theme::TEXT, person.decline_reason.empty() ? "The program's admin gave no reason." : "The admin's reason: " + shown_private(context.store, person.decline_reason));
        break;
    }
    ImGui::PopTextWrapPos();
    widgets::gap(18);
    if (widgets::primary_button("Complete my profile"))
        actions.push(ShowScreenAction{p.id, Screen::Profile});
    ImGui::SameLine();
    if (widgets::secondary_button("Open my inbox"))
        actions.push(ShowScreenAction{p.id, Screen::Inbox});
    (void)context;
}

}

void JoinUi::start(const ProgramId& for_program)
{
    *this = JoinUi{};
    program = for_program;
}

namespace {

// The outcome of the last submission: recorded (the person now exists, and is the one
// using Turnabout) or refused with the core's reason.
void read_outcome(const ProgramId& program, JoinUi& ui, ActionQueue& actions)
{
    if (ui.submitted.pending()) {
        if (ui.outcome.succeeded(ui.submitted.ticket)) {
            ui.joined = ui.submitted.subject;
            ui.submitted.clear();
            CurrentUser user;
            user.kind = CurrentUser::Kind::Person;
            user.program = program;
            user.person = ui.joined;
            actions.push(SetCurrentUserAction{user, Screen::Join});
        } else if (ui.outcome.refused(ui.submitted.ticket)) {
            ui.error = ui.outcome.error;
            ui.submitted.clear();
        }
    }
}

}

void join_view(const ViewContext& context, const ProgramId& program, const CurrentUser& user, JoinUi& ui, ActionQueue& actions)
{
    const ProgramState* state = context.store.program(program);
    if (!state || !state->program)
        return;
    // The confirmation is for the person who just joined, while they are the one using
    // Turnabout: the next person at a shared browser starts a fresh form.
    if (!ui.joined.empty() && !ui.submitted.pending()
        && !(user.kind == CurrentUser::Kind::Person && user.person == ui.joined && user.program == program))
        ui.start(program);
    if (ui.program != program) {
        const CommandOutcome outcome = ui.outcome; // a result may arrive after switching
        ui.start(program);
        ui.outcome = outcome;
    }
    read_outcome(program, ui, actions);

    const program::Program& p = *state->program;
    const float width = std::min(760.0f, ImGui::GetContentRegionAvail().x);
    if (!ui.joined.empty()) {
        if (auto it = state->people.find(ui.joined); it != state->people.end()) {
            submitted_view(context, *state, it->second, actions, width);
            return;
        }
    }

    widgets::text(fonts().title, theme::TEXT, "Join " + p.name);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted(p.registration.approval_required
            ? "Tell the program who you are and answer its questions. The program's admin reviews each registration before you take part."
            : "Tell the program who you are and answer its questions. You take part as soon as you submit.");
    ImGui::PopTextWrapPos();
    widgets::gap(14);

    role_section(p, ui, width);
    widgets::gap(14);
    details_section(*state, ui, width);
    widgets::gap(14);

    const questionnaire::Question* flagged = question_named_by(state->questions, ui.error);
    if (ui.role_chosen) {
        const auto questions = questions_for(state->questions, ui.role);
        if (!questions.empty()) {
            section_heading("Registration questions", width);
            widgets::gap(4);
            if (questionnaire_form(questions, ui.answers, width, flagged, flagged ? ui.error : std::string_view{}) && flagged)
                ui.error.clear();
        }
    } else {
        widgets::muted("Choose a role above to see the questions for it.");
    }

    if (!ui.error.empty()) {
        widgets::gap(6);
        widgets::message_box(widgets::Tone::Error, "Not submitted: " + ui.error, width);
    }
    widgets::gap(12);
    const char* submit = "Submit registration";
    const bool can_submit = !context.read_only && !ui.submitted.pending() && std::any_of(std::begin(ROLES), std::end(ROLES), [&](people::Role r) { return role_open(p.registration, r); });
    const RowAnswer answer = cancel_confirm_row("Cancel##join", submit, ConfirmStyle::Primary, !can_submit, width, false);
    if (answer.cancel) {
        ui.start(program);
        actions.push(ShowScreenAction{program, Screen::ProgramHome});
    }
    if (answer.confirm) {
        if (!ui.role_chosen) {
            ui.error = "role: choose whether you join as a " + term(p, Word::Mentor) + " or a " + term(p, Word::Mentee);
        } else {
            const PersonId id = context.store.new_person_id();
            people::PersonDetails details = ui.details;
            details.role = ui.role;
            // Only the answers for this role: switching roles may leave others behind.
            people::Answers answers;
            for (const auto* q : questions_for(state->questions, ui.role)) {
                if (auto it = ui.answers.find(q->id); it != ui.answers.end())
                    answers.emplace(q->id, it->second);
            }
            ui.error.clear();
            RunCommandAction run;
            run.program = program;
            run.as = people::actor_of(id);
            run.command = people::JoinProgram{id, details, answers};
            run.target = ResultTarget::Join;
            run.ticket = ui.submitted.send(id);
            actions.push(std::move(run));
        }
    }
    widgets::gap(24);
}

}
