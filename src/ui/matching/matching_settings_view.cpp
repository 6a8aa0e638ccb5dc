// The admin's matching settings screen: criteria with weights and thresholds and the
// rules no pair breaks, edited on a copy and saved through the core, whose message
// says what is wrong with a bad value.
#include "ui/fonts.h"
#include "ui/matching/criteria_editor.h"
#include "ui/matching/matching_ui.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

void matching_settings_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, ActionQueue& actions)
{
    if (!state.program)
        return;
    MatchingSettingsUi& s = ui.settings;
    auto load = [&] {
        s.settings = complete_settings(state, state.matching.settings);
        s.loaded_from = s.settings;
        s.loaded_for = id;
        s.loaded_revision = context.store.revision();
    };
    if (ui.outcome.serial != s.seen_serial) {
        s.seen_serial = ui.outcome.serial;
        if (ui.outcome.succeeded("settings")) {
            s.saved_message = "Matching settings saved: recommendations and drafts use them from now on.";
            load();
        }
    }
    // Another change to the program reloads the fields unless they hold unsaved edits.
    if (s.loaded_for != id || (s.loaded_revision != context.store.revision() && s.settings == s.loaded_from))
        load();
    const float width = std::min(900.0f, ImGui::GetContentRegionAvail().x);
    widgets::text(fonts().title, theme::TEXT, "Matching settings");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("A pair's score is the weighted share of what its two people have in common, from 0 to 100%. "
                   "Weight 0 ignores a criterion; \"Must match at least\" excludes pairs below that share.");
    ImGui::PopTextWrapPos();
    widgets::gap(8);
    bool changed = criteria_editor(state, s.settings, width);
    widgets::gap(12);
    widgets::text(fonts().heading, theme::TEXT, "Rules no pair breaks");
    changed |= rules_editor(state, s.settings, width);
    if (changed)
        s.saved_message.clear();
    widgets::gap(10);
    if (ui.outcome.refused("settings") && s.saved_message.empty())
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    else if (!s.saved_message.empty())
        widgets::message_box(widgets::Tone::Success, s.saved_message, width);
    widgets::gap(6);
    if (widgets::secondary_button("Undo changes")) {
        load();
        s.saved_message.clear();
        ui.outcome.key.clear();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    if (widgets::primary_button("Save matching settings")) {
        ui.outcome.key.clear();
        s.saved_message.clear();
        actions.push(RunCommandAction{id, std::nullopt, matching::ChangeMatchingSettings{s.settings}, "", ResultTarget::Matching, "settings"});
    }
    ImGui::EndDisabled();
    widgets::gap(24);
}

}
