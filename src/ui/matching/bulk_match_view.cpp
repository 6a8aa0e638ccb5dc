// The admin's bulk match screen for one match type: objective, what-if weights, Run
// with a progress bar, the draft with locks and exclusions, the comparison with the
// previous draft, and Publish / Push recommendations.
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/matching/bulk_match_parts.h"
#include "ui/matching/criteria_editor.h"
#include "ui/matching/matching_ui.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

const char* objective_label(matching::Objective objective)
{
    return objective == matching::Objective::MaxTotalScore ? "Highest total score" : "Match as many people as possible, then score";
}

bool objective_combo(matching::Objective& objective, float width)
{
    const char* id = "##objective";
    ImGui::SetNextItemWidth(width);
    const ImGuiID combo_id = ImGui::GetID(id);
    const bool open = ImGui::BeginCombo(id, objective_label(objective));
    widgets::name_item(combo_id, id);
    if (!open)
        return false;
    bool changed = false;
    for (matching::Objective o : {matching::Objective::MaxTotalScore, matching::Objective::MaxPairsThenScore}) {
        if (ImGui::Selectable(objective_label(o), o == objective) && o != objective) {
            objective = o;
            changed = true;
        }
    }
    ImGui::EndCombo();
    return changed;
}

void what_if_section(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, float width, ActionQueue& actions)
{
    BulkMatchUi& bulk = ui.bulk;
    const matching::MatchingSettings saved = complete_settings(state, state.matching.settings);
    const bool differs = bulk.what_if != saved;
    const std::string header = std::string("Weights for this draft") + (differs ? " (changed, not saved)" : "") + "###what_if";
    if (!ImGui::CollapsingHeader(header.c_str()))
        return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("Try other weights and thresholds here: the draft follows at once. Nothing is saved until \"Save these weights\".");
    ImGui::PopTextWrapPos();
    if (criteria_editor(state, bulk.what_if, width) && (bulk.draft || bulk.job))
        start_bulk_match(bulk, state, context.store.revision());
    widgets::gap(4);
    ImGui::BeginDisabled(!differs);
    if (widgets::secondary_button("Use the saved weights")) {
        bulk.what_if = saved;
        start_bulk_match(bulk, state, context.store.revision());
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only || !differs);
    if (widgets::primary_button("Save these weights"))
        actions.push(RunCommandAction{id, std::nullopt, matching::ChangeMatchingSettings{bulk.what_if}, "Matching settings saved.", ResultTarget::Matching, bulk.weights_saved = Ticket::next()});
    ImGui::EndDisabled();
    if (ui.outcome.refused(bulk.weights_saved))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    widgets::gap(8);
}

void publish_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, BulkMatchUi& bulk, ActionQueue& actions)
{
    if (!begin_dialog("Publish draft###publish_dialog", bulk.confirm_publish, 560))
        return;
    const float width = ImGui::GetContentRegionAvail().x;
    const program::Program* p = state.program ? &*state.program : nullptr;
    const std::size_t count = bulk.draft ? bulk.draft->pairs.size() : 0;
    widgets::text(fonts().heading, theme::TEXT, "Publish " + std::to_string(count) + (count == 1 ? " match?" : " matches?"));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::text("Each " + term(p, Word::Mentor) + " and " + term(p, Word::Mentee) + " of the draft is told in their inbox, and the "
        + term(p, Word::Connection, Plural::Many) + " start today, or on the program's first day if it has not begun. This cannot be taken back from here.");
    ImGui::PopTextWrapPos();
    widgets::gap(10);
    const std::string publish = "Publish " + std::to_string(count) + (count == 1 ? " match" : " matches");
    const RowAnswer answer = cancel_confirm_row("Cancel##publish", publish.c_str(), ConfirmStyle::Primary, false, width, false);
    if (answer.cancel)
        bulk.confirm_publish = false;
    if (answer.confirm && bulk.draft) {
        actions.push(RunCommandAction{id, std::nullopt, publish_command(context, state, *bulk.draft),
            "Published " + std::to_string(count) + (count == 1 ? " match" : " matches") + ": both people of each pair find it in their inbox.",
            ResultTarget::Matching, bulk.published = Ticket::next()});
        bulk.confirm_publish = false;
    }
    end_dialog();
}

