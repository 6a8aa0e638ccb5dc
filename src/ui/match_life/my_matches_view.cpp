// My matches ("My connections"): each of the person's matches, active first, with the
// partner, match type, term and state; an extension to propose or answer; mark
// completed, end early, or ask the admin confidentially to be reassigned. A
// reassignment reads "Ended" to both people: only the one who asked (whose browser
// opens their own note) is reminded that they asked, and while the admin has not
// ended it yet, that the match goes on.
#include "core/domain/match_life/match_life_rules.h"
#include "core/domain/requests/time_rules.h"
#include "core/domain/privacy/person_fields.h"
#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/match_life/match_life_ui.h"
#include "ui/privacy/private_text.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <vector>

namespace turnabout::ui {

namespace {

// The extension's new end suggested when the dialog opens: three months on.
constexpr int SUGGESTED_EXTENSION_DAYS = 91;

ImVec4 state_colour(const matching::Match& match, Date today)
{
    if (match.state == matching::MatchState::Active)
        return today > match.end ? theme::WARNING : theme::SUCCESS;
    return match.state == matching::MatchState::Completed ? theme::ACCENT : theme::MUTED;
}

std::string proposer(const ProgramState& state, const matching::Match& match, const PersonId& self)
{
    const ActorId& by = match.extension->proposed_by;
    if (by == people::actor_of(self))
        return "You";
    const PersonId partner = match.mentor == self ? match.mentee : match.mentor;
    if (by == people::actor_of(partner))
        return person_name(state, partner);
    return "The program's admin";
}

// How it ended, in the words this person may read.
void ended_lines(const Store& store, const ProgramState& state, const matching::Match& match, const PersonId& self, const std::string& partner)
{
    const std::string on = long_date(match.ended);
    switch (match.state) {
    case matching::MatchState::Completed:
        widgets::text("Completed on " + on + ".");
        break;
    case matching::MatchState::EndedEarly:
        widgets::text("Ended early on " + on + ".");
        // The reason is sealed to the two people and the admin.
        if (!match.end_reason.empty()) {
            const bool own = match.ended_by == people::actor_of(self);
            widgets::text(fonts().small, theme::MUTED,
                std::string(own ? "Your reason" : "The reason") + " (seen only by the two of you and the program's admin): "
                    + shown_private(store, match.end_reason));
        }
        break;
    case matching::MatchState::Reassigned: {
        auto asked = state.matching.reassignments.find(match.id);
        if (asked != state.matching.reassignments.end() && asked->second.asked_by == self)
            widgets::text("Ended on " + on + ", when you asked to be reassigned. Only the program's admin knows you asked; " + partner
                + " sees only that it ended.");
        else
            widgets::text("Ended on " + on + ".");
        break;
    }
    case matching::MatchState::PersonLeft:
        widgets::text("Ended on " + on + ": " + shown_private(store, match.end_reason) + ".");
        break;
    case matching::MatchState::Active:
        break;
    }
}

void extension_lines(const ViewContext& context, const ProgramId& id, const ProgramState& state, const matching::Match& match,
    const PersonId& self, const std::string& partner, RequestsUi& ui, ActionQueue& actions, float inner)
{
    const matching::Extension& e = *match.extension;
    widgets::gap(4);
    widgets::message_box(widgets::Tone::Info,
        proposer(state, match, self) + " proposed to extend it to " + long_date(e.new_end)
            + (e.note.empty() ? "." : ": " + shown_private(context.store, e.note) + " (a note seen only by the two of you and the program's admin)"),
        inner);
    widgets::gap(4);
    if (ui.extension_answered.refused(ui.outcome, match.id))
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, inner);
    if (e.agreed.contains(self)) {
        widgets::text(fonts().small, theme::MUTED, "Waiting for " + partner + " to agree.");
        return;
    }
    ImGui::BeginDisabled(context.read_only);
    if (widgets::primary_button("Agree to extend")) {
        actions.push(RunCommandAction{id, people::actor_of(self), match_life::AnswerExtension{match.id, self, true, context.today},
            "You agreed to extend to " + long_date(e.new_end) + ".", ResultTarget::Requests, ui.extension_answered.send(match.id)});
    }
    ImGui::SameLine();
    if (widgets::secondary_button("Decline extension")) {
        actions.push(RunCommandAction{id, people::actor_of(self), match_life::AnswerExtension{match.id, self, false, context.today},
            "You declined the extension: the end stays " + long_date(match.end) + ".", ResultTarget::Requests,
            ui.extension_answered.send(match.id)});
    }
    ImGui::EndDisabled();
    widgets::gap(4);
}

void open_dialog(RequestsUi& ui, MatchAction action, const matching::Match& match, const std::string& partner)
{
    ui.match = MatchDialogUi{true, action, match.id, partner, format_iso_date(requests::add_days(match.end, SUGGESTED_EXTENSION_DAYS)), "", true, {}};
}

// What the partner shares with their match partners: their email and the answers
// for partners, once their browser's sealing has reached this one.
void partner_fields(const ProgramState& state, const PersonId& partner_id, float width)
{
    auto found = state.people.find(partner_id);
    if (found == state.people.end())
        return;
    const people::Person& partner = found->second;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (!partner.details.email.empty())
        widgets::text(fonts().body, theme::TEXT, "Email: " + partner.details.email);
    bool any_hidden = false;
    for (const questionnaire::Question& q : state.questions) {
        if (q.readers != privacy::Readers::PartnerAndAdmin)
            continue;
        if (partner.hidden.contains(privacy::answer_field(q.id))) {
            any_hidden = true;
            continue;
        }
        auto answer = partner.answers.find(q.id);
        if (answer == partner.answers.end() || answer->second.empty())
            continue;
        widgets::text(fonts().small, theme::MUTED, q.text);
        std::string text;
        for (const std::string& value : answer->second.values)
            text += (text.empty() ? "" : ", ") + value;
        widgets::text(text);
    }
    if (any_hidden || partner.hidden.contains("email"))
        widgets::muted(partner.details.name + "'s email and answers for their match partner reach you with their next changes: open the file they send you, or the admin's shared program.");
    ImGui::PopTextWrapPos();
}

void match_card(const ViewContext& context, const ProgramId& id, const ProgramState& state, const matching::Match& match, const PersonId& self,
    RequestsUi& ui, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    const bool as_mentor = match.mentor == self;
    const std::string partner = person_name(state, as_mentor ? match.mentee : match.mentor);
    const program::MatchType* type = p.match_type(match.match_type);
    const bool active = match.state == matching::MatchState::Active;
    ImGui::PushID(match.id.value.c_str());
    const ImVec2 padding(18, 12);
    widgets::begin_card(width, padding);
    const float inner = width - 2 * padding.x;
    const float start_x = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    const float state_width = 110;
    ImGui::PushTextWrapPos(start_x + inner - state_width - 12);
    widgets::text(fonts().strong, theme::TEXT, partner);
    widgets::text(fonts().small, theme::MUTED,
        "Your " + term(p, as_mentor ? Word::Mentee : Word::Mentor) + (type ? " \xC2\xB7 " + type->name : std::string()) + " \xC2\xB7 "
            + timeframe_text(match.start, match.end));
    ImGui::PopTextWrapPos();
    const float bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(start_x + inner - state_width, top));
    widgets::text(fonts().strong, state_colour(match, context.today), match_life::match_state_label(match, false, context.today));
    ImGui::SetCursorPos(ImVec2(start_x, std::max(bottom, ImGui::GetCursorPosY()) + 4));

