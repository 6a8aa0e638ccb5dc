// The admin's match actions and the Matches screen's notes (match_life_ui.h).
#include "ui/match_life/match_life_ui.h"

#include "core/domain/requests/time_rules.h"
#include "ui/date_text.h"
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/matching/matching_cache.h"
#include "ui/privacy/private_text.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <cstdint>
#include <string>
#include <vector>

namespace turnabout::ui {

namespace {


void open_dialog(MatchActionDialog& dialog, MatchActionDialog::Kind kind, const matching::Match& match)
{
    dialog.kind = kind;
    dialog.open = true;
    dialog.just_opened = true;
    dialog.match = match.id;
    dialog.reason.clear();
    dialog.note.clear();
    dialog.problem.clear();
    // Three more months is the usual ask; the admin changes it.
    dialog.new_end = format_iso_date(requests::add_days(match.end, 91));
    dialog.ticket = Ticket::next();
}

}

void open_end_early_dialog(MatchActionDialog& dialog, const matching::Match& match)
{
    open_dialog(dialog, MatchActionDialog::Kind::EndEarly, match);
}

void open_extension_dialog(MatchActionDialog& dialog, const matching::Match& match)
{
    open_dialog(dialog, MatchActionDialog::Kind::Extend, match);
}

// Extensions waiting for the people's agreement, and matches ended early with why:
// what the table's one-line rows cannot hold.
void match_notes(const Store& store, const ProgramState& state, float width)
{
    const program::Program& p = *state.program;
    std::vector<const matching::Match*> extending, ended;
    for (const auto& [id, match] : state.matching.matches) {
        if (match.state == matching::MatchState::Active && match.extension)
            extending.push_back(&match);
        else if (match.state == matching::MatchState::EndedEarly || match.state == matching::MatchState::PersonLeft)
            ended.push_back(&match);
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (!extending.empty()) {
        widgets::text(fonts().heading, theme::TEXT, "Extensions waiting for agreement (" + std::to_string(extending.size()) + ")");
        for (const matching::Match* match : extending) {
            const matching::Extension& e = *match->extension;
            ImGui::PushID(match->id.value.c_str());
            widgets::text(fonts().strong, theme::TEXT, person_name(state, match->mentor) + " and " + person_name(state, match->mentee));
            std::string agreed;
            for (const PersonId& person : e.agreed)
                agreed += (agreed.empty() ? "" : ", ") + person_name(state, person);
            const bool by_admin = e.proposed_by == p.admin;
            widgets::muted("To " + long_date(e.new_end) + " (now " + long_date(match->end) + "), proposed on " + long_date(e.proposed_on)
                + (by_admin ? " by you" : "") + ". Agreed: " + (agreed.empty() ? std::string("no one yet") : agreed) + ".");
            if (!e.note.empty())
                widgets::text(fonts().body, theme::TEXT, "\xE2\x80\x9C" + shown_private(store, e.note) + "\xE2\x80\x9D");
            widgets::gap(4);
            ImGui::PopID();
        }
        widgets::gap(10);
    }
    std::vector<const matching::Reassignment*> reassigned;
    for (const auto& [mid, r] : state.matching.reassignments)
        reassigned.push_back(&r);
    if (!reassigned.empty()) {
        // For the admin's eyes only: the people read just that it ended.
        widgets::text(fonts().heading, theme::TEXT, "Reassigned on request (" + std::to_string(reassigned.size()) + ")");
        for (const matching::Reassignment* r : reassigned) {
            auto match = state.matching.matches.find(r->match);
            if (match == state.matching.matches.end())
                continue;
            ImGui::PushID(r->match.value.c_str());
            widgets::text(fonts().strong, theme::TEXT, person_name(state, match->second.mentor) + " and " + person_name(state, match->second.mentee));
            widgets::muted(person_name(state, r->asked_by) + " asked on " + long_date(r->on) + "; only you read who asked. The note and re-pairing are on the Requests screen.");
            ImGui::PopID();
        }
        widgets::gap(10);
    }
    if (!ended.empty()) {
        widgets::text(fonts().heading, theme::TEXT, capitalize(term(p, Word::Connection, Plural::Many)) + " ended early (" + std::to_string(ended.size()) + ")");
        for (const matching::Match* match : ended) {
            ImGui::PushID(match->id.value.c_str());
            widgets::text(fonts().strong, theme::TEXT, person_name(state, match->mentor) + " and " + person_name(state, match->mentee));
            std::string by = match->ended_by == p.admin ? std::string("you") : std::string();
            if (by.empty()) {
                for (const PersonId& person : {match->mentor, match->mentee}) {
                    if (people::actor_of(person) == match->ended_by)
                        by = person_name(state, person);
                }
            }
            widgets::muted("On " + long_date(match->ended) + (by.empty() ? "" : " by " + by) + ": "
                + (match->end_reason.empty() ? std::string("no reason given") : shown_private(store, match->end_reason)));
            ImGui::PopID();
        }
        widgets::gap(10);
    }
    ImGui::PopTextWrapPos();
}

void match_action_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchActionDialog& d, const CommandOutcome& outcome,
    ActionQueue& actions)
{
    if (d.open && outcome.succeeded(d.ticket))
        d.open = false;
    auto found = state.matching.matches.find(d.match);
    if (d.open && found == state.matching.matches.end())
        d.open = false;
    const bool ending = d.kind == MatchActionDialog::Kind::EndEarly;
    // One popup per kind: a popup keeps the name it was first opened with.
    if (!begin_dialog(ending ? "End early###admin_end_match" : "Propose an extension###admin_extend_match", d.open, 580))
        return;
    const program::Program& p = *state.program;
    const matching::Match& match = found->second;
    const std::string names = person_name(state, match.mentor) + " and " + person_name(state, match.mentee);
    const std::string connection = term(p, Word::Connection);
    const float width = ImGui::GetContentRegionAvail().x;
    if (ending) {
        widgets::text(fonts().heading, theme::TEXT, "End this " + connection + " early?");
        widgets::wrapped(names + "'s " + connection + " ends today instead of " + long_date(match.end)
                + ". Both find it in their inbox; the reason is seen only by the two of them and you.",
            theme::MUTED);
    } else {
        widgets::text(fonts().heading, theme::TEXT, "Propose an extension");
        widgets::wrapped(names + "'s " + connection + " ends on " + long_date(match.end)
                + ". Both are asked to agree; the new end applies once they have.",
            theme::MUTED);
    }
    widgets::gap(6);
    if (d.just_opened) {
        ImGui::SetKeyboardFocusHere();
        d.just_opened = false;
    }
    if (ending) {
        widgets::text_area("Reason", "##admin_end_reason", d.reason, ImVec2(width, 90));
    } else {
        widgets::text_field("New end (YYYY-MM-DD)", "##admin_extension_end", d.new_end, 200);
        widgets::gap(4);
        widgets::text_area("Note (optional)", "##admin_extension_note", d.note, ImVec2(width, 70));
        widgets::muted("The note is seen only by the two of them and you.");
    }
    if (!d.problem.empty()) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, d.problem, width);
    } else if (outcome.refused(d.ticket)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, outcome.error, width);
    }
    widgets::gap(10);
    const std::string confirm = ending ? "End " + connection + "##admin_end" : std::string("Send proposal##admin_extension");
    const char* cancel_label = "Cancel##match_action";
    const float confirm_width = widgets::button_width(confirm.c_str());
    const float cancel_width = widgets::button_width(cancel_label);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - confirm_width - cancel_width - ImGui::GetStyle().ItemSpacing.x);
    bool cancel = widgets::secondary_button(cancel_label, ImVec2(cancel_width, 0));
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    const bool confirmed = ending ? widgets::danger_button(confirm.c_str(), ImVec2(confirm_width, 0))
                                  : widgets::primary_button(confirm.c_str(), ImVec2(confirm_width, 0));
    ImGui::EndDisabled();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        cancel = true;
    if (cancel) {
        d.open = false;
    } else if (confirmed) {
        d.problem.clear();
        if (ending) {
            actions.push(RunCommandAction{id, std::nullopt, match_life::EndMatch{match.id, false, d.reason, context.today},
                "Ended " + names + "'s " + connection + ": both find it in their inbox.", ResultTarget::Matching, d.ticket});
        } else if (auto end = parse_iso_date(d.new_end)) {
            actions.push(RunCommandAction{id, std::nullopt, match_life::ProposeExtension{match.id, *end, d.note, context.today},
                "Proposed to extend " + names + "'s " + connection + " to " + long_date(*end) + ": both are asked to agree.",
                ResultTarget::Matching, d.ticket});
        } else {
            d.problem = date_problem("New end", d.new_end);
        }
    }
    end_dialog();
}

}
