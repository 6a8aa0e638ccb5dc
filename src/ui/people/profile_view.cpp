// One's own profile: details, the profile fields matching reads (manager, location,
// time zone, skills, interests, availability, capacity), the registration answers, a
// "Not taking requests" switch, and how complete it all is with what is missing.
// Edits happen on a copy; "Save profile" sends what changed, and the core decides.
#include "ui/participant_views.h"

#include "core/base/text.h"
#include "core/domain/people/completeness.h"
#include "ui/fonts.h"
#include "ui/participant_widgets.h"
#include "ui/privacy/readers_note.h"
#include "ui/questionnaire/questionnaire_form.h"
#include "ui/tag_list.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>

namespace turnabout::ui {

namespace {

// Answers as the core stores them: values trimmed, blanks and empty answers dropped.
people::Answers normalized(const people::Answers& answers)
{
    people::Answers out;
    for (const auto& [id, answer] : answers) {
        questionnaire::Answer a;
        for (const std::string& value : answer.values) {
            if (std::string t = trim(value); !t.empty())
                a.values.push_back(std::move(t));
        }
        if (!a.empty())
            out.emplace(id, std::move(a));
    }
    return out;
}

void load(ProfileUi& ui, const people::Person& person, std::uint64_t revision)
{
    ui.loaded_for = person.id;
    ui.loaded_revision = revision;
    ui.details = person.details;
    ui.profile = person.profile;
    ui.answers = person.answers;
    ui.offered_input.clear();
    ui.wanted_input.clear();
    ui.interests_input.clear();
}

void completeness_card(const people::Completeness& c, float width)
{
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(start.x + 20, start.y + 16));
    ImGui::BeginGroup();
    widgets::text(fonts().strong, theme::TEXT, "Profile " + std::to_string(c.percent) + "% complete");
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, c.percent == 100 ? theme::SUCCESS : theme::ACCENT);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.91f, 0.93f, 0.95f, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
    ImGui::ProgressBar(static_cast<float>(c.percent) / 100.0f, ImVec2(width - 40, 8), "");
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 40);
    if (c.missing.empty()) {
        widgets::text(fonts().body, theme::SUCCESS, "Everything is filled in. Thank you!");
    } else {
        std::string missing = "Still missing: ";
        for (std::size_t i = 0; i < c.missing.size(); ++i)
            missing += (i ? ", " : "") + c.missing[i];
        missing += ".";
        widgets::text(fonts().small, theme::MUTED, missing);
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + 16;
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(start, ImVec2(start.x + width, bottom), theme::CARD, 10);
    draw->AddRect(start, ImVec2(start.x + width, bottom), theme::BORDER, 10);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
    ImGui::Dummy(ImVec2(width, 0));
}

