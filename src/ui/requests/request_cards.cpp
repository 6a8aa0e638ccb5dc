// One request as a card on the Requests page: received (message, score and "Why this
// match", Accept / Decline), sent and pending (status, age, what blocks it, when it
// closes by itself, Withdraw), or closed (its outcome and where to go next).
#include "core/domain/requests/time_rules.h"
#include "ui/date_text.h"
#include "ui/privacy/private_text.h"
#include "ui/fonts.h"
#include "ui/matching/explanation_view.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

const ImVec2 CARD_PADDING(18, 12);

// The person's own words, set off by a bar on the left as a quotation.
void quoted_message(const std::string& message, float width)
{
    if (message.empty()) {
        widgets::text(fonts().small, theme::MUTED, "No message.");
        return;
    }
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float indent = 14;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - indent);
    widgets::text(fonts().body, theme::TEXT, message);
    ImGui::PopTextWrapPos();
    const float bottom = ImGui::GetItemRectMax().y;
    ImGui::GetWindowDrawList()->AddRectFilled(start, ImVec2(start.x + 3, bottom), ImGui::ColorConvertFloat4ToU32(theme::ACCENT), 1.5f);
}

// The card's top: the other person's name and a line under it on the left, `right`
// (a score or a status) drawn by the caller on the right.
template <typename Right>
void card_top(const std::string& name, const std::string& line, float inner, float right_width, Right right)
{
    const float start_x = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(start_x + inner - right_width - 12);
    widgets::text(fonts().strong, theme::TEXT, name);
    widgets::text(fonts().small, theme::MUTED, line);
    ImGui::PopTextWrapPos();
    const float bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(start_x + inner - right_width, top));
    ImGui::BeginGroup();
    right();
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(start_x, std::max(bottom, ImGui::GetCursorPosY()) + 4));
}

std::string other_name(const ProgramState& state, const requests::Request& request, const PersonId& self)
{
    if (request.kind == requests::RequestKind::RankedList)
        return request.assigned.empty() ? std::string("Your ranked list") : person_name(state, request.assigned);
    return person_name(state, request.from == self ? request.to : request.from);
}

// A closed request's status word and colour, as the people see it.
std::pair<std::string, ImVec4> status_word(requests::RequestStatus status)
{
    switch (status) {
    case requests::RequestStatus::Accepted: return {"Accepted", theme::SUCCESS};
    case requests::RequestStatus::Declined: return {"Declined", theme::DANGER};
    case requests::RequestStatus::Withdrawn: return {"Withdrawn", theme::MUTED};
    case requests::RequestStatus::Closed: return {"Closed", theme::MUTED};
    case requests::RequestStatus::Expired: return {"Expired", theme::WARNING};
    case requests::RequestStatus::Pending: break;
    }
    return {"Waiting", theme::ACCENT};
}

// The conflict rule's note ("this request could not be accepted: … became full")
// reads as a sentence of its own; the admin's closing note is theirs.
// The side the sender looked from, to browse for someone else.
matching::Side sender_side(const requests::Request& request)
{
    return request.kind == requests::RequestKind::MenteeAsks || request.kind == requests::RequestKind::RankedList ? matching::Side::AsMentee
                                                                                                                  : matching::Side::AsMentor;
}

}

