#include "ui/program/settings_page.h"

#include "core/domain/privacy/person_fields.h"
#include "ui/privacy/readers_note.h"

#include "ui/date_text.h"
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/program/program_wizard.h"
#include "ui/program/settings_text.h"
#include "ui/program/setup_editors.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace turnabout::ui {

void SettingsUi::stop_editing()
{
    editing = SettingsSection::None;
    local_error.clear();
    // The save that closed the editor is done with: editing the same section again
    // must not read it as a fresh success and close at once.
    sent = Ticket{};
}

namespace {

// The section's title and, when nothing is being edited, its Edit button.
bool section_header(const char* title, const char* edit_id, bool can_edit, float inner)
{
    const float start_x = ImGui::GetCursorPosX();
    widgets::text(fonts().heading, theme::TEXT, title);
    if (!can_edit)
        return false;
    ImGui::SameLine();
    ImGui::SetCursorPosX(start_x + inner - widgets::button_width("Edit"));
    ImGui::PushID(edit_id);
    const bool clicked = widgets::secondary_button("Edit");
    ImGui::PopID();
    return clicked;
}

// Effect sentence, the core's refusal, and Cancel / Save. Returns true on Save.
bool save_row(const ViewContext& context, SettingsUi& ui, const std::string& effect, const char* save_label, float inner)
{
    widgets::gap(6);
    if (!effect.empty())
        widgets::message_box(widgets::Tone::Info, effect, inner);
    if (!ui.local_error.empty())
        widgets::message_box(widgets::Tone::Error, ui.local_error, inner);
    else if (ui.outcome.refused(ui.sent))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, inner);
    widgets::gap(6);
    const RowAnswer answer = cancel_confirm_row("Cancel", save_label, ConfirmStyle::Primary, context.read_only, inner, false);
    if (answer.cancel)
        ui.stop_editing();
    return answer.confirm;
}

void push(SettingsUi& ui, const ProgramId& program, Command command, std::string done, ActionQueue& actions)
{
    ui.local_error.clear();
    ui.sent = Ticket::next();
    actions.push(RunCommandAction{program, std::nullopt, std::move(command), std::move(done), ResultTarget::Settings, ui.sent});
}

void basics_section(const ViewContext& context, const program::Program& p, SettingsUi& ui, ActionQueue& actions, float width)
{
    const float inner = width - 44;
    widgets::begin_card(width);
    const bool editing = ui.editing == SettingsSection::Basics;
    if (section_header("Basics", "basics", ui.editing == SettingsSection::None && !context.read_only, inner)) {
        ui.editing = SettingsSection::Basics;
        ui.basics = program::Basics{p.name, p.description, p.purpose, p.goals, p.start, p.end, p.support_contact};
        ui.start_text = format_iso_date(p.start);
        ui.end_text = format_iso_date(p.end);
    }
    if (!editing) {
        widgets::text(fonts().strong, theme::TEXT, p.name);
        widgets::muted(timeframe_text(p.start, p.end));
        widgets::muted(std::to_string(p.goals.size()) + (p.goals.size() == 1 ? " goal" : " goals") + "  \xC2\xB7  Support: "
            + (p.support_contact.empty() ? std::string("not given") : p.support_contact));
    } else {
        DateDraft dates{ui.start_text, ui.end_text, true};
        dates.end_typed = parse_iso_date(ui.end_text) != std::optional<Date>(add_years(parse_iso_date(ui.start_text).value_or(Date{}), 1));
        basics_editor(ui.basics, dates, inner);
        ui.start_text = dates.start_text;
        ui.end_text = dates.end_text;
        if (save_row(context, ui, "Members see the new name, texts and dates on the program's home at once.", "Save basics", inner)) {
            if (dates.store(ui.basics, ui.local_error))
                push(ui, p.id, program::ChangeProgramBasics{ui.basics}, "Basics saved.", actions);
        }
    }
    widgets::end_card();
}

