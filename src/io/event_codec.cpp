#include "io/event_codec.h"

#include "io/sealing.h"

#include "core/base/overloaded.h"
#include "io/matching_codec.h"
#include "io/privacy_codec.h"
#include "io/requests_codec.h"
#include "io/value_codec.h"

#include <optional>

namespace turnabout::io {

namespace {

// Wall-clock bounds that catch nonsense (year 1970 to 9999) without judging the clock.

// A person's data with its sealed groups; none: the bytes of an older Turnabout.
Json with_sealed(Json body, const std::vector<privacy::SealedFields>& sealed)
{
    if (!sealed.empty())
        body["sealed"] = encode_sealed(sealed);
    return body;
}

Json encode_body(const EventBody& body)
{
    using namespace program;
    using namespace people;
    using namespace questionnaire;
    return std::visit(Overloaded{
                          [](const ProgramCreated& e) { return Json{{"id", e.id.value}, {"name", e.name}, {"description", e.description}}; },
                          [](const ProgramDetailsChanged& e) { return Json{{"name", e.name}, {"description", e.description}}; },
                          [](const PersonAdded& e) { return with_sealed(Json{{"id", e.id.value}, {"details", encode(e.details)}}, e.sealed); },
                          [](const PersonUpdated& e) { return with_sealed(Json{{"id", e.id.value}, {"details", encode(e.details)}}, e.sealed); },
                          [](const PersonRemoved& e) { return Json{{"id", e.id.value}}; },
                          [](const ProgramBasicsChanged& e) { return Json{{"basics", encode(e.basics)}}; },
                          [](const ProgramTypeChanged& e) { return Json{{"type", std::string(program_type_name(e.type))}}; },
                          [](const MatchTypeSaved& e) { return Json{{"match_type", encode(e.match_type)}}; },
                          [](const MatchTypeRemoved& e) { return Json{{"id", e.id.value}}; },
                          [](const RegistrationSettingsChanged& e) { return Json{{"registration", encode(e.registration)}}; },
                          [](const TerminologyChanged& e) { return Json{{"terminology", encode(e.terminology)}}; },
                          [](const QuestionAdded& e) { return Json{{"question", encode(e.question)}}; },
                          [](const QuestionUpdated& e) { return Json{{"question", encode(e.question)}}; },
                          [](const QuestionRemoved& e) { return Json{{"id", e.id.value}}; },
                          [](const QuestionMoved& e) { return Json{{"id", e.id.value}, {"position", e.position}}; },
                          [](const RegistrationSubmitted& e) { return with_sealed(Json{{"id", e.id.value}, {"details", encode(e.details)}, {"answers", encode(e.answers)}}, e.sealed); },
                          [](const RegistrationApproved& e) { return Json{{"id", e.id.value}}; },
                          [](const RegistrationDeclined& e) { return Json{{"id", e.id.value}, {"reason", e.reason.stored()}}; },
                          [](const ProfileUpdated& e) { return with_sealed(Json{{"id", e.id.value}, {"details", encode(e.details)}, {"profile", encode(e.profile)}}, e.sealed); },
                          [](const AnswersUpdated& e) { return with_sealed(Json{{"id", e.id.value}, {"answers", encode(e.answers)}}, e.sealed); },
                          [](const PausedChanged& e) { return Json{{"id", e.id.value}, {"paused", e.paused}}; },
                          [](const matching::MatchingSettingsChanged& e) { return Json{{"settings", encode(e.settings)}}; },
                          [](const matching::MatchesCreated& e) {
                              Json matches = Json::array();
                              for (const auto& m : e.matches)
                                  matches.push_back(encode(m));
                              return Json{{"match_type", e.match_type.value}, {"matches", matches}, {"start", format_iso_date(e.start)}, {"end", format_iso_date(e.end)}};
                          },
                          [](const matching::PairExcluded& e) { return Json{{"pair", encode(e.pair)}, {"excluded", e.excluded}}; },
                          [](const matching::FavoriteSet& e) { return Json{{"person", e.person.value}, {"favorite", e.favorite.value}, {"on", e.on}}; },
                          [](const matching::RecommendationsPushed& e) { return Json{{"match_type", e.match_type.value}, {"mentee_mentors", encode_mentee_mentors(e.mentee_mentors)}}; },
                          [](const match_life::MatchEnded& e) { return Json{{"match", e.match.value}, {"completed", e.completed}, {"reason", e.reason.stored()}, {"on", format_iso_date(e.on)}}; },
                          [](const match_life::ExtensionProposed& e) { return Json{{"match", e.match.value}, {"new_end", format_iso_date(e.new_end)}, {"note", e.note.stored()}, {"on", format_iso_date(e.on)}}; },
                          [](const match_life::ExtensionAnswered& e) { return Json{{"match", e.match.value}, {"person", e.person.value}, {"accept", e.accept}, {"on", format_iso_date(e.on)}}; },
                          [](const match_life::ReassignmentAsked& e) { return Json{{"match", e.match.value}, {"person", e.person.value}, {"note", e.note.stored()}, {"on", format_iso_date(e.on)}}; },
                          // The content only: the plain note never leaves the browser that wrote it.
                          [](const match_life::AdminNoteSent& e) { return Json{{"content", e.content.stored()}, {"on", format_iso_date(e.on)}}; },
                          [](const match_life::MatchReassigned& e) { return Json{{"match", e.match.value}, {"on", format_iso_date(e.on)}}; },
                          [](const requests::RequestSent& e) {
                              return Json{{"id", e.id.value}, {"match_type", e.match_type.value}, {"kind", std::string(requests::request_kind_name(e.kind))}, {"from", e.from.value}, {"to", e.to.value}, {"ranked", encode_ranked(e.ranked)}, {"message", e.message.stored()}, {"match", e.match.value}, {"on", format_iso_date(e.on)}};
                          },
                          [](const requests::RequestWithdrawn& e) { return Json{{"id", e.id.value}, {"on", format_iso_date(e.on)}}; },
                          [](const requests::RequestAnswered& e) {
                              return Json{{"id", e.id.value}, {"accept", e.accept}, {"reason", std::string(requests::decline_reason_name(e.reason))}, {"note", e.note.stored()}, {"match", e.match.value}, {"on", format_iso_date(e.on)}};
                          },
                          [](const requests::RankedListAssigned& e) { return Json{{"id", e.id.value}, {"mentor", e.mentor.value}, {"match", e.match.value}, {"on", format_iso_date(e.on)}}; },
                          [](const requests::RequestsReminded& e) { return Json{{"ids", encode_request_ids(e.ids)}, {"on", format_iso_date(e.on)}}; },
                          [](const requests::RequestsClosed& e) { return Json{{"ids", encode_request_ids(e.ids)}, {"note", e.note.stored()}, {"on", format_iso_date(e.on)}}; },
                          [](const inbox::InboxRead& e) { return Json{{"person", e.person.value}, {"through", e.through.unix_ms}}; },
                          [](const trust::AdminDeviceEnrolled& e) { return Json{{"device", e.device.value}, {"endorsed_by", e.endorsed_by.value}, {"endorsement", e.endorsement}}; },
                          [](const privacy::FieldReadersChanged& e) { return Json{{"readers", encode(e.readers)}}; },
                          [](const privacy::PartnerShared& e) { return Json{{"person", e.person.value}, {"partner", e.partner.value}, {"fields", encode(e.fields)}}; },
                          [](const privacy::RuledOutSealed& e) { return Json{{"person", e.person.value}, {"list", e.list.stored()}}; },
                      },
        body);
}

bool decode_bool(const Json& value, const char* key, const std::string& path)
{
    auto it = value.find(key);
    if (it == value.end() || !it->is_boolean())
        throw DecodeError(path + "." + key + ": expected true or false");
    return it->get<bool>();
}

// The events of the program, or nothing when `type` is none of them.
std::optional<EventBody> decode_program_event(const std::string& type, [[maybe_unused]] const Json& value, ObjectReader& r, [[maybe_unused]] const std::string& path)
{
    using namespace program;
    if (type == program::ProgramCreated::TYPE) {
        r.allow_only({"id", "name", "description"});
        return ProgramCreated{ProgramId{r.string("id")}, r.string("name"), r.string("description")};
    }
    if (type == program::ProgramDetailsChanged::TYPE) {
        r.allow_only({"name", "description"});
        return ProgramDetailsChanged{r.string("name"), r.string("description")};
    }
    if (type == program::ProgramBasicsChanged::TYPE) {
        r.allow_only({"basics"});
        return ProgramBasicsChanged{decode_basics(r.object("basics"), path + ".basics")};
    }
    if (type == program::ProgramTypeChanged::TYPE) {
        r.allow_only({"type"});
        return ProgramTypeChanged{decode_program_type(r.string("type"), path + ".type")};
    }
    if (type == program::MatchTypeSaved::TYPE) {
        r.allow_only({"match_type"});
        return MatchTypeSaved{decode_match_type(r.object("match_type"), path + ".match_type")};
    }
    if (type == program::MatchTypeRemoved::TYPE) {
        r.allow_only({"id"});
        return MatchTypeRemoved{program::MatchTypeId{r.string("id")}};
    }
    if (type == program::RegistrationSettingsChanged::TYPE) {
        r.allow_only({"registration"});
        return RegistrationSettingsChanged{decode_registration(r.object("registration"), path + ".registration")};
    }
    if (type == program::TerminologyChanged::TYPE) {
        r.allow_only({"terminology"});
        return TerminologyChanged{decode_terminology(r.object("terminology"), path + ".terminology")};
    }
    return std::nullopt;
}

// The events of people, or nothing when `type` is none of them.
std::optional<EventBody> decode_people_event(const std::string& type, [[maybe_unused]] const Json& value, ObjectReader& r, [[maybe_unused]] const std::string& path)
{
    using namespace people;
    auto person_id = [&] { return PersonId{r.string("id")}; };
    auto sealed = [&] { return decode_sealed(r, value, path); };
    if (type == people::PersonAdded::TYPE || type == people::PersonUpdated::TYPE) {
        r.allow_only({"id", "details", "sealed"});
        auto details = decode_details(r.object("details"), path + ".details");
        if (type == people::PersonAdded::TYPE)
            return PersonAdded{person_id(), details, sealed()};
        return PersonUpdated{person_id(), details, sealed()};
    }
    if (type == people::PersonRemoved::TYPE) {
        r.allow_only({"id"});
        return PersonRemoved{person_id()};
    }
    if (type == people::RegistrationSubmitted::TYPE) {
        r.allow_only({"id", "details", "answers", "sealed"});
        return RegistrationSubmitted{person_id(), decode_details(r.object("details"), path + ".details"), decode_answers(r.object("answers"), path + ".answers"), sealed()};
    }
    if (type == people::RegistrationApproved::TYPE) {
        r.allow_only({"id"});
        return RegistrationApproved{person_id()};
    }
    if (type == people::RegistrationDeclined::TYPE) {
        r.allow_only({"id", "reason"});
        return RegistrationDeclined{person_id(), private_text_from_file(r.string("reason"))};
    }
    if (type == people::ProfileUpdated::TYPE) {
        r.allow_only({"id", "details", "profile", "sealed"});
        return ProfileUpdated{person_id(), decode_details(r.object("details"), path + ".details"), decode_profile(r.object("profile"), path + ".profile"), sealed()};
    }
    if (type == people::AnswersUpdated::TYPE) {
        r.allow_only({"id", "answers", "sealed"});
        return AnswersUpdated{person_id(), decode_answers(r.object("answers"), path + ".answers"), sealed()};
    }
    if (type == people::PausedChanged::TYPE) {
        r.allow_only({"id", "paused"});
        return PausedChanged{person_id(), decode_bool(value, "paused", path)};
    }
    return std::nullopt;
}

// The events of the questionnaire, or nothing when `type` is none of them.
std::optional<EventBody> decode_questionnaire_event(const std::string& type, [[maybe_unused]] const Json& value, ObjectReader& r, [[maybe_unused]] const std::string& path)
{
    using namespace questionnaire;
    if (type == questionnaire::QuestionAdded::TYPE || type == questionnaire::QuestionUpdated::TYPE) {
        r.allow_only({"question"});
        auto question = decode_question(r.object("question"), path + ".question");
        if (type == questionnaire::QuestionAdded::TYPE)
            return QuestionAdded{question};
        return QuestionUpdated{question};
    }
    if (type == questionnaire::QuestionRemoved::TYPE) {
        r.allow_only({"id"});
        return QuestionRemoved{QuestionId{r.string("id")}};
    }
    if (type == questionnaire::QuestionMoved::TYPE) {
        r.allow_only({"id", "position"});
        return QuestionMoved{QuestionId{r.string("id")}, static_cast<std::size_t>(r.unsigned_int("position", 0, MAX_QUESTIONS))};
    }
    return std::nullopt;
}

// The events of matching, or nothing when `type` is none of them.
std::optional<EventBody> decode_matching_event(const std::string& type, [[maybe_unused]] const Json& value, ObjectReader& r, [[maybe_unused]] const std::string& path)
{
    if (type == matching::MatchingSettingsChanged::TYPE) {
        r.allow_only({"settings"});
        return matching::MatchingSettingsChanged{decode_matching_settings(r.object("settings"), path + ".settings")};
    }
    if (type == matching::MatchesCreated::TYPE) {
        r.allow_only({"match_type", "matches", "start", "end"});
        matching::MatchesCreated e;
        e.match_type = program::MatchTypeId{r.string("match_type")};
        const Json& matches = r.array("matches");
        if (matches.size() > matching::MAX_MATCHES_PER_COMMAND)
            throw DecodeError(path + ".matches: more than " + std::to_string(matching::MAX_MATCHES_PER_COMMAND) + " matches");
        for (const Json& m : matches)
            e.matches.push_back(decode_new_match(m, path + ".matches[]"));
        e.start = decode_date(r.string("start"), path + ".start");
        e.end = decode_date(r.string("end"), path + ".end");
        return e;
    }
    if (type == matching::PairExcluded::TYPE) {
        r.allow_only({"pair", "excluded"});
        return matching::PairExcluded{decode_pair(r.object("pair"), path + ".pair"), decode_bool(value, "excluded", path)};
    }
    if (type == matching::FavoriteSet::TYPE) {
        r.allow_only({"person", "favorite", "on"});
        return matching::FavoriteSet{PersonId{r.string("person")}, PersonId{r.string("favorite")}, decode_bool(value, "on", path)};
    }
    if (type == matching::RecommendationsPushed::TYPE) {
        r.allow_only({"match_type", "mentee_mentors"});
        return matching::RecommendationsPushed{program::MatchTypeId{r.string("match_type")}, decode_mentee_mentors(r.array("mentee_mentors"), path + ".mentee_mentors")};
    }
    return std::nullopt;
}

// The events of a match's life, or nothing when `type` is none of them.
std::optional<EventBody> decode_match_life_event(const std::string& type, [[maybe_unused]] const Json& value, ObjectReader& r, [[maybe_unused]] const std::string& path)
{
    auto on = [&] { return decode_date(r.string("on"), path + ".on"); };
    auto match_id = [&] { return matching::MatchId{r.string("match")}; };
    if (type == match_life::MatchEnded::TYPE) {
        r.allow_only({"match", "completed", "reason", "on"});
        return match_life::MatchEnded{match_id(), decode_bool(value, "completed", path), private_text_from_file(r.string("reason")), on()};
    }
    if (type == match_life::ExtensionProposed::TYPE) {
        r.allow_only({"match", "new_end", "note", "on"});
        return match_life::ExtensionProposed{match_id(), decode_date(r.string("new_end"), path + ".new_end"), private_text_from_file(r.string("note")), on()};
    }
    if (type == match_life::ExtensionAnswered::TYPE) {
        r.allow_only({"match", "person", "accept", "on"});
        return match_life::ExtensionAnswered{match_id(), PersonId{r.string("person")}, decode_bool(value, "accept", path), on()};
    }
    if (type == match_life::ReassignmentAsked::TYPE) {
        r.allow_only({"match", "person", "note", "on"});
        return match_life::ReassignmentAsked{match_id(), PersonId{r.string("person")}, private_text_from_file(r.string("note")), on()};
    }
    if (type == match_life::AdminNoteSent::TYPE) {
        r.allow_only({"content", "on"});
        return match_life::AdminNoteSent{{}, private_text_from_file(r.string("content")), on()};
    }
    if (type == match_life::MatchReassigned::TYPE) {
        r.allow_only({"match", "on"});
        return match_life::MatchReassigned{match_id(), on()};
    }
    return std::nullopt;
}

// The events of requests, or nothing when `type` is none of them.
std::optional<EventBody> decode_requests_event(const std::string& type, [[maybe_unused]] const Json& value, ObjectReader& r, [[maybe_unused]] const std::string& path)
{
    auto on = [&] { return decode_date(r.string("on"), path + ".on"); };
    auto match_id = [&] { return matching::MatchId{r.string("match")}; };
    auto request_id = [&] { return requests::RequestId{r.string("id")}; };
    if (type == requests::RequestSent::TYPE) {
        r.allow_only({"id", "match_type", "kind", "from", "to", "ranked", "message", "match", "on"});
        return requests::RequestSent{request_id(), program::MatchTypeId{r.string("match_type")}, decode_request_kind(r.string("kind"), path + ".kind"), PersonId{r.string("from")}, PersonId{r.string("to")}, decode_ranked(r.array("ranked"), path + ".ranked"), private_text_from_file(r.string("message")), match_id(), on()};
    }
    if (type == requests::RequestWithdrawn::TYPE) {
        r.allow_only({"id", "on"});
        return requests::RequestWithdrawn{request_id(), on()};
    }
    if (type == requests::RequestAnswered::TYPE) {
        r.allow_only({"id", "accept", "reason", "note", "match", "on"});
        return requests::RequestAnswered{request_id(), decode_bool(value, "accept", path), decode_decline_reason(r.string("reason"), path + ".reason"), private_text_from_file(r.string("note")), match_id(), on()};
    }
    if (type == requests::RankedListAssigned::TYPE) {
        r.allow_only({"id", "mentor", "match", "on"});
        return requests::RankedListAssigned{request_id(), PersonId{r.string("mentor")}, match_id(), on()};
    }
    if (type == requests::RequestsReminded::TYPE) {
        r.allow_only({"ids", "on"});
        return requests::RequestsReminded{decode_request_ids(r.array("ids"), path + ".ids"), on()};
    }
    if (type == requests::RequestsClosed::TYPE) {
        r.allow_only({"ids", "note", "on"});
        return requests::RequestsClosed{decode_request_ids(r.array("ids"), path + ".ids"), private_text_from_file(r.string("note")), on()};
    }
    return std::nullopt;
}

// The events of the inbox, or nothing when `type` is none of them.
std::optional<EventBody> decode_inbox_event(const std::string& type, [[maybe_unused]] const Json& value, ObjectReader& r, [[maybe_unused]] const std::string& path)
{
    if (type == inbox::InboxRead::TYPE) {
        r.allow_only({"person", "through"});
        return inbox::InboxRead{PersonId{r.string("person")}, Timestamp{r.signed_int("through", 0, MAX_UNIX_MS)}};
    }
    return std::nullopt;
}

// The events of trust, or nothing when `type` is none of them.
std::optional<EventBody> decode_trust_event(const std::string& type, [[maybe_unused]] const Json& value, ObjectReader& r, [[maybe_unused]] const std::string& path)
{
    if (type == trust::AdminDeviceEnrolled::TYPE) {
        r.allow_only({"device", "endorsed_by", "endorsement"});
        return trust::AdminDeviceEnrolled{DeviceId{r.string("device")}, DeviceId{r.string("endorsed_by")}, r.string("endorsement")};
    }
    return std::nullopt;
}

// The events of privacy, or nothing when `type` is none of them.
std::optional<EventBody> decode_privacy_event(const std::string& type, [[maybe_unused]] const Json& value, ObjectReader& r, [[maybe_unused]] const std::string& path)
{
    if (type == privacy::FieldReadersChanged::TYPE) {
        r.allow_only({"readers"});
        return privacy::FieldReadersChanged{decode_field_readers(r.object("readers"), path + ".readers")};
    }
    if (type == privacy::PartnerShared::TYPE) {
        r.allow_only({"person", "partner", "fields"});
        return privacy::PartnerShared{PersonId{r.string("person")}, PersonId{r.string("partner")}, decode_sealed_fields(r.object("fields"), path + ".fields")};
    }
    if (type == privacy::RuledOutSealed::TYPE) {
        r.allow_only({"person", "list"});
        return privacy::RuledOutSealed{PersonId{r.string("person")}, private_text_from_file(r.string("list"))};
    }
    return std::nullopt;
}

EventBody decode_body(const std::string& type, const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    // One decoder per feature, each for the events it declares.
    for (auto decode : {decode_program_event, decode_questionnaire_event, decode_people_event, decode_matching_event,
             decode_match_life_event, decode_requests_event, decode_inbox_event, decode_trust_event, decode_privacy_event}) {
        if (auto body = decode(type, value, r, path))
            return std::move(*body);
    }
    throw DecodeError(path + ": unknown event type \"" + type + "\"; this file was made by a newer Turnabout");
}

}

Json encode_envelope(const Envelope& e)
{
    Json out{
        {"id", Json{{"device", e.id.device.value}, {"seq", e.id.seq}}},
        {"lamport", e.lamport},
        {"author", e.author.value},
        {"recorded_at", e.recorded_at.unix_ms},
        {"schema", e.schema},
        {"type", std::string(event_type_name(e.body))},
        {"body", encode_body(e.body)},
    };
    // Events of an older, unsigned Turnabout keep their original shape.
    if (!e.seen.empty()) {
        Json seen = Json::object();
        for (const auto& [device, seq] : e.seen)
            seen[device.value] = seq;
        out["seen"] = std::move(seen);
    }
    if (!e.signature.empty())
        out["signature"] = e.signature;
    return out;
}

Envelope decode_envelope(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"id", "lamport", "author", "recorded_at", "schema", "type", "body", "seen", "signature"});
    Envelope e;
    e.schema = static_cast<std::uint32_t>(r.unsigned_int("schema", 1, MAX_SAFE_INTEGER));
    if (e.schema > EVENT_SCHEMA)
        throw DecodeError(path + ": event schema " + std::to_string(e.schema) + " was made by a newer Turnabout (this one reads up to " + std::to_string(EVENT_SCHEMA) + ")");
    ObjectReader id(r.object("id"), path + ".id");
    id.allow_only({"device", "seq"});
    e.id.device = DeviceId{id.string("device")};
    if (e.id.device.empty())
        throw DecodeError(path + ".id.device: empty");
    // Any whole number JSON holds exactly: the log refuses those past its limit
    // (MAX_SEQ_OR_LAMPORT) and says why.
    e.id.seq = id.unsigned_int("seq", 1, MAX_SAFE_INTEGER);
    e.lamport = r.unsigned_int("lamport", 1, MAX_SAFE_INTEGER);
    e.author = ActorId{r.string("author")};
    if (e.author.empty())
        throw DecodeError(path + ".author: empty");
    e.recorded_at = Timestamp{r.signed_int("recorded_at", 0, MAX_UNIX_MS)};
    e.body = decode_body(r.string("type"), r.object("body"), path + ".body");
    if (r.has("seen")) {
        const Json& seen = r.object("seen");
        if (seen.size() > 100000)
            throw DecodeError(path + ".seen: too many devices");
        for (const auto& [device, seq] : seen.items()) {
            if (device.empty() || !seq.is_number_unsigned() || seq.get<std::uint64_t>() == 0 || seq.get<std::uint64_t>() > MAX_SAFE_INTEGER)
                throw DecodeError(path + ".seen." + device + ": expected a device and a seq from 1");
            e.seen[DeviceId{device}] = seq.get<std::uint64_t>();
        }
    }
    if (r.has("signature")) {
        e.signature = r.string("signature");
        if (e.signature.empty() || e.signature.size() > 200)
            throw DecodeError(path + ".signature: not a signature");
    }
    return e;
}

}
