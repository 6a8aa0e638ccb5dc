#include "core/domain/privacy/private_text.h"

#include "core/domain/state.h"

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

std::vector<PrivateField> private_fields(const ProgramState& state, EventBody& body)
{
    std::vector<PrivateField> out;
    if (auto* sent = std::get_if<requests::RequestSent>(&body)) {
        PrivateField field{&sent->message, {sent->from}, sent->to.empty()};
        if (!sent->to.empty())
            field.people.push_back(sent->to);
        out.push_back(std::move(field));
    } else if (auto* answered = std::get_if<requests::RequestAnswered>(&body)) {
        auto it = state.requests.requests.find(answered->id);
        if (it != state.requests.requests.end()) {
            PrivateField field{&answered->note, {it->second.from}, true};
            if (!it->second.to.empty())
                field.people.push_back(it->second.to);
            out.push_back(std::move(field));
        }
    } else if (auto* declined = std::get_if<people::RegistrationDeclined>(&body)) {
        out.push_back(PrivateField{&declined->reason, {declined->id}, true});
    } else if (auto* reassignment = std::get_if<match_life::ReassignmentAsked>(&body)) {
        out.push_back(PrivateField{&reassignment->note, {reassignment->person}, true});
    } else if (auto* ended = std::get_if<match_life::MatchEnded>(&body)) {
        if (auto it = state.matching.matches.find(ended->match); it != state.matching.matches.end())
            out.push_back(PrivateField{&ended->reason, {it->second.mentor, it->second.mentee}, true});
    } else if (auto* extension = std::get_if<match_life::ExtensionProposed>(&body)) {
        if (auto it = state.matching.matches.find(extension->match); it != state.matching.matches.end())
            out.push_back(PrivateField{&extension->note, {it->second.mentor, it->second.mentee}, true});
    } else if (auto* note = std::get_if<match_life::AdminNoteSent>(&body)) {
        // The admin, and the author's own browser (every sealing includes the
        // recording browser): naming the author here would add nothing.
        out.push_back(PrivateField{&note->content, {}, true});
    }
    return out;
}

}