void received_request_card(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self,
    const requests::Request& request, RequestsUi& ui, MatchingUi& matching, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    const program::MatchType* type = p.match_type(request.match_type);
    const std::string name = person_name(state, request.from);
    const matching::PairKey pair{request.mentor(), request.mentee()};
    const matching::RequestRules& rules = state.matching.settings.requests;
    ImGui::PushID(request.id.value.c_str());
    widgets::begin_card(width, CARD_PADDING);
    const float inner = width - 2 * CARD_PADDING.x;
    const std::string line = capitalize(asks_recipient(p, request)) + " \xC2\xB7 " + match_type_prefix(p, request.match_type) + "sent "
        + days_ago(request.sent, context.today);
    card_top(name, line, inner, 70, [&] {
        if (!type)
            return;
        const matching::ScoreExplanation& e = matching.cache.explanation(state, type->id, pair);
        score_text(e.exclusion ? 0 : e.score);
        widgets::text(fonts().small, theme::MUTED, "match");
    });
    quoted_message(shown_private(context.store, request.message), inner);
    widgets::gap(6);
    const int waiting = requests::days_between(request.sent, context.today);
    auto reminder = requests::reminder_on(request, rules);
    if (reminder && context.today >= *reminder)
        widgets::text(fonts().small, theme::WARNING,
            name + " has waited " + days_text(waiting) + " for your answer. A quick answer, even a no, lets them move on.");
    if (auto closes = requests::closes_on(request, rules))
        widgets::text(fonts().small, theme::MUTED, "Without an answer it closes by itself on " + long_date(*closes) + ".");
    if (auto blocker = requests::blocker(state, request)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Info, "You cannot accept it right now: " + *blocker + ".", inner);
    }
    if (ui.accepted.refused(ui.outcome, request.id)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, inner);
    }
    widgets::gap(6);
    if (type && widgets::secondary_button("Why this match"))
        matching.why = WhyDialogUi{true, id, type->id, pair, std::nullopt};
    ImGui::SameLine();
    ImGui::BeginDisabled(context.read_only);
    if (widgets::primary_button("Accept")) {
        actions.push(RunCommandAction{id, people::actor_of(self),
            requests::AnswerRequest{request.id, true, requests::DeclineReason::NotAGoodMatch, "", context.store.new_match_id(), context.today},
            "You and " + name + " are now matched: see My " + term(p, Word::Connection, Plural::Many) + ".", ResultTarget::Requests, ui.accepted.send(request.id)});
    }
    ImGui::SameLine();
    if (widgets::secondary_button("Decline"))
        ui.decline = DeclineRequestUi{true, request.id, name, requests::DeclineReason::NotAGoodMatch, "", true, {}};
    ImGui::EndDisabled();
    widgets::end_card();
    widgets::gap(6);
    ImGui::PopID();
}

void sent_request_card(const ViewContext& context, const ProgramState& state, const requests::Request& request,
    RequestsUi& ui, float width)
{
    const program::Program& p = *state.program;
    const std::string name = person_name(state, request.to);
    const matching::RequestRules& rules = state.matching.settings.requests;
    ImGui::PushID(request.id.value.c_str());
    widgets::begin_card(width, CARD_PADDING);
    const float inner = width - 2 * CARD_PADDING.x;
    const std::string line = asks_sender(p, request) + " \xC2\xB7 " + match_type_prefix(p, request.match_type) + "sent "
        + days_ago(request.sent, context.today) + " (" + long_date(request.sent) + ")";
    card_top(name, line, inner, 90, [&] { widgets::text(fonts().strong, theme::ACCENT, "Waiting"); });
    quoted_message(shown_private(context.store, request.message), inner);
    widgets::gap(6);
    widgets::text(fonts().body, theme::TEXT, "Waiting for " + name + "'s answer.");
    auto reminder = requests::reminder_on(request, rules);
    if (reminder && context.today >= *reminder)
        widgets::text(fonts().small, theme::MUTED, name + " was reminded on " + long_date(*reminder) + ".");
    if (auto closes = requests::closes_on(request, rules))
        widgets::text(fonts().small, theme::MUTED, "Without an answer it closes by itself on " + long_date(*closes) + ".");
    if (auto blocker = requests::blocker(state, request)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Info, "On hold: " + *blocker + ". It can be accepted once a place is free.", inner);
    }
    widgets::gap(6);
    ImGui::BeginDisabled(context.read_only);
    if (widgets::secondary_button("Withdraw"))
        ui.withdraw = WithdrawRequestUi{true, request.id, name, {}};
    ImGui::EndDisabled();
    widgets::end_card();
    widgets::gap(6);
    ImGui::PopID();
}

