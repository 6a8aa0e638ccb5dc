#include "core/domain/privacy/private_text.h"

#include "core/domain/state.h"

#include <algorithm>

namespace turnabout::privacy {

Status check_private_text(std::string_view label, const PrivateText& text, std::size_t max_length, TextKind kind)
{
    const std::string& value = text.stored();
    if (!text.is_sealed())
        return check_text(label, value, max_length, kind);
    // Room for the longest plain text in base64 (4 bytes of UTF-8 per character at
    // most), its nonce and tag, and a sealed key for each of a few readers.
    const std::size_t bound = max_length * 6 + 1024;
    if (value.size() > bound)
        return make_error("text_too_long", std::string(label) + ": the sealed text is longer than any text this field may hold");
    return {};
}

std::string_view private_field_label(std::string_view what)
{
    if (what == "request_message")
        return "A request's message";
    if (what == "ranked_note")
        return "A ranked list's note on a mentor";
    if (what == "closing_note")
        return "The admin's note on closing a request";
    if (what == "decline_note")
        return "A note on declining a request";
    if (what == "decline_reason")
        return "Why the registration was declined";
    if (what == "reassignment_note")
        return "A note asking to be reassigned";
    if (what == "end_reason")
        return "Why a match ended";
    if (what == "extension_note")
        return "A note on extending a match";
    if (what == "admin_note")
        return "A note to the program's admin";
    if (what == "ruled_out")
        return "Who they may not be matched with (no reason given)";
    return "A private note";
}

std::vector<PrivateField> private_fields(const ProgramState& state, EventBody& body)
{
    std::vector<PrivateField> out;
    if (auto* sent = std::get_if<requests::RequestSent>(&body)) {
        PrivateField field{&sent->message, {sent->from}, sent->to.empty(), "request_message"};
        if (!sent->to.empty())
            field.people.push_back(sent->to);
        out.push_back(std::move(field));
        for (requests::RankedChoice& choice : sent->ranked)
            out.push_back(PrivateField{&choice.note, {sent->from}, true, "ranked_note"});
    } else if (auto* closed = std::get_if<requests::RequestsClosed>(&body)) {
        PrivateField field{&closed->note, {}, true, "closing_note"};
        for (const requests::RequestId& id : closed->ids) {
            auto it = state.requests.requests.find(id);
            if (it == state.requests.requests.end())
                continue;
            for (const PersonId& person : {it->second.from, it->second.to}) {
                if (!person.empty() && std::find(field.people.begin(), field.people.end(), person) == field.people.end())
                    field.people.push_back(person);
            }
        }
        out.push_back(std::move(field));
    } else if (auto* answered = std::get_if<requests::RequestAnswered>(&body)) {
        auto it = state.requests.requests.find(answered->id);
        if (it != state.requests.requests.end()) {
            PrivateField field{&answered->note, {it->second.from}, true, "decline_note"};
            if (!it->second.to.empty())
                field.people.push_back(it->second.to);
            out.push_back(std::move(field));
        }
    } else if (auto* declined = std::get_if<people::RegistrationDeclined>(&body)) {
        out.push_back(PrivateField{&declined->reason, {declined->id}, true, "decline_reason"});
    } else if (auto* reassignment = std::get_if<match_life::ReassignmentAsked>(&body)) {
        out.push_back(PrivateField{&reassignment->note, {reassignment->person}, true, "reassignment_note"});
    } else if (auto* ended = std::get_if<match_life::MatchEnded>(&body)) {
        if (auto it = state.matching.matches.find(ended->match); it != state.matching.matches.end())
            out.push_back(PrivateField{&ended->reason, {it->second.mentor, it->second.mentee}, true, "end_reason"});
    } else if (auto* extension = std::get_if<match_life::ExtensionProposed>(&body)) {
        if (auto it = state.matching.matches.find(extension->match); it != state.matching.matches.end())
            out.push_back(PrivateField{&extension->note, {it->second.mentor, it->second.mentee}, true, "extension_note"});
    } else if (auto* ruled_out = std::get_if<privacy::RuledOutSealed>(&body)) {
        // Filled in and sealed with the person's fields (Store::seal_ruled_out); listed
        // here for the audit.
        out.push_back(PrivateField{&ruled_out->list, {ruled_out->person}, true, "ruled_out"});
    } else if (auto* note = std::get_if<match_life::AdminNoteSent>(&body)) {
        // The admin, and the author's own browser (every sealing includes the
        // recording browser): naming the author here would add nothing.
        out.push_back(PrivateField{&note->content, {}, true, "admin_note"});
    }
    return out;
}

}
