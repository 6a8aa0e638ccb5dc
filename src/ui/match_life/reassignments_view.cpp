// Reassignment requests (seed 003: "reassignment without blame"): only the admin reads
// who asked and why, opened from the asker's sealed note. A request waits with "End and
// reassign": the admin, not the asker, records the ending, so the other person and the
// file learn only that it ended. For each of the two people of a reassigned match the
// admin sees whether they have a new match yet, and "Find a new match" opens Matches →
// Check a pair with that person chosen.
#include "ui/privacy/private_text.h"
#include "ui/match_life/match_life_ui.h"
#include "ui/matching/matching_ui.h"
#include "ui/requests/admin_requests_parts.h"
#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

bool still_in_program(const ProgramState& state, const PersonId& person)
{
    auto it = state.people.find(person);
    return it != state.people.end() && it->second.membership == people::Membership::Active;
}

// Someone who left the program needs no new match.
bool needs_new_match(const ProgramState& state, const matching::Reassignment& r, const PersonId& person)
{
    return still_in_program(state, person) && repaired_in(state, r, person) == nullptr;
}

void person_line(const ProgramState& state, const matching::Reassignment& r, const matching::Match& match, const PersonId& person,
    bool as_mentor, MatchingUi& matching, const ProgramId& id, ActionQueue& actions, float inner)
{
    const program::Program& p = *state.program;
    ImGui::PushID(as_mentor ? "mentor" : "mentee");
    const std::string who = person_name(state, person) + " (" + term(p, as_mentor ? Word::Mentor : Word::Mentee) + ")";
    const float left = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    widgets::text(fonts().strong, theme::TEXT, who);
    ImGui::SameLine(0, 12);
    ImGui::AlignTextToFramePadding();
    if (const matching::Match* again = repaired_in(state, r, person)) {
        widgets::text(fonts().body, theme::SUCCESS,
            "Re-paired with " + person_name(state, as_mentor ? again->mentee : again->mentor) + " on " + long_date(again->start));
    } else if (!still_in_program(state, person)) {
        widgets::muted("No longer in the program.");
    } else {
        widgets::text(fonts().body, theme::WARNING, "Not re-paired yet");
        const char* find = "Find a new match";
        ImGui::SameLine();
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), left + inner - widgets::button_width(find)));
        if (widgets::secondary_button(find)) {
            // Check a pair with this person on their side and the other side open.
            matching.check.match_type = match.match_type;
            matching.check.mentor = as_mentor ? person : PersonId{};
            matching.check.mentee = as_mentor ? PersonId{} : person;
            actions.push(ShowScreenAction{id, Screen::Matches});
        }
    }
    ImGui::PopID();
}

// A request still waiting: the match goes on until the admin ends it here.
void request_card(const ViewContext& context, const ProgramState& state, const matching::Reassignment& r, const ProgramId& id,
    ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    auto found = state.matching.matches.find(r.match);
    if (found == state.matching.matches.end())
        return;
    const matching::Match& match = found->second;
    const PersonId other = r.asked_by == match.mentor ? match.mentee : match.mentor;
    const std::string connection = term(p, Word::Connection);
    ImGui::PushID(r.match.value.c_str());
    widgets::begin_card(width, ImVec2(22, 16));
    const float inner = width - 44;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    widgets::text(fonts().strong, theme::TEXT, person_name(state, r.asked_by) + " asks to be reassigned");
    const program::MatchType* type = p.match_type(match.match_type);
    widgets::text(fonts().small, theme::MUTED,
        "From their " + connection + " with " + person_name(state, other) + (type ? " \xC2\xB7 " + type->name : std::string())
            + " \xC2\xB7 asked on " + long_date(r.on));
    widgets::gap(2);
    if (r.note.empty())
        widgets::muted("No note.");
    else
        widgets::text(fonts().body, theme::TEXT, "\xE2\x80\x9C" + shown_private(context.store, r.note) + "\xE2\x80\x9D");
    widgets::gap(2);
    widgets::muted("The " + connection + " goes on until you end it. Ending it tells both only that it ended; " + person_name(state, other)
        + " never reads who asked.");
    ImGui::PopTextWrapPos();
    widgets::gap(6);
    ImGui::BeginDisabled(context.read_only);
    if (widgets::danger_button("End and reassign")) {
        actions.push(RunCommandAction{id, std::nullopt, match_life::ReassignMatch{match.id, context.today},
            "Ended " + person_name(state, match.mentor) + " and " + person_name(state, match.mentee) + "'s " + connection
                + ": both read only that it ended. Find each a new match below.",
            ResultTarget::Notice, Ticket::next()});
    }
    ImGui::EndDisabled();
    widgets::end_card();
    widgets::gap(6);
    ImGui::PopID();
}