void manager_combo(const ProgramState& state, const PersonId& self, PersonId& manager, float width)
{
    widgets::text(fonts().strong, theme::TEXT, "Manager");
    auto current = state.people.find(manager);
    const std::string shown = current == state.people.end() ? std::string("No manager in this program") : current->second.details.name;
    ImGui::SetNextItemWidth(width);
    const ImGuiID id = ImGui::GetID("##manager");
    const bool open = ImGui::BeginCombo("##manager", shown.c_str(), ImGuiComboFlags_HeightLarge);
    widgets::name_item(id, "##manager");
    if (!open)
        return;
    if (ImGui::Selectable("No manager in this program", manager.empty()))
        manager = PersonId{};
    std::vector<const people::Person*> people;
    for (const auto& [id_, person] : state.people) {
        if (id_ != self && person.membership == people::Membership::Active)
            people.push_back(&person);
    }
    std::sort(people.begin(), people.end(), [](const auto* a, const auto* b) { return a->details.name < b->details.name; });
    for (const people::Person* person : people) {
        ImGui::PushID(person->id.value.c_str());
        if (ImGui::Selectable(person->details.name.c_str(), person->id == manager))
            manager = person->id;
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void pause_switch(const ViewContext& context, const program::Program& p, const people::Person& person, ProfileUi& ui, ActionQueue& actions)
{
    bool paused = person.profile.paused;
    ImGui::BeginDisabled(context.read_only || ui.pending.pending());
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
    if (ImGui::Checkbox("Not taking requests", &paused)) {
        RunCommandAction run{p.id, people::actor_of(person.id), people::SetPaused{person.id, paused},
            paused ? "You are not taking requests for now." : "You are taking requests again.", ResultTarget::Profile,
            ui.pending.send(ProfilePart::Pause)};
        actions.push(std::move(run));
    }
    ImGui::PopStyleVar();
    ImGui::EndDisabled();
    ImGui::SameLine(0, 12);
    widgets::muted(paused ? "You stay in the program, but no one is recommended you or can send you a request."
                          : "Switch on when you need a break: you stay in the program without new requests.");
}

// Outcomes of what this screen sent: a saved profile sends the answers next.
void read_outcomes(const ProgramId& program, const PersonId& person_id, ProfileUi& ui, ActionQueue& actions)
{
    if (ui.pending.pending()) {
        const ProfilePart part = ui.pending.subject;
        if (ui.outcome.succeeded(ui.pending.ticket)) {
            ui.pending.clear();
            if (part == ProfilePart::Profile && ui.answers_pending) {
                ui.answers_pending = false;
                actions.push(RunCommandAction{program, people::actor_of(person_id), people::UpdateAnswers{person_id, ui.answers}, "", ResultTarget::Profile,
                    ui.pending.send(ProfilePart::Answers)});
            } else if (part != ProfilePart::Pause) {
                ui.saved_message = "Profile saved.";
                ui.loaded_for = PersonId{}; // show what the core stored
            }
        } else if (ui.outcome.refused(ui.pending.ticket)) {
            ui.pending.clear();
            ui.answers_pending = false;
            ui.error = ui.outcome.error;
        }
    }
}

// The person's details, what matching reads, and the registration answers.
void profile_fields(const ProgramState& state, const program::Program& p, const PersonId& person_id, ProfileUi& ui, float width)
{
    const float spacing = 20;
    const float column = (width - spacing) * 0.5f;
    section_heading("Your details", width);
    people::PersonDetails& d = ui.details;
    two_columns(column, spacing, [&] { widgets::text_field("Name", "##profile_name", d.name, column); readers_line(privacy::Readers::Everyone, true); },
        [&] { widgets::text_field("Email", "##profile_email", d.email, column); readers_note(state, "email"); });
    two_columns(column, spacing, [&] { widgets::text_field("Job title", "##profile_job_title", d.job_title, column); readers_note(state, "job_title"); },
        [&] { widgets::text_field("Department", "##profile_department", d.department, column); readers_note(state, "department"); });
    two_columns(column, spacing, [&] { level_combo("##profile_level", d.level, column); readers_note(state, "level"); },
        [&] { manager_combo(state, person_id, ui.profile.manager, column); readers_note(state, "manager"); });
    widgets::gap(14);

    section_heading("What matching reads", width);
    people::Profile& f = ui.profile;
    two_columns(column, spacing, [&] { widgets::text_field("Location", "##location", f.location, column, "City or office"); readers_note(state, "location"); },
        [&] { widgets::text_field("Time zone", "##time_zone", f.time_zone, column, "Europe/Lisbon"); readers_note(state, "time_zone"); });
    const bool mentors = d.role != people::Role::Mentee;
    const bool mentees = d.role != people::Role::Mentor;
    two_columns(column, spacing,
        [&] { tag_list("Skills you offer", "##skills_offered", f.skills_offered, ui.offered_input, column, "Type a skill and press Enter"); readers_note(state, "skills_offered"); },
        [&] { tag_list("Skills you want to develop", "##skills_wanted", f.skills_wanted, ui.wanted_input, column, "Type a skill and press Enter"); readers_note(state, "skills_wanted"); });
    (void)mentees;
    two_columns(column, spacing, [&] { tag_list("Interests", "##interests", f.interests, ui.interests_input, column, "Type an interest and press Enter"); readers_note(state, "interests"); },
        [&] { widgets::text_field("Availability", "##availability", f.availability, column, "e.g. Tuesday afternoons, 1 hour a fortnight"); readers_note(state, "availability"); });
    if (mentors) {
        widgets::text(fonts().strong, theme::TEXT, "How many " + term(p, Word::Mentee, Plural::Many) + " you take on at once");
        ImGui::SetNextItemWidth(160);
        ImGui::InputInt("##capacity", &f.capacity);
        f.capacity = std::clamp(f.capacity, 0, people::MAX_CAPACITY);
    }
    widgets::gap(14);

    const auto questions = questions_for(state.questions, d.role);
    if (!questions.empty()) {
        section_heading("Your registration answers", width);
        const questionnaire::Question* flagged = question_named_by(state.questions, ui.error);
        if (questionnaire_form(questions, ui.answers, width, flagged, flagged ? ui.error : std::string_view{}) && flagged)
            ui.error.clear();
    }

}

// The refusal or confirmation, "Discard changes" and "Save profile", which sends only
// what changed.
void save_row(const ViewContext& context, const ProgramId& program, const people::Person& person, ProfileUi& ui, ActionQueue& actions,
    float width)
{
    const PersonId& person_id = person.id;
    people::PersonDetails& d = ui.details;
    people::Profile& f = ui.profile;
    if (!ui.error.empty()) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, "Not saved: " + ui.error, width);
    } else if (!ui.saved_message.empty()) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Success, ui.saved_message, width);
    }
    widgets::gap(10);
    const char* save = "Save profile";
    const char* discard = "Discard changes";
    const float save_width = widgets::button_width(save), discard_width = widgets::button_width(discard);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - save_width - discard_width - ImGui::GetStyle().ItemSpacing.x);
    if (widgets::secondary_button(discard, ImVec2(discard_width, 0)))
        ui.loaded_for = PersonId{};
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only || ui.pending.pending());
    if (widgets::primary_button(save, ImVec2(save_width, 0))) {
        commit_pending_tags(f.skills_offered, ui.offered_input);
        commit_pending_tags(f.skills_wanted, ui.wanted_input);
        commit_pending_tags(f.interests, ui.interests_input);
        f.paused = person.profile.paused; // the switch sets pausing on its own
        ui.error.clear();
        ui.saved_message.clear();
        const bool answers_changed = normalized(ui.answers) != person.answers;
        // Compared as the core will store them, so an untouched form sends nothing.
        const bool profile_changed = trim(d.name) != person.details.name || trim(d.email) != person.details.email
            || trim(d.job_title) != person.details.job_title || trim(d.department) != person.details.department
            || d.level != person.details.level || f.manager != person.profile.manager || trim(f.location) != person.profile.location
            || trim(f.time_zone) != person.profile.time_zone || trim(f.availability) != person.profile.availability
            || f.skills_offered != person.profile.skills_offered || f.skills_wanted != person.profile.skills_wanted
            || f.interests != person.profile.interests || f.capacity != person.profile.capacity;
        if (profile_changed) {
            ui.answers_pending = answers_changed;
            actions.push(RunCommandAction{program, people::actor_of(person_id), people::UpdateProfile{person_id, d, f}, "", ResultTarget::Profile,
                ui.pending.send(ProfilePart::Profile)});
        } else if (answers_changed) {
            actions.push(RunCommandAction{program, people::actor_of(person_id), people::UpdateAnswers{person_id, ui.answers}, "", ResultTarget::Profile,
                ui.pending.send(ProfilePart::Answers)});
        } else {
            ui.saved_message = "Nothing to save: no field was changed.";
        }
    }
    ImGui::EndDisabled();
}

}