void draft_section(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, float width, ActionQueue& actions)
{
    BulkMatchUi& bulk = ui.bulk;
    const program::Program* p = state.program ? &*state.program : nullptr;
    const matching::Draft& draft = *bulk.draft;
    const double average = draft.pairs.empty() ? 0.0 : static_cast<double>(draft.total_score) / static_cast<double>(draft.pairs.size());
    widgets::text(fonts().heading, theme::TEXT, "Draft");
    widgets::text(fonts().strong, theme::TEXT, std::to_string(draft.pairs.size()) + (draft.pairs.size() == 1 ? " pair" : " pairs")
        + " \xC2\xB7 total score " + std::to_string(draft.total_score) + " \xC2\xB7 average " + std::to_string(static_cast<int>(average + 0.5)) + "%");
    if (bulk.draft_settings != complete_settings(state, state.matching.settings))
        widgets::text(fonts().small, theme::WARNING, "Made with weights that are not saved.");
    if (bulk.draft_revision != context.store.revision())
        widgets::text(fonts().small, theme::WARNING, "The program changed since this draft was made: run again before publishing.");
    widgets::gap(4);
    if (bulk.previous) {
        if (widgets::secondary_button(bulk.comparing ? "Hide the comparison" : "Compare with previous draft"))
            bulk.comparing = !bulk.comparing;
        if (bulk.comparing) {
            widgets::gap(4);
            draft_comparison(state, draft, *bulk.previous, width);
        }
        widgets::gap(6);
    }
    if (draft.pairs.empty())
        widgets::muted("No pairs: no one can be matched under the rules and thresholds.");
    else
        draft_table(context, id, state, ui, width);
    draft_leftovers(state, ui, width);

    widgets::gap(14);
    widgets::text(fonts().heading, theme::TEXT, "Publish or recommend");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("Publish creates the draft's matches. Or push each " + term(p, Word::Mentee) + "'s best " + term(p, Word::Mentor, Plural::Many)
        + " as recommendations, and let them choose.");
    ImGui::PopTextWrapPos();
    ImGui::BeginDisabled(context.read_only || bulk.job != nullptr || draft.pairs.empty());
    if (widgets::primary_button("Publish draft"))
        bulk.confirm_publish = true;
    ImGui::EndDisabled();
    ImGui::SameLine(0, 24);
    ImGui::AlignTextToFramePadding();
    widgets::text(capitalize(term(p, Word::Mentor, Plural::Many)) + " per " + term(p, Word::Mentee) + ":");
    ImGui::SameLine();
    widgets::int_field("##push_count", bulk.push_count, 110);
    bulk.push_count = std::clamp(bulk.push_count, 1, matching::MAX_RECOMMENDATIONS);
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    if (widgets::secondary_button("Push recommendations")) {
        matching::PushRecommendations command = push_command(state, bulk.match_type, bulk.push_count);
        const std::size_t mentees = command.mentee_mentors.size();
        actions.push(RunCommandAction{id, std::nullopt, std::move(command),
            "Pushed recommendations to " + count_of(p, Word::Mentee, mentees) + ": they see them on their Home.", ResultTarget::Matching, bulk.pushed = Ticket::next()});
    }
    ImGui::EndDisabled();
    if (ui.outcome.refused(bulk.published) || ui.outcome.refused(bulk.pushed))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
}

}

void bulk_match_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, ActionQueue& actions)
{
    if (!state.program || state.program->match_types.empty())
        return;
    ui.cache.refresh(context.store, id);
    const program::Program& p = *state.program;
    BulkMatchUi& bulk = ui.bulk;
    if (bulk.program != id || !p.match_type(bulk.match_type))
        bulk.reset(id, p.match_types.front().id);
    if (!bulk.what_if_loaded) {
        bulk.what_if = complete_settings(state, state.matching.settings);
        bulk.what_if_loaded = true;
    }
    // A published draft is done with: its pairs are matches now.
    if (ui.outcome.serial != bulk.seen_serial) {
        bulk.seen_serial = ui.outcome.serial;
        if (ui.outcome.succeeded(bulk.published))
            bulk.reset(id, bulk.match_type);
        else if (ui.outcome.succeeded(bulk.weights_saved))
            bulk.what_if = complete_settings(state, state.matching.settings);
    }
    const float width = std::min(960.0f, ImGui::GetContentRegionAvail().x);
    widgets::text(fonts().title, theme::TEXT, "Bulk match");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("Turnabout proposes the pairs with the best total score that break no rule and fill no one beyond their places. "
                   "Review the draft, lock the pairs you want to keep, leave out the ones you do not, run again, then publish.");
    ImGui::PopTextWrapPos();
    widgets::gap(8);
    if (p.match_types.size() > 1) {
        for (const program::MatchType& type : p.match_types) {
            ImGui::PushID(type.id.value.c_str());
            if (ImGui::RadioButton(type.name.c_str(), bulk.match_type == type.id) && bulk.match_type != type.id)
                bulk.reset(id, type.id);
            ImGui::PopID();
            ImGui::SameLine();
        }
        ImGui::NewLine();
    }
    ImGui::AlignTextToFramePadding();
    widgets::text(fonts().strong, theme::TEXT, "Aim for");
    ImGui::SameLine();
    const bool objective_changed = objective_combo(bulk.objective, 380);
    ImGui::SameLine();
    ImGui::BeginDisabled(bulk.job != nullptr);
    if (widgets::primary_button(bulk.draft ? "Run again" : "Run bulk match") || (objective_changed && bulk.draft))
        start_bulk_match(bulk, state, context.store.revision());
    ImGui::EndDisabled();
    widgets::gap(8);
    what_if_section(context, id, state, ui, width, actions);

    if (bulk.job) {
        const float progress = static_cast<float>(bulk.job->progress());
        widgets::text("Matching\xE2\x80\xA6 " + std::to_string(static_cast<int>(progress * 100)) + "%");
        ImGui::ProgressBar(progress, ImVec2(width, 0), "");
        // Asks for the next step after this frame is drawn, and so for the next frame.
        actions.push(StepBulkMatchAction{});
        widgets::gap(8);
    }
    if (bulk.draft)
        draft_section(context, id, state, ui, width, actions);
    else if (!bulk.job)
        widgets::muted("No draft yet: choose what to aim for and run bulk match.");
    publish_dialog(context, id, state, bulk, actions);
    widgets::gap(24);
}

}
