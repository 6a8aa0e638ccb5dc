#include "io/requests_codec.h"
#include "io/sealing.h"

#include "io/value_codec.h"

namespace turnabout::io {

namespace {

constexpr std::size_t MAX_REMINDERS = 1000;

std::optional<Date> optional_date(const ObjectReader& r, const char* key)
{
    const std::string text = r.optional_string(key);
    if (text.empty())
        return std::nullopt;
    return decode_date(text, r.path() + "." + key);
}

std::string date_or_empty(Date date, bool present)
{
    return present ? format_iso_date(date) : std::string();
}

}

requests::RequestKind decode_request_kind(const std::string& name, const std::string& path)
{
    auto kind = requests::request_kind_from_name(name);
    if (!kind)
        throw DecodeError(path + ": \"" + name + "\" is not a kind of request");
    return *kind;
}

requests::DeclineReason decode_decline_reason(const std::string& name, const std::string& path)
{
    auto reason = requests::decline_reason_from_name(name);
    if (!reason)
        throw DecodeError(path + ": \"" + name + "\" is not a decline reason");
    return *reason;
}

Json encode_request_ids(const std::vector<requests::RequestId>& ids)
{
    Json out = Json::array();
    for (const auto& id : ids)
        out.push_back(id.value);
    return out;
}

std::vector<requests::RequestId> decode_request_ids(const Json& value, const std::string& path)
{
    std::vector<requests::RequestId> out;
    for (const std::string& id : decode_strings(value, path, requests::MAX_REQUESTS_PER_COMMAND))
        out.push_back(requests::RequestId{id});
    return out;
}

Json encode_ranked(const std::vector<requests::RankedChoice>& ranked)
{
    Json out = Json::array();
    for (const auto& choice : ranked)
        out.push_back(Json{{"mentor", choice.mentor.value}, {"note", choice.note.stored()}});
    return out;
}

std::vector<requests::RankedChoice> decode_ranked(const Json& value, const std::string& path)
{
    if (!value.is_array())
        throw DecodeError(path + ": expected a list");
    if (value.size() > requests::MAX_RANKED_CHOICES)
        throw DecodeError(path + ": more than " + std::to_string(requests::MAX_RANKED_CHOICES) + " choices");
    std::vector<requests::RankedChoice> out;
    for (const Json& item : value) {
        ObjectReader r(item, path + "[]");
        r.allow_only({"mentor", "note"});
        out.push_back(requests::RankedChoice{PersonId{r.string("mentor")}, private_text_from_file(r.string("note"))});
    }
    return out;
}

Json encode(const requests::Request& q)
{
    const bool decided = q.status != requests::RequestStatus::Pending;
    Json reminders = Json::array();
    for (Date day : q.reminders)
        reminders.push_back(format_iso_date(day));
    return Json{{"id", q.id.value}, {"match_type", q.match_type.value}, {"kind", std::string(requests::request_kind_name(q.kind))},
        {"from", q.from.value}, {"to", q.to.value}, {"ranked", encode_ranked(q.ranked)}, {"message", q.message.stored()},
        {"sent", format_iso_date(q.sent)}, {"status", std::string(requests::request_status_name(q.status))},
        {"decided", date_or_empty(q.decided, decided)}, {"decline_reason", std::string(requests::decline_reason_name(q.decline_reason))},
        {"decline_note", q.decline_note.stored()}, {"note", q.note}, {"closing_note", q.closing_note.stored()}, {"place_taken", q.place_taken}, {"reminders", reminders}, {"match", q.match.value}, {"assigned", q.assigned.value}};
}

requests::Request decode_request(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"id", "match_type", "kind", "from", "to", "ranked", "message", "sent", "status", "decided", "decline_reason", "decline_note", "note", "closing_note", "place_taken", "reminders", "match", "assigned"});
    requests::Request q;
    q.id = requests::RequestId{r.string("id")};
    q.match_type = program::MatchTypeId{r.string("match_type")};
    q.kind = decode_request_kind(r.string("kind"), path + ".kind");
    q.from = PersonId{r.string("from")};
    q.to = PersonId{r.string("to")};
    q.ranked = decode_ranked(r.array("ranked"), path + ".ranked");
    q.message = private_text_from_file(r.string("message"));
    q.sent = decode_date(r.string("sent"), path + ".sent");
    auto status = requests::request_status_from_name(r.string("status"));
    if (!status || *status == requests::RequestStatus::Expired)
        throw DecodeError(path + ".status: not a recorded status");
    q.status = *status;
    if (auto decided = optional_date(r, "decided"))
        q.decided = *decided;
    q.decline_reason = decode_decline_reason(r.string("decline_reason"), path + ".decline_reason");
    q.decline_note = private_text_from_file(r.string("decline_note"));
    q.note = r.string("note");
    q.closing_note = private_text_from_file(r.string("closing_note"));
    auto place_taken = value.find("place_taken");
    if (place_taken == value.end() || !place_taken->is_boolean())
        throw DecodeError(path + ".place_taken: expected true or false");
    q.place_taken = place_taken->get<bool>();
    for (const std::string& day : decode_strings(r.array("reminders"), path + ".reminders", MAX_REMINDERS))
        q.reminders.push_back(decode_date(day, path + ".reminders[]"));
    q.match = matching::MatchId{r.string("match")};
    q.assigned = PersonId{r.string("assigned")};
    return q;
}

Json encode(const matching::Reassignment& a)
{
    return Json{{"match", a.match.value}, {"asked_by", a.asked_by.value}, {"note", a.note.stored()}, {"on", format_iso_date(a.on)}};
}

matching::Reassignment decode_reassignment(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"match", "asked_by", "note", "on"});
    return matching::Reassignment{matching::MatchId{r.string("match")}, PersonId{r.string("asked_by")}, private_text_from_file(r.string("note")), decode_date(r.string("on"), path + ".on")};
}

}