void profile_view(const ViewContext& context, const ProgramId& program, const PersonId& person_id, ProfileUi& ui, ActionQueue& actions)
{
    const ProgramState* state = context.store.program(program);
    if (!state || !state->program)
        return;
    auto found = state->people.find(person_id);
    if (found == state->people.end()) {
        widgets::muted("This person is no longer in the program.");
        return;
    }
    const people::Person& person = found->second;
    const program::Program& p = *state->program;

    read_outcomes(program, person_id, ui, actions);
    if (ui.loaded_for != person_id) {
        const bool same_person = ui.loaded_for.empty() && !ui.saved_message.empty();
        load(ui, person, context.store.revision());
        if (!same_person) {
            ui.error.clear();
            ui.saved_message.clear();
        }
    }

    const float width = std::min(860.0f, ImGui::GetContentRegionAvail().x);

    widgets::text(fonts().title, theme::TEXT, person.details.name);
    std::string status = role_term(&p, person.details.role) + " in " + p.name;
    if (person.membership == people::Membership::AwaitingApproval)
        status += " \xC2\xB7 registration awaiting approval";
    else if (person.membership == people::Membership::Declined)
        status += " \xC2\xB7 registration declined";
    widgets::muted(status);
    widgets::gap(12);
    completeness_card(people::profile_completeness(*state, person), width);
    widgets::gap(12);
    pause_switch(context, p, person, ui, actions);
    widgets::gap(18);

    profile_fields(*state, p, person_id, ui, width);
    save_row(context, program, person, ui, actions, width);
    widgets::gap(24);
}

}
