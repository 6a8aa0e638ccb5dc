// The request side of the matching screens: the buttons on a candidate's card, the
// note that explains an admin-led or admin-routed match type, and the mentor's prompt
// on Home while nobody has asked them.
#include "ui/requests/request_buttons.h"

#include "core/domain/matching/eligibility.h"
#include "ui/fonts.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

void open_request(RequestDialogUi& dialog, const program::MatchType& type, requests::RequestKind kind, const PersonId& other,
    const std::string& name)
{
    // Keep a message being written to the same person; start afresh for someone else.
    const bool same = dialog.person == other && dialog.match_type == type.id && dialog.kind == kind;
    dialog.open = true;
    dialog.match_type = type.id;
    dialog.kind = kind;
    dialog.person = other;
    dialog.name = name;
    if (!same)
        dialog.message.clear();
    dialog.just_opened = true;
    dialog.ticket = Ticket{};
}

void ranked_button(const ProgramState& state, const program::MatchType& type, const PersonId& self, const PersonId& other, bool read_only,
    MatchingUi& ui)
{
    RankedDraft& draft = ui.request.ranked[{self, type.id}];
    auto on_list = std::find_if(draft.choices.begin(), draft.choices.end(), [&](const RankedDraft::Choice& c) { return c.mentor == other; });
    // A list already with the admin cannot change: the Requests page says so.
    bool sent = false;
    for (const auto& [request_id, request] : state.requests.requests)
        sent = sent || (request.kind == requests::RequestKind::RankedList && request.from == self && request.match_type == type.id
                           && request.status == requests::RequestStatus::Pending);
    ImGui::BeginDisabled(read_only || sent);
    if (on_list != draft.choices.end()) {
        if (widgets::secondary_button("Remove from my list"))
            draft.choices.erase(on_list);
    } else {
        const bool full = draft.choices.size() >= requests::MAX_RANKED_CHOICES;
        ImGui::BeginDisabled(full);
        if (widgets::primary_button("Add to my list"))
            draft.choices.push_back(RankedDraft::Choice{other, ""});
        ImGui::EndDisabled();
        if (full && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("Your list holds %d at most: remove one on the Requests page first.", static_cast<int>(requests::MAX_RANKED_CHOICES));
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
}

}

void request_buttons(const ViewContext& context, const ProgramId& id, const ProgramState& state, const program::MatchType& type,
    const PersonId& self, matching::Side side, const PersonId& other, MatchingUi& ui, ActionQueue& actions)
{
    const people::Person* me = find_person(state, self);
    const people::Person* them = find_person(state, other);
    if (!me || !them)
        return;
    const requests::RequestOptions options = requests::request_options(state, type, *me, side);
    if (options.ranked) {
        ranked_button(state, type, self, other, context.read_only, ui);
        return;
    }
    if (!options.request && !options.offer)
        return;
    if (pending_request(state, type.id, other, self, context.today)) {
        // They asked first: answering is the way forward, not a second request.
        if (widgets::primary_button("Answer their request"))
            actions.push(ShowScreenAction{id, Screen::Requests});
        ImGui::SameLine();
        return;
    }
    if (const requests::Request* mine = pending_request(state, type.id, self, other, context.today)) {
        ImGui::BeginDisabled();
        widgets::secondary_button(mine->kind == requests::RequestKind::MentorOffers ? "Offer sent" : "Request sent");
        ImGui::EndDisabled();
        ImGui::SameLine();
        return;
    }
    ImGui::BeginDisabled(context.read_only);
    const bool as_mentee = side == matching::Side::AsMentee;
    if (options.request) {
        if (widgets::primary_button("Request"))
            open_request(ui.request, type, as_mentee ? requests::RequestKind::MenteeAsks : requests::RequestKind::MentorAsks, other, them->details.name);
        ImGui::SameLine();
    }
    if (options.offer) {
        const bool clicked = options.request ? widgets::secondary_button("Offer to mentor") : widgets::primary_button("Offer to mentor");
        if (clicked)
            open_request(ui.request, type, requests::RequestKind::MentorOffers, other, them->details.name);
        ImGui::SameLine();
    }
    ImGui::EndDisabled();
}

bool reaches_out_to_mentees(const ProgramState& state, const program::MatchType& type, const people::Person& person)
{
    const requests::RequestOptions options = requests::request_options(state, type, person, matching::Side::AsMentor);
    return options.request || options.offer;
}

void process_note(const ProgramState& state, const program::MatchType& type, const PersonId& self, matching::Side side, float width)
{
    const people::Person* me = find_person(state, self);
    if (!me || !state.program)
        return;
    const program::Program& p = *state.program;
    std::string note;
    switch (type.process) {
    case program::MatchingProcess::AdminLed:
        note = "In " + type.name + " the program's admin makes the " + term(p, Word::Connection, Plural::Many)
            + ", so there is no Request button. Mark the people you would like with the star: the admin sees your favorites when matching.";
        break;
    case program::MatchingProcess::AdminRouted:
        if (side == matching::Side::AsMentee)
            note = "In " + type.name + " you choose up to " + std::to_string(requests::MAX_RANKED_CHOICES) + " " + term(p, Word::Mentor, Plural::Many)
                + " with \"Add to my list\", order them on the Requests page and send the list to the program's admin, who assigns one.";
        else
            note = "In " + type.name + " " + term(p, Word::Mentee, Plural::Many) + " send their preferences to the program's admin, who assigns "
                + term(p, Word::Mentor, Plural::Many) + ".";
        break;
    case program::MatchingProcess::UserLed:
    case program::MatchingProcess::UserLedWithApproval:
        if (side == matching::Side::AsMentor && !requests::request_options(state, type, *me, side).request && !requests::request_options(state, type, *me, side).offer)
            note = "In " + type.name + " " + term(p, Word::Mentee, Plural::Many) + " send the requests: you answer them under Requests.";
        break;
    }
    if (note.empty())
        return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::text(fonts().small, theme::MUTED, note);
    ImGui::PopTextWrapPos();
    widgets::gap(4);
}

void mentor_waiting_prompt(const ProgramState& state, const PersonId& self, float width)
{
    const people::Person* me = find_person(state, self);
    if (!me || !state.program || !matching::can_mentor(*me) || me->membership != people::Membership::Active)
        return;
    for (const auto& [request_id, request] : state.requests.requests) {
        if (request.to == self || request.assigned == self)
            return;
    }
    for (const auto& [match_id, match] : state.matching.matches) {
        if (match.mentor == self && match.state == matching::MatchState::Active)
            return;
    }
    const program::Program& p = *state.program;
    bool can_reach_out = false;
    bool can_be_asked = false; // where the admin makes every match, nobody waits for requests
    for (const program::MatchType& type : p.match_types) {
        can_reach_out = can_reach_out || reaches_out_to_mentees(state, type, *me);
        can_be_asked = can_be_asked || type.process == program::MatchingProcess::UserLed
            || type.process == program::MatchingProcess::UserLedWithApproval;
    }
    if (!can_be_asked)
        return;
    std::string text = "No requests yet, and that is normal: " + term(p, Word::Mentee, Plural::Many)
        + " often take a while to choose. A complete profile (your skills, interests and when you are free) is what helps them pick you.";
    // The recommendations below carry "Request" / "Offer to mentor": the prompt points there.
    if (can_reach_out)
        text += " You need not wait: reach out yourself to one of the " + term(p, Word::Mentee, Plural::Many) + " recommended below, or browse them all.";
    widgets::gap(6);
    widgets::message_box(widgets::Tone::Info, text, width);
}

}
