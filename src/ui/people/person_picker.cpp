// "Who is using Turnabout?": the people of a program who may use this browser, by
// name only (nothing personal shows before someone is chosen), and "I'm new" to join.
// Listed: active people this browser can act as (the Store says: on the admin's
// browser, a shared kiosk, those without a browser of their own; elsewhere whoever
// registered here and was approved), since changes made here for anyone else would
// be refused everywhere; and whoever registered here, awaiting or declined, to read
// where they stand. The admin is chosen apart from people, in the top bar's menu.
#include "ui/participant_views.h"
#include "core/base/text.h"

#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

namespace turnabout::ui {

namespace {


// The people offered, and whether anyone of the program was left out.
std::vector<const people::Person*> people_for_browser(const ViewContext& context, const ProgramId& program, const ProgramState& state,
    bool& others_left_out)
{
    std::vector<const people::Person*> out;
    others_left_out = false;
    const auto joined_here = context.store.joined_on_this_device(program);
    for (const auto& entry : state.people) {
        const people::Person& person = entry.second;
        const bool here = std::find(joined_here.begin(), joined_here.end(), person.id) != joined_here.end();
        const bool active = person.membership == people::Membership::Active;
        if (here || (active && context.store.can_act_as(program, people::actor_of(person.id))))
            out.push_back(&person);
        else if (active)
            others_left_out = true;
    }
    std::sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
        const std::string la = ascii_lower(a->details.name), lb = ascii_lower(b->details.name);
        return la != lb ? la < lb : a->id < b->id;
    });
    return out;
}

}

void person_picker(const ViewContext& context, PersonPickerUi& ui, CurrentUser& user, ActionQueue& actions)
{
    if (!begin_dialog("Who is using Turnabout?###person_picker", ui.open, 560))
        return;
    const ProgramState* state = context.store.program(ui.program);
    const float width = ImGui::GetContentRegionAvail().x;
    widgets::text(fonts().heading, theme::TEXT, "Who is using Turnabout?");
    if (!state || !state->program) {
        widgets::muted("Open a program first.");
        if (widgets::secondary_button("Close"))
            ui.open = false;
        end_dialog();
        return;
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("Choose yourself to see your profile and inbox in " + state->program->name + ". On a shared computer, choose again when someone else sits down.");
    ImGui::PopTextWrapPos();
    widgets::gap(8);

    bool others_left_out = false;
    const auto people = people_for_browser(context, ui.program, *state, others_left_out);
    if (people.size() > 8) {
        ImGui::SetNextItemWidth(width);
        ImGui::InputTextWithHint("##picker_search", "Find your name", &ui.search);
    }
    const std::string needle = ascii_lower(ui.search);
    const float row = ImGui::GetFrameHeight() + 8;
    const float row_step = row + ImGui::GetStyle().ItemSpacing.y;
    const float list_height = std::min(360.0f, std::max(1.0f, static_cast<float>(people.size())) * row_step + 16);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 8));
    ImGui::BeginChild("people", ImVec2(width, list_height), true);
    ImGui::PopStyleVar();
    if (people.empty())
        widgets::muted("No one has joined from this browser yet.");
    std::size_t shown = 0;
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    for (const people::Person* person : people) {
        if (!needle.empty() && ascii_lower(person->details.name).find(needle) == std::string::npos)
            continue;
        ++shown;
        ImGui::PushID(person->id.value.c_str());
        const bool current = user.kind == CurrentUser::Kind::Person && user.program == ui.program && user.person == person->id;
        // Names only: the list is seen by whoever stands at the browser.
        if (ImGui::Selectable(person->details.name.c_str(), current, 0, ImVec2(0, row))) {
            actions.push(SetCurrentUserAction{CurrentUser{CurrentUser::Kind::Person, ui.program, person->id}, Screen::Profile});
            ui.open = false;
            ui.search.clear();
        }
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
    if (!people.empty() && shown == 0)
        widgets::muted("No one by that name.");
    ImGui::EndChild();
    if (others_left_out) {
        ImGui::PushFont(fonts().small);
        widgets::muted("People who joined on another browser act from there.");
        ImGui::PopFont();
    }

    widgets::gap(8);
    ImGui::Separator();
    widgets::gap(8);
    const bool taking = state->program->registration.mentors_may_join || state->program->registration.mentees_may_join
        || state->program->registration.both_may_join;
    ImGui::BeginDisabled(context.read_only || !taking);
    if (widgets::primary_button("I'm new: join this program")) {
        actions.push(SetCurrentUserAction{CurrentUser{CurrentUser::Kind::Nobody, ui.program, {}}, Screen::Join});
        ui.open = false;
        ui.search.clear();
    }
    ImGui::EndDisabled();
    const float cancel_width = widgets::button_width("Cancel##picker");
    ImGui::SameLine(ImGui::GetCursorPosX() + width - cancel_width);
    if (widgets::secondary_button("Cancel##picker", ImVec2(cancel_width, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        ui.open = false;
        ui.search.clear();
    }
    end_dialog();
}

}
