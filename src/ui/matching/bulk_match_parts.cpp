// The draft's lists on the bulk match screen (bulk_match_parts.h).
#include "ui/matching/bulk_match_parts.h"

#include "ui/fonts.h"
#include "ui/matching/explanation_view.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <set>

namespace turnabout::ui {

namespace {

bool is_favorite(const ProgramState& state, const matching::PairKey& pair)
{
    auto it = state.matching.favorites.find(pair.mentee);
    return it != state.matching.favorites.end() && it->second.contains(pair.mentor);
}

void name_cell(const ProgramState& state, const PersonId& id)
{
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    widgets::text(person_name(state, id));
}

void bullet_list(const ProgramState& state, const std::vector<matching::Unmatched>& people)
{
    for (const matching::Unmatched& u : people) {
        ImGui::PushID(u.person.value.c_str());
        widgets::text(fonts().strong, theme::TEXT, person_name(state, u.person));
        ImGui::SameLine(0, 8);
        widgets::muted(u.reason);
        ImGui::PopID();
    }
}

std::string pair_line(const ProgramState& state, const matching::DraftPair& pair)
{
    return person_name(state, pair.pair.mentor) + " and " + person_name(state, pair.pair.mentee) + " (" + std::to_string(pair.score) + "%)";
}

}

void draft_table(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& ui, float width)
{
    BulkMatchUi& bulk = ui.bulk;
    const matching::Draft& draft = *bulk.draft;
    const program::Program* p = state.program ? &*state.program : nullptr;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH
        | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("draft", 4, flags, ImVec2(width, 0)))
        return;
    const float actions_width = widgets::button_width("Unlock") + widgets::button_width("Exclude") + widgets::button_width("Why") + 36;
    ImGui::TableSetupColumn("mentor", 0, 1.3f);
    ImGui::TableSetupColumn("mentee", 0, 1.3f);
    ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn("actions", ImGuiTableColumnFlags_WidthFixed, actions_width);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (const std::string& header : {capitalize(term(p, Word::Mentor)), capitalize(term(p, Word::Mentee)), std::string("Score"), std::string()}) {
        ImGui::TableNextColumn();
        widgets::text(fonts().small, theme::MUTED, header);
    }
    // Best pairs first: what the admin reviews first is what the draft is surest of.
    std::vector<const matching::DraftPair*> rows;
    for (const matching::DraftPair& pair : draft.pairs)
        rows.push_back(&pair);
    std::stable_sort(rows.begin(), rows.end(), [](const matching::DraftPair* a, const matching::DraftPair* b) { return a->score > b->score; });
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const matching::DraftPair& pair = *rows[static_cast<std::size_t>(i)];
            ImGui::PushID(pair.pair.mentor.value.c_str());
            ImGui::PushID(pair.pair.mentee.value.c_str());
            ImGui::TableNextRow();
            name_cell(state, pair.pair.mentor);
            name_cell(state, pair.pair.mentee);
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            score_text(pair.score);
            const bool locked = bulk.locked.contains(pair.pair);
            if (locked || is_favorite(state, pair.pair)) {
                ImGui::SameLine(0, 8);
                widgets::text(fonts().small, locked ? theme::ACCENT : theme::WARNING, locked ? "Locked" : "Favorite");
            }
            ImGui::TableNextColumn();
            ImGui::BeginDisabled(bulk.job != nullptr);
            if (widgets::secondary_button(locked ? "Unlock" : "Lock")) {
                if (locked)
                    bulk.locked.erase(pair.pair);
                else
                    bulk.locked.insert(pair.pair);
            }
            ImGui::SameLine();
            if (widgets::secondary_button("Exclude")) {
                bulk.locked.erase(pair.pair);
                bulk.excluded.insert(pair.pair);
                start_bulk_match(bulk, state, context.store.revision());
            }
            ImGui::EndDisabled();
            ImGui::SameLine();
            if (widgets::secondary_button("Why"))
                ui.why = WhyDialogUi{true, id, draft.match_type, pair.pair, bulk.draft_settings};
            ImGui::PopID();
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void draft_leftovers(const ProgramState& state, MatchingUi& ui, float width)
{
    BulkMatchUi& bulk = ui.bulk;
    const matching::Draft& draft = *bulk.draft;
    const program::Program* p = state.program ? &*state.program : nullptr;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (!draft.problems.empty()) {
        widgets::gap(10);
        widgets::text(fonts().heading, theme::TEXT, "Problems");
        for (const std::string& problem : draft.problems)
            widgets::message_box(widgets::Tone::Error, problem, width);
    }
    if (!bulk.excluded.empty()) {
        widgets::gap(10);
        widgets::text(fonts().heading, theme::TEXT, "Left out of this draft");
        std::optional<matching::PairKey> allow;
        for (const matching::PairKey& pair : bulk.excluded) {
            ImGui::PushID(pair.mentor.value.c_str());
            ImGui::PushID(pair.mentee.value.c_str());
            ImGui::AlignTextToFramePadding();
            widgets::text(person_name(state, pair.mentor) + " and " + person_name(state, pair.mentee));
            ImGui::SameLine();
            if (widgets::secondary_button("Allow again"))
                allow = pair;
            ImGui::PopID();
            ImGui::PopID();
        }
        if (allow)
            bulk.excluded.erase(*allow);
    }
    widgets::gap(10);
    widgets::text(fonts().heading, theme::TEXT, "Unmatched " + term(p, Word::Mentee, Plural::Many) + " (" + std::to_string(draft.unmatched_mentees.size()) + ")");
    if (draft.unmatched_mentees.empty())
        widgets::muted("Everyone who can be matched is in the draft.");
    bullet_list(state, draft.unmatched_mentees);
    widgets::gap(10);
    widgets::text(fonts().heading, theme::TEXT, capitalize(term(p, Word::Mentor, Plural::Many)) + " with places left (" + std::to_string(draft.unmatched_mentors.size()) + ")");
    if (draft.unmatched_mentors.empty())
        widgets::muted("Every place is taken.");
    bullet_list(state, draft.unmatched_mentors);
    ImGui::PopTextWrapPos();
}

void draft_comparison(const ProgramState& state, const matching::Draft& now, const matching::Draft& before, float width)
{
    std::set<matching::PairKey> now_pairs, before_pairs;
    for (const auto& p : now.pairs)
        now_pairs.insert(p.pair);
    for (const auto& p : before.pairs)
        before_pairs.insert(p.pair);
    widgets::begin_card(width);
    widgets::text(fonts().heading, theme::TEXT, "Compared with the previous draft");
    widgets::text("This draft: " + std::to_string(now.pairs.size()) + " pairs, total score " + std::to_string(now.total_score));
    widgets::text("Previous draft: " + std::to_string(before.pairs.size()) + " pairs, total score " + std::to_string(before.total_score));
    int only_now = 0, only_before = 0;
    for (const auto& p : now.pairs) {
        if (!before_pairs.contains(p.pair)) {
            if (only_now++ == 0)
                widgets::text(fonts().strong, theme::TEXT, "Only in this draft");
            widgets::text(fonts().body, theme::SUCCESS, pair_line(state, p));
        }
    }
    for (const auto& p : before.pairs) {
        if (!now_pairs.contains(p.pair)) {
            if (only_before++ == 0)
                widgets::text(fonts().strong, theme::TEXT, "Only in the previous draft");
            widgets::text(fonts().body, theme::DANGER, pair_line(state, p));
        }
    }
    if (only_now == 0 && only_before == 0)
        widgets::muted("The same pairs in both.");
    widgets::end_card();
}

}