void type_section(const ViewContext& context, const program::Program& p, SettingsUi& ui, ActionQueue& actions, float width)
{
    const float inner = width - 44;
    widgets::begin_card(width);
    const bool editing = ui.editing == SettingsSection::Type;
    if (section_header("Program type", "type", ui.editing == SettingsSection::None && !context.read_only, inner)) {
        ui.editing = SettingsSection::Type;
        ui.type = p.type;
    }
    if (!editing) {
        widgets::text(program::program_type_label(p.type));
        widgets::muted(type_explanation(p.type));
    } else {
        type_choice(ui.type, inner);
        std::string effect;
        if (ui.type != p.type) {
            effect = "Changing the type changes which requests are possible";
            effect += program::offers_reverse_requests(ui.type)
                ? ". " + capitalize(term(p, Word::Mentor, Plural::Many)) + " may be allowed to request " + term(p, Word::Mentee, Plural::Many) + " again in each match type."
                : ": " + std::string(program::program_type_label(ui.type)) + " does not let " + term(p, Word::Mentor, Plural::Many) + " request "
                    + term(p, Word::Mentee, Plural::Many) + ". Existing " + term(p, Word::Connection, Plural::Many) + " stay.";
        }
        if (save_row(context, ui, effect, "Save type", inner))
            push(ui, p.id, program::ChangeProgramType{ui.type}, "Program type saved.", actions);
    }
    widgets::end_card();
}

void match_type_section(const ViewContext& context, const program::Program& p, const program::MatchType* existing, SettingsUi& ui,
    ActionQueue& actions, float width)
{
    const float inner = width - 44;
    const bool is_new = existing == nullptr;
    const bool editing = is_new || (ui.editing == SettingsSection::MatchType && ui.match_type_draft.id == existing->id);
    ImGui::PushID(is_new ? "new" : existing->id.value.c_str());
    widgets::begin_card(width);
    const std::string title = is_new ? std::string("New match type") : "Match type: " + existing->name;
    if (section_header(title.c_str(), "match", !is_new && ui.editing == SettingsSection::None && !context.read_only, inner)) {
        ui.editing = SettingsSection::MatchType;
        ui.match_type_draft = *existing;
    }
    if (!editing) {
        widgets::muted(capitalize(term(p, Word::Mentor)) + ": " + existing->mentor_label + "  \xC2\xB7  " + capitalize(term(p, Word::Mentee)) + ": " + existing->mentee_label);
        widgets::text(match_type_summary(*existing, p.terminology));
        if (p.match_types.size() > 1 && ui.editing == SettingsSection::None) {
            ImGui::BeginDisabled(context.read_only);
            if (widgets::secondary_button("Remove match type")) {
                actions.push(RunCommandAction{p.id, std::nullopt, program::RemoveMatchType{existing->id}, "Match type removed.",
                    ResultTarget::Settings, ui.removed_type.send(existing->id)});
            }
            ImGui::EndDisabled();
        }
        if (ui.removed_type.refused(ui.outcome, existing->id))
            widgets::message_box(widgets::Tone::Error, ui.outcome.error, inner);
    } else {
        match_type_editor(ui.match_type_draft, p.type, p.terminology, inner);
        std::string effect;
        if (existing) {
            effect = process_change_effect(existing->process, ui.match_type_draft.process, p.terminology);
            if (ui.match_type_draft.limits != existing->limits)
                effect += std::string(effect.empty() ? "" : " ") + "New limits apply to new requests and " + term(p, Word::Connection, Plural::Many) + "; existing ones stay.";
            if (ui.match_type_draft.mentors_can_request_mentees != existing->mentors_can_request_mentees)
                effect += std::string(effect.empty() ? "" : " ")
                    + (ui.match_type_draft.mentors_can_request_mentees ? capitalize(term(p, Word::Mentor, Plural::Many)) + " will be able to send requests too."
                                                                        : capitalize(term(p, Word::Mentor, Plural::Many)) + " can no longer send new requests; theirs already pending stay until answered.");
        } else {
            effect = "People can be matched under this match type as soon as it is saved.";
        }
        if (save_row(context, ui, effect, is_new ? "Add match type##save" : "Save match type", inner))
            push(ui, p.id, program::SaveMatchType{ui.match_type_draft}, is_new ? "Match type added." : "Match type saved.", actions);
    }
    widgets::end_card();
    ImGui::PopID();
}

