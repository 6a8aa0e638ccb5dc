// Pieces the requests screens share (internal to ui/requests): the words for a request's kind, age and outcome, and
// the dialogs' drawing functions. Depends on: ui/requests/requests_ui.h.
#pragma once

#include "core/domain/lookup.h"
#include "core/domain/requests/request_rules.h"
#include "core/domain/requests/time_rules.h"
#include "ui/requests/requests_ui.h"

#include <optional>
#include <string>

namespace turnabout::ui {


// A request between the two (from `from` to `to`) pending on `today`, or null.
const requests::Request* pending_request(const ProgramState& state, const program::MatchTypeId& type, const PersonId& from, const PersonId& to,
    Date today);

// "today", "yesterday", "3 days ago".
std::string days_ago(Date day, Date today);
// "1 day", "21 days".
std::string days_text(int days);

// What the request asks, seen by its recipient ("asks you to be their mentor") or by
// the one who sent it ("you asked them to be your mentor").
std::string asks_recipient(const program::Program& p, const requests::Request& request);
std::string asks_sender(const program::Program& p, const requests::Request& request);

// "Reverse mentorship · " when the program has several match types, else "".
std::string match_type_prefix(const program::Program& p, const program::MatchTypeId& type);

// Pending requests the person may still send in a match type: "2 of 3 pending requests".
std::string pending_count_text(const ProgramState& state, const program::MatchType& type, const PersonId& person, Date today);

// The dialogs, one per file.
void send_request_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions);
void decline_request_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    ActionQueue& actions);
void withdraw_request_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    ActionQueue& actions);

// The Requests page's parts.
void received_request_card(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self,
    const requests::Request& request, RequestsUi& ui, MatchingUi& matching, ActionQueue& actions, float width);
void sent_request_card(const ViewContext& context, const ProgramState& state, const requests::Request& request,
    RequestsUi& ui, float width);
void closed_request_card(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self,
    const requests::Request& request, MatchingUi& matching, ActionQueue& actions, float width);
// "My ranked list" for each admin-routed match type the person can be a mentee in;
// nothing when there is none.
void ranked_lists(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    MatchingUi& matching, ActionQueue& actions, float width);

}
