// The admin's matching settings screen: criteria with weights and thresholds, the
// rules no pair breaks, and the requests' time rules and offers, edited on a copy and
// saved through the core, whose message says what is wrong with a bad value.
#include "ui/fonts.h"
#include "ui/matching/criteria_editor.h"
#include "ui/matching/matching_ui.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

// A number of days typed in a field, its label to the right; the core checks the range.
bool days_field(const char* label, int& value)
{
    ImGui::SetNextItemWidth(90);
    return ImGui::InputInt(label, &value, 0, 0);
}

// Seed 001: remind the person asked after a few days, close what stays unanswered,
// and let mentors who receive no requests offer to mentor.
bool request_rules_editor(const ProgramState& state, matching::RequestRules& rules, float width)
{
    const program::Program& p = *state.program;
    auto days = [](int n) { return std::to_string(n) + (n == 1 ? " day" : " days"); };
    bool changed = false;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("Unanswered requests are what people complain about most: remind the person asked, and close what stays unanswered "
                   "so that the one who asked can turn to someone else. 0 turns either off.");
    widgets::gap(4);
    changed |= days_field("Remind after (days)##remind_days", rules.remind_after_days);
    widgets::muted(rules.remind_after_days > 0
            ? "The person asked finds a reminder in their inbox " + days(rules.remind_after_days) + " after the request, if they have not answered."
            : std::string("No automatic reminder; you can still remind people from the Requests screen."));
    widgets::gap(4);
    changed |= days_field("Close after (days)##close_days", rules.close_after_days);
    widgets::muted(rules.close_after_days > 0
            ? "A request still unanswered after " + days(rules.close_after_days)
                + " closes by itself; the one who asked is told and pointed to their favorites."
            : std::string("Requests stay open until they are answered, withdrawn or closed by you."));
    widgets::gap(4);
    const std::string offers = capitalize(term(p, Word::Mentor, Plural::Many)) + " may offer to " + term(p, Word::Mentor) + "##mentor_offers";
    changed |= ImGui::Checkbox(offers.c_str(), &rules.mentor_offers);
    widgets::muted("A " + term(p, Word::Mentor) + " who receives no requests can offer to " + term(p, Word::Mentor) + " a "
        + term(p, Word::Mentee) + ", who accepts or declines.");
    ImGui::PopTextWrapPos();
    return changed;
}

}

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
        if (ui.outcome.succeeded(s.sent)) {
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
    // The pair rules and the request rules side by side: two short columns of fields.
    const float spacing = 40;
    const float column = (width - spacing) / 2;
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    widgets::text(fonts().heading, theme::TEXT, "Rules no pair breaks");
    changed |= rules_editor(state, s.settings, column);
    ImGui::EndGroup();
    const float rules_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(left + column + spacing, top));
    ImGui::BeginGroup();
    widgets::text(fonts().heading, theme::TEXT, "Requests");
    changed |= request_rules_editor(state, s.settings.requests, column);
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(left, std::max(rules_bottom, ImGui::GetCursorPosY())));
    if (changed)
        s.saved_message.clear();
    widgets::gap(10);
    if (ui.outcome.refused(s.sent) && s.saved_message.empty())
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    else if (!s.saved_message.empty())
        widgets::message_box(widgets::Tone::Success, s.saved_message, width);
    widgets::gap(6);
    if (widgets::secondary_button("Undo changes")) {
        load();
        s.saved_message.clear();
        s.sent = Ticket{};
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    if (widgets::primary_button("Save matching settings")) {
        s.sent = Ticket{};
        s.saved_message.clear();
        actions.push(RunCommandAction{id, std::nullopt, matching::ChangeMatchingSettings{s.settings}, "", ResultTarget::Matching, s.sent = Ticket::next()});
    }
    ImGui::EndDisabled();
    widgets::gap(24);
}

}