void reassignment_card(const Store& store, const ProgramState& state, const matching::Reassignment& r, MatchingUi& matching, const ProgramId& id,
    ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    auto found = state.matching.matches.find(r.match);
    if (found == state.matching.matches.end())
        return;
    const matching::Match& match = found->second;
    const PersonId other = r.asked_by == match.mentor ? match.mentee : match.mentor;
    ImGui::PushID(r.match.value.c_str());
    widgets::begin_card(width, ImVec2(22, 16));
    const float inner = width - 44;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    widgets::text(fonts().strong, theme::TEXT, person_name(state, r.asked_by) + " asked to be reassigned");
    const program::MatchType* type = p.match_type(match.match_type);
    widgets::text(fonts().small, theme::MUTED,
        "From their " + term(p, Word::Connection) + " with " + person_name(state, other) + (type ? " \xC2\xB7 " + type->name : std::string())
            + " \xC2\xB7 " + long_date(r.on));
    widgets::gap(2);
    if (r.note.empty())
        widgets::muted("No note.");
    else
        widgets::text(fonts().body, theme::TEXT, "\xE2\x80\x9C" + shown_private(store, r.note) + "\xE2\x80\x9D");
    ImGui::PopTextWrapPos();
    widgets::gap(6);
    person_line(state, r, match, match.mentee, false, matching, id, actions, inner);
    person_line(state, r, match, match.mentor, true, matching, id, actions, inner);
    widgets::end_card();
    widgets::gap(6);
    ImGui::PopID();
}

}

const matching::Match* repaired_in(const ProgramState& state, const matching::Reassignment& r, const PersonId& person)
{
    auto ended = state.matching.matches.find(r.match);
    if (ended == state.matching.matches.end())
        return nullptr;
    // Matches keep no creation date: one that started on or after the request is new.
    for (const auto& [mid, match] : state.matching.matches) {
        if (mid != r.match && match.state == matching::MatchState::Active && match.match_type == ended->second.match_type
            && (match.mentor == person || match.mentee == person) && match.start >= r.on)
            return &match;
    }
    return nullptr;
}

std::size_t open_reassignments(const ProgramState& state)
{
    std::size_t count = state.matching.reassignment_requests.size();
    for (const auto& [mid, r] : state.matching.reassignments) {
        auto match = state.matching.matches.find(mid);
        if (match == state.matching.matches.end())
            continue;
        if (needs_new_match(state, r, match->second.mentor) || needs_new_match(state, r, match->second.mentee))
            ++count;
    }
    return count;
}

void reassignments_section(const ViewContext& context, const ProgramId& id, const ProgramState& state, MatchingUi& matching,
    ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    const std::size_t open = open_reassignments(state);
    widgets::text(fonts().heading, theme::TEXT, "Reassignment requests (" + std::to_string(open) + " open)");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted("Confidential: each request is sealed to you and the one who asked; no one else reads who asked, or why. When you end a "
        + term(p, Word::Connection) + " here, both people read only that it ended. Then re-pair both with the matching tools.");
    ImGui::PopTextWrapPos();
    widgets::gap(6);
    if (state.matching.reassignments.empty() && state.matching.reassignment_requests.empty()) {
        widgets::muted("No one has asked to be reassigned.");
        widgets::gap(12);
        return;
    }
    // Waiting requests first, oldest first: they wait for the admin's decision.
    std::vector<const matching::Reassignment*> waiting;
    for (const auto& [mid, r] : state.matching.reassignment_requests)
        waiting.push_back(&r);
    std::stable_sort(waiting.begin(), waiting.end(), [](const auto* a, const auto* b) { return a->on < b->on; });
    for (const matching::Reassignment* r : waiting)
        request_card(context, state, *r, id, actions, width);
    // Open ones first, newest first within each group.
    std::vector<const matching::Reassignment*> rows;
    for (const auto& [mid, r] : state.matching.reassignments)
        rows.push_back(&r);
    auto is_open = [&](const matching::Reassignment* r) {
        auto match = state.matching.matches.find(r->match);
        return match != state.matching.matches.end()
            && (needs_new_match(state, *r, match->second.mentor) || needs_new_match(state, *r, match->second.mentee));
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const auto* a, const auto* b) {
        const bool oa = is_open(a), ob = is_open(b);
        return oa != ob ? oa : a->on > b->on;
    });
    for (const matching::Reassignment* r : rows)
        reassignment_card(context.store, state, *r, matching, id, actions, width);
    widgets::gap(12);
}

}