void registration_section(const ViewContext& context, const program::Program& p, SettingsUi& ui, ActionQueue& actions, float width)
{
    const float inner = width - 44;
    widgets::begin_card(width);
    const bool editing = ui.editing == SettingsSection::Registration;
    if (section_header("Registration", "registration", ui.editing == SettingsSection::None && !context.read_only, inner)) {
        ui.editing = SettingsSection::Registration;
        ui.registration = p.registration;
    }
    const auto& r = editing ? ui.registration : p.registration;
    if (!editing) {
        widgets::text(r.approval_required ? "You approve each registration." : "People take part as soon as they register.");
        std::string roles;
        if (r.mentors_may_join)
            roles += term(p, Word::Mentor, Plural::Many);
        if (r.mentees_may_join)
            roles += (roles.empty() ? "" : ", ") + term(p, Word::Mentee, Plural::Many);
        if (r.both_may_join)
            roles += (roles.empty() ? "" : ", ") + std::string("both");
        widgets::muted("May join as: " + roles);
    } else {
        registration_editor(ui.registration, p.terminology);
        std::string effect;
        if (ui.registration.approval_required != p.registration.approval_required)
            effect = ui.registration.approval_required ? "From now on new registrations wait for your approval."
                                                       : "New registrations take part at once; those already waiting stay in your approvals queue.";
        if (ui.registration.mentors_may_join != p.registration.mentors_may_join || ui.registration.mentees_may_join != p.registration.mentees_may_join
            || ui.registration.both_may_join != p.registration.both_may_join)
            effect += std::string(effect.empty() ? "" : " ") + "The roles offered apply to new registrations; people already in keep theirs.";
        if (save_row(context, ui, effect, "Save registration", inner))
            push(ui, p.id, program::ChangeRegistrationSettings{ui.registration}, "Registration settings saved.", actions);
    }
    widgets::end_card();
}

// Who reads each profile field: the reverse-mentoring defaults until the admin
// changes them. What was recorded before a change stays as it was.
void field_readers_section(const ViewContext& context, const ProgramState& state, SettingsUi& ui, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    const float inner = width - 44;
    widgets::begin_card(width);
    const bool editing = ui.editing == SettingsSection::FieldReaders;
    if (section_header("Who sees each profile field", "field_readers", ui.editing == SettingsSection::None && !context.read_only, inner)) {
        ui.editing = SettingsSection::FieldReaders;
        ui.field_readers = state.privacy.field_readers;
    }
    widgets::muted("A person always sees their own. Fields not for everyone are sealed in the program's files: only their readers' browsers can open them. Questions set their own readers in the questionnaire.");
    widgets::gap(4);
    for (const privacy::ProfileField& field : privacy::profile_fields()) {
        const std::string name(field.name);
        auto current = [&](const privacy::FieldReaders& readers) {
            auto it = readers.find(name);
            return it == readers.end() ? privacy::Readers::Everyone : it->second;
        };
        ImGui::PushID(name.c_str());
        ImGui::AlignTextToFramePadding();
        widgets::text(fonts().strong, theme::TEXT, field.label);
        ImGui::SameLine(170);
        if (!editing) {
            ImGui::AlignTextToFramePadding();
            widgets::text(readers_sentence(current(state.privacy.field_readers)));
        } else {
            const privacy::Readers chosen = current(ui.field_readers);
            ImGui::SetNextItemWidth(std::min(520.0f, inner - 170));
            const std::string combo_id = "##readers_" + name;
            const ImGuiID id = ImGui::GetID(combo_id.c_str());
            const bool open = ImGui::BeginCombo(combo_id.c_str(), readers_sentence(chosen).c_str());
            widgets::name_item(id, combo_id.c_str());
            if (open) {
                for (privacy::Readers readers : {privacy::Readers::Everyone, privacy::Readers::PartnerAndAdmin, privacy::Readers::AdminOnly}) {
                    if (ImGui::Selectable(readers_sentence(readers).c_str(), readers == chosen))
                        ui.field_readers[name] = readers;
                }
                ImGui::EndCombo();
            }
        }
        ImGui::PopID();
    }
    if (editing) {
        if (save_row(context, ui, "Changes apply to what people save from now on. Copies of files already shared cannot be recalled.", "Save who sees each field", inner))
            push(ui, p.id, privacy::SetFieldReaders{ui.field_readers}, "Who sees each profile field saved.", actions);
    }
    widgets::end_card();
}

