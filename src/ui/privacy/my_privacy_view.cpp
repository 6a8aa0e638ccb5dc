#include "ui/privacy/my_privacy_view.h"

#include "app/privacy_audit.h"
#include "core/domain/privacy/person_fields.h"
#include "ui/fonts.h"
#include "ui/privacy/readers_note.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace turnabout::ui {

namespace {

// "Everyone in the program", "Ben Ortiz (your match partner) and the admin", "The admin".
std::string who_reads(const ProgramState& state, const people::Person& person, privacy::Readers readers)
{
    switch (readers) {
    case privacy::Readers::Everyone:
        return "Everyone in the program";
    case privacy::Readers::AdminOnly:
        return "The program's admin";
    case privacy::Readers::PartnerAndAdmin:
        break;
    }
    std::string partners;
    for (const PersonId& partner : privacy::active_partners(state, person.id)) {
        auto it = state.people.find(partner);
        if (it != state.people.end())
            partners += (partners.empty() ? "" : ", ") + it->second.details.name;
    }
    return partners.empty() ? "The program's admin, and your match partner once you are matched" : partners + " (your match partner) and the program's admin";
}

}

void my_privacy_view(const ViewContext& context, const ProgramId& program, const ProgramState& state, const PersonId& person_id)
{
    auto found = state.people.find(person_id);
    if (found == state.people.end())
        return;
    const people::Person& person = found->second;
    const float width = ImGui::GetContentRegionAvail().x - 4;
    widgets::text(fonts().title, theme::TEXT, "What others can see about me");
    widgets::muted("Everything you entered, and who reads it. Fields not for everyone are sealed in the program's files: only their readers' browsers can open them.");
    widgets::gap(8);

    std::vector<std::string> fields = privacy::carried_fields(state, privacy::CarriesDetails | privacy::CarriesProfile | privacy::CarriesAnswers);
    // Only the questions asked of this person.
    std::erase_if(fields, [&](const std::string& field) {
        auto question = privacy::question_of(field);
        if (!question)
            return false;
        auto q = std::find_if(state.questions.begin(), state.questions.end(), [&](const questionnaire::Question& x) { return x.id == *question; });
        return q == state.questions.end() || (q->audience == questionnaire::Audience::Mentors && person.details.role == people::Role::Mentee)
            || (q->audience == questionnaire::Audience::Mentees && person.details.role == people::Role::Mentor);
    });

    widgets::begin_card(width);
    const float inner = width - 44;
    if (ImGui::BeginTable("##my_privacy", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp, ImVec2(inner, 0))) {
        ImGui::TableSetupColumn("Field", ImGuiTableColumnFlags_WidthStretch, 0.32f);
        ImGui::TableSetupColumn("Yours", ImGuiTableColumnFlags_WidthStretch, 0.36f);
        ImGui::TableSetupColumn("Who sees it", ImGuiTableColumnFlags_WidthStretch, 0.32f);
        ImGui::TableHeadersRow();
        for (const std::string& field : fields) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            widgets::text(privacy::field_label(state, field));
            ImGui::TableNextColumn();
            const std::string value = field_text(state, person, field);
            if (value.empty())
                widgets::muted("(not given)");
            else
                widgets::text(value);
            ImGui::TableNextColumn();
            const privacy::Readers readers = privacy::readers_of(state, field);
            widgets::text(fonts().body, readers == privacy::Readers::Everyone ? theme::TEXT : theme::ACCENT, who_reads(state, person, readers));
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    widgets::end_card();

    // What files already carried in plain text of a field that is no longer for everyone,
    // and private notes an older Turnabout did not seal.
    const ProgramState* recorded = context.store.recorded(program);
    const EventLog* log = context.store.log(program);
    if (!recorded || !log)
        return;
    std::vector<std::string> earlier;
    for (const AuditLine& line : newest_of_each(plain_about(*recorded, *log, person_id))) {
        if ((line.note || privacy::readers_of(state, line.field) != privacy::Readers::Everyone)
            && std::find(earlier.begin(), earlier.end(), line.label) == earlier.end())
            earlier.push_back(line.label);
    }
    if (!earlier.empty()) {
        widgets::gap(10);
        std::string list;
        for (const std::string& label : earlier)
            list += (list.empty() ? "" : ", ") + label;
        widgets::message_box(widgets::Tone::Info,
            "Earlier copies of this program's files carry in plain text: " + list
                + ". They were recorded before these fields were sealed; files already shared cannot be recalled.",
            width);
    }
}

}