void closed_request_card(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self,
    const requests::Request& request, MatchingUi& matching, ActionQueue& actions, float width)
{
    const program::Program& p = *state.program;
    const matching::RequestRules& rules = state.matching.settings.requests;
    const requests::RequestStatus status = requests::status_on(request, rules, context.today);
    const bool sent = request.from == self;
    const bool ranked = request.kind == requests::RequestKind::RankedList;
    const std::string name = other_name(state, request, self);
    const std::string other = ranked ? std::string("the program's admin") : name;
    ImGui::PushID(request.id.value.c_str());
    widgets::begin_card(width, CARD_PADDING);
    const float inner = width - 2 * CARD_PADDING.x;
    const std::string what = sent ? asks_sender(p, request) : capitalize(asks_recipient(p, request));
    const std::string line = what + " \xC2\xB7 " + match_type_prefix(p, request.match_type) + "sent " + long_date(request.sent);
    const std::pair<std::string, ImVec4> shown = status_word(status);
    card_top(name, line, inner, 90, [&] { widgets::text(fonts().strong, shown.second, shown.first); });

    const std::string on = long_date(request.decided);
    switch (status) {
    case requests::RequestStatus::Accepted:
        if (ranked)
            widgets::text("The program's admin assigned " + name + " from your list on " + on + ".");
        else
            widgets::text((sent ? name + " accepted on " + on : "You accepted on " + on) + ": you are matched.");
        break;
    case requests::RequestStatus::Declined: {
        const std::string reason(requests::decline_reason_label(request.decline_reason));
        widgets::text((sent ? name + " declined on " + on : "You declined on " + on) + ". Reason: " + reason + ".");
        if (!request.decline_note.empty())
            widgets::text(fonts().body, theme::TEXT, (sent ? "Their note: " : "Your note: ") + shown_private(context.store, request.decline_note));
        if (sent)
            widgets::text(fonts().small, theme::MUTED, "You may ask " + name + " again later, or ask someone else.");
        break;
    }
    case requests::RequestStatus::Withdrawn:
        widgets::text(sent ? "You withdrew it on " + on + "." : name + " withdrew it on " + on + ".");
        break;
    case requests::RequestStatus::Closed:
        if (request.place_taken)
            widgets::text(capitalize(request.note) + ".");
        else {
            widgets::text("Closed by the program's admin on " + on + ".");
            if (!request.closing_note.empty())
                widgets::text(fonts().body, theme::TEXT, "The admin's note: " + shown_private(context.store, request.closing_note));
        }
        break;
    case requests::RequestStatus::Expired: {
        const int days = rules.close_after_days;
        auto closed = requests::closes_on(request, rules);
        widgets::text("Closed by itself after " + days_text(days) + " without an answer" + (closed ? ", on " + long_date(*closed) : std::string())
            + (sent ? "." : ": it can no longer be accepted."));
        if (sent)
            widgets::text(fonts().small, theme::MUTED, "Silence is not a verdict on you: people get busy. Your favorites and the browse page have others who could be a good fit.");
        break;
    }
    case requests::RequestStatus::Pending:
        break;
    }
    if (ranked && status != requests::RequestStatus::Accepted) {
        std::string names;
        for (const requests::RankedChoice& choice : request.ranked)
            names += (names.empty() ? "" : ", ") + person_name(state, choice.mentor);
        widgets::text(fonts().small, theme::MUTED, "Your list: " + names + ".");
    }
    widgets::gap(6);
    if (status == requests::RequestStatus::Accepted) {
        const std::string label = "Open My " + term(p, Word::Connection, Plural::Many);
        if (widgets::secondary_button(label.c_str()))
            actions.push(ShowScreenAction{id, Screen::MyMatches});
    } else if (sent && status == requests::RequestStatus::Expired && browse_offered(state)) {
        if (widgets::secondary_button("See my favorites")) {
            matching.browse = BrowseUi{};
            matching.browse.person = self;
            matching.browse.match_type = request.match_type;
            matching.browse.favorites_only = true;
            matching.browse.side = sender_side(request);
            actions.push(ShowScreenAction{id, Screen::Browse});
        }
        ImGui::SameLine();
        const std::string label = "Browse " + term(p, sender_side(request) == matching::Side::AsMentee ? Word::Mentor : Word::Mentee, Plural::Many);
        if (widgets::secondary_button(label.c_str())) {
            matching.browse = BrowseUi{};
            matching.browse.person = self;
            matching.browse.match_type = request.match_type;
            matching.browse.side = sender_side(request);
            actions.push(ShowScreenAction{id, Screen::Browse});
        }
    }
    widgets::end_card();
    widgets::gap(6);
    ImGui::PopID();
}

}