void terminology_section(const ViewContext& context, const program::Program& p, SettingsUi& ui, ActionQueue& actions, float width)
{
    const float inner = width - 44;
    widgets::begin_card(width);
    const bool editing = ui.editing == SettingsSection::Terminology;
    if (section_header("Terminology", "terminology", ui.editing == SettingsSection::None && !context.read_only, inner)) {
        ui.editing = SettingsSection::Terminology;
        ui.terminology = p.terminology;
    }
    if (!editing) {
        const auto& t = p.terminology;
        widgets::text(capitalize(t.mentor) + " / " + t.mentors + "  \xC2\xB7  " + capitalize(t.mentee) + " / " + t.mentees + "  \xC2\xB7  "
            + capitalize(t.connection) + " / " + t.connections);
    } else {
        terminology_editor(ui.terminology, inner);
        if (save_row(context, ui, "The new words show everywhere in Turnabout for this program at once: headings, roles, counts and labels.", "Save terminology", inner))
            push(ui, p.id, program::ChangeTerminology{ui.terminology}, "Terminology saved.", actions);
    }
    widgets::end_card();
}

}

void settings_page(const ViewContext& context, const ProgramState& program, SettingsUi& ui, ActionQueue& actions)
{
    if (!program.program)
        return;
    const program::Program& p = *program.program;
    if (ui.editing != SettingsSection::None && ui.outcome.succeeded(ui.sent))
        ui.stop_editing();

    const float width = ImGui::GetContentRegionAvail().x - 4;
    widgets::text(fonts().title, theme::TEXT, "Settings");
    widgets::muted("Everything chosen when the program was created. Edit one section at a time; each change is recorded for everyone.");
    widgets::gap(8);
    basics_section(context, p, ui, actions, width);
    widgets::gap(4);
    type_section(context, p, ui, actions, width);
    widgets::gap(4);
    for (const program::MatchType& m : p.match_types) {
        match_type_section(context, p, &m, ui, actions, width);
        widgets::gap(4);
    }
    if (ui.editing == SettingsSection::NewMatchType) {
        match_type_section(context, p, nullptr, ui, actions, width);
        widgets::gap(4);
    } else if (ui.editing == SettingsSection::None && p.match_types.size() < program::MAX_MATCH_TYPES) {
        ImGui::BeginDisabled(context.read_only);
        if (widgets::secondary_button("Add match type")) {
            ui.editing = SettingsSection::NewMatchType;
            ui.match_type_draft = next_match_type(p.type, context.store.new_match_type_id(), p.match_types);
        }
        ImGui::EndDisabled();
        widgets::gap(4);
    }
    registration_section(context, p, ui, actions, width);
    widgets::gap(4);
    terminology_section(context, p, ui, actions, width);
    widgets::gap(4);
    field_readers_section(context, program, ui, actions, width);
    widgets::gap(24);
}

}