    // This person's own request to be reassigned, which only their browser and the
    // admin's open: the match goes on until the admin ends it.
    auto asked = state.matching.reassignment_requests.find(match.id);
    const bool asked_here = active && asked != state.matching.reassignment_requests.end() && asked->second.asked_by == self;
    if (!active) {
        ended_lines(context.store, state, match, self, partner);
    } else {
        if (asked_here) {
            widgets::message_box(widgets::Tone::Info,
                "You asked the program's admin on " + long_date(asked->second.on) + " to be reassigned; until the admin ends it, this "
                    + term(p, Word::Connection) + " goes on. Only the admin reads this.",
                inner);
            widgets::gap(4);
        }
        if (context.today > match.end)
            widgets::text(fonts().small, theme::MUTED, "Its term ended on " + long_date(match.end) + ": mark it completed, or propose an extension.");
        if (match.extension)
            extension_lines(context, id, state, match, self, partner, ui, actions, inner);
        partner_fields(state, as_mentor ? match.mentee : match.mentor, inner);
        widgets::gap(4);
        ImGui::BeginDisabled(context.read_only);
        if (!match.extension) {
            if (widgets::secondary_button("Propose an extension"))
                open_dialog(ui, MatchAction::Extend, match, partner);
            ImGui::SameLine();
        }
        if (widgets::secondary_button("Mark completed"))
            open_dialog(ui, MatchAction::Complete, match, partner);
        ImGui::SameLine();
        if (widgets::secondary_button("End early"))
            open_dialog(ui, MatchAction::EndEarly, match, partner);
        // Asked once, the request waits for the admin.
        if (!asked_here) {
            ImGui::SameLine();
            if (widgets::secondary_button("Ask to be reassigned"))
                open_dialog(ui, MatchAction::Reassign, match, partner);
        }
        ImGui::EndDisabled();
    }
    widgets::end_card();
    widgets::gap(6);
    ImGui::PopID();
}

}

void my_matches_view(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    ActionQueue& actions)
{
    if (!state.program || !find_person(state, self))
        return;
    const program::Program& p = *state.program;
    const float width = std::min(820.0f, ImGui::GetContentRegionAvail().x);
    std::vector<const matching::Match*> mine;
    for (const auto& [match_id, match] : state.matching.matches) {
        if (match.mentor == self || match.mentee == self)
            mine.push_back(&match);
    }
    // Active first (newest start first), then the ended ones (most recently ended first).
    std::sort(mine.begin(), mine.end(), [](const matching::Match* a, const matching::Match* b) {
        const bool a_active = a->state == matching::MatchState::Active;
        const bool b_active = b->state == matching::MatchState::Active;
        if (a_active != b_active)
            return a_active;
        return a_active ? a->start > b->start : a->ended > b->ended;
    });

    widgets::text(fonts().title, theme::TEXT, "My " + term(p, Word::Connection, Plural::Many));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (mine.empty()) {
        widgets::muted("No " + term(p, Word::Connection, Plural::Many) + " yet. When a request is accepted, or the program's admin matches you, it appears here.");
        ImGui::PopTextWrapPos();
        return;
    }
    widgets::muted("Active first. Either of you can propose to extend, mark it completed or end it early. If it is not working, you can ask "
                   "confidentially to be reassigned.");
    ImGui::PopTextWrapPos();
    widgets::gap(10);
    for (const matching::Match* match : mine)
        match_card(context, id, state, *match, self, ui, actions, width);
}

}
