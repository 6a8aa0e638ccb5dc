#include "io/snapshot_codec.h"

#include "io/json_input.h"
#include "io/matching_codec.h"
#include "io/requests_codec.h"
#include "io/privacy_codec.h"
#include "io/sealing.h"
#include "io/value_codec.h"

namespace turnabout::io {

namespace {

constexpr std::string_view SNAPSHOT_FORMAT = "turnabout.snapshot";
// 2: with the matching feature's state.
// 5: a set-aside event keeps its refusal kind. An older snapshot is not read: the
// log is replayed instead, which gives the kinds.
// 6: a request's decline note (private) apart from its closing note (plain).
// 7: names and emails holding an invisible or direction-changing character are set
// aside by replay; an older snapshot may hold one, so the log is replayed instead.
// 8: a removal ends its person's active matches (state "person_left"); an older
// snapshot kept them active.
// 9: the trust state keeps the schema the program was created in and the admin's
// devices (trust.admin_devices); pending registrations no longer hold their email,
// which changes replay. An older snapshot is not read: the log is replayed instead.
// 10: the digest of the events the state covers (covered_digest); an older snapshot,
// trusted on its event count alone, is not read: the log is replayed instead.
// 11: people keep their sealed fields and which fields are hidden; the privacy
// state holds who reads each profile field.
// 12: the privacy state keeps, per person, the newest sealed list of who they may
// not be matched with (privacy.ruled_out_sealed); a request keeps the admin's closing
// note apart from a rule's text, sealed; a match's end reason and an extension's note
// are private text (sealed in files).
// 13: notes to the admin are kept, sealed, in the matching state.
constexpr std::uint64_t SNAPSHOT_SCHEMA = 13;

constexpr std::string_view REFUSAL_NAMES[] = {"invalid", "conflict", "authority"};

std::string refusal_name(Refusal refusal)
{
    return std::string(REFUSAL_NAMES[static_cast<std::size_t>(refusal)]);
}

Refusal refusal_named(const std::string& name)
{
    for (std::size_t i = 0; i < std::size(REFUSAL_NAMES); ++i) {
        if (name == REFUSAL_NAMES[i])
            return static_cast<Refusal>(i);
    }
    throw DecodeError("snapshot.state.skipped[].refusal: unknown refusal \"" + name + "\"");
}

Json encode_event_id(const EventId& id)
{
    return Json{{"device", id.device.value}, {"seq", id.seq}};
}

EventId decode_event_id(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    return EventId{DeviceId{r.string("device")}, r.unsigned_int("seq", 1, MAX_SAFE_INTEGER)};
}

Json encode_program(const program::Program& p)
{
    Json match_types = Json::array();
    for (const auto& m : p.match_types)
        match_types.push_back(encode(m));
    program::Basics basics{p.name, p.description, p.purpose, p.goals, p.start, p.end, p.support_contact};
    return Json{{"id", p.id.value}, {"basics", encode(basics)}, {"type", std::string(program::program_type_name(p.type))}, {"match_types", match_types}, {"registration", encode(p.registration)}, {"terminology", encode(p.terminology)}, {"admin", p.admin.value}, {"created_at", p.created_at.unix_ms}};
}

program::Program decode_program(const Json& value)
{
    const std::string path = "snapshot.state.program";
    ObjectReader r(value, path);
    program::Program p;
    p.id = ProgramId{r.string("id")};
    auto basics = decode_basics(r.object("basics"), path + ".basics");
    p.name = basics.name;
    p.description = basics.about;
    p.purpose = basics.purpose;
    p.goals = basics.goals;
    p.start = basics.start;
    p.end = basics.end;
    p.support_contact = basics.support_contact;
    p.type = decode_program_type(r.string("type"), path + ".type");
    for (const Json& m : r.array("match_types"))
        p.match_types.push_back(decode_match_type(m, path + ".match_types[]"));
    p.registration = decode_registration(r.object("registration"), path + ".registration");
    p.terminology = decode_terminology(r.object("terminology"), path + ".terminology");
    p.admin = ActorId{r.string("admin")};
    p.created_at = Timestamp{r.signed_int("created_at", 0, MAX_UNIX_MS)};
    return p;
}

Json encode_person(const people::Person& person)
{
    return Json{{"id", person.id.value}, {"added_at", person.added_at.unix_ms}, {"details", encode(person.details)}, {"membership", std::string(people::membership_name(person.membership))}, {"decline_reason", person.decline_reason.stored()}, {"profile", encode(person.profile)}, {"answers", encode(person.answers)}, {"sealed", encode_sealed(person.sealed)}, {"hidden", encode_strings(std::vector<std::string>(person.hidden.begin(), person.hidden.end()))}, {"email_key", person.email_key}};
}

people::Person decode_person(const Json& value)
{
    const std::string path = "snapshot.state.people[]";
    ObjectReader r(value, path);
    people::Person person;
    person.id = PersonId{r.string("id")};
    person.added_at = Timestamp{r.signed_int("added_at", 0, MAX_UNIX_MS)};
    person.details = decode_details(r.object("details"), path + ".details");
    auto membership = people::membership_from_name(r.string("membership"));
    if (!membership)
        throw DecodeError(path + ".membership: unknown");
    person.membership = *membership;
    person.decline_reason = private_text_from_file(r.string("decline_reason"));
    person.profile = decode_profile(r.object("profile"), path + ".profile");
    person.answers = decode_answers(r.object("answers"), path + ".answers");
    for (const Json& group : r.array("sealed"))
        person.sealed.push_back(decode_sealed_fields(group, path + ".sealed[]"));
    for (std::string& field : decode_strings(r.array("hidden"), path + ".hidden", 1000))
        person.hidden.insert(std::move(field));
    person.email_key = r.string("email_key");
    return person;
}

}

std::string encode_snapshot(const Snapshot& s)
{
    Json people = Json::array();
    for (const auto& [id, person] : s.state.people)
        people.push_back(encode_person(person));
    Json questions = Json::array();
    for (const auto& question : s.state.questions)
        questions.push_back(encode(question));
    Json inbox = Json::array();
    for (const auto& [person, items] : s.state.inbox) {
        for (const InboxItem& item : items)
            inbox.push_back(Json{{"person", person.value}, {"event", encode_event_id(item.event)}, {"at", item.at.unix_ms}, {"kind", static_cast<int>(item.kind)}, {"detail", item.detail}});
    }
    Json skipped = Json::array();
    for (const SkippedEvent& skip : s.state.skipped)
        skipped.push_back(Json{{"event", encode_event_id(skip.event)}, {"reason", skip.reason}, {"code", skip.code}, {"refusal", refusal_name(skip.refusal)}});
    Json registered_on = Json::array();
    for (const auto& [person, device] : s.state.trust.registered_on)
        registered_on.push_back(Json{{"person", person.value}, {"device", device.value}});
    Json removed = Json::array();
    for (const PersonId& person : s.state.trust.removed)
        removed.push_back(person.value);
    Json declared = Json::array();
    for (const PersonId& person : s.state.trust.declared)
        declared.push_back(person.value);
    Json admin_devices = Json::array();
    for (const DeviceId& device : s.state.trust.admin_devices)
        admin_devices.push_back(device.value);
    Json trust{{"signed_program", s.state.trust.signed_program}, {"admin_device", s.state.trust.admin_device.value}, {"admin_devices", admin_devices}, {"registered_on", registered_on}, {"removed", removed}, {"declared", declared}, {"creation_schema", s.state.trust.creation_schema}};
    Json matching = Json{{"settings", encode(s.state.matching.settings)}, {"matches", Json::array()}, {"excluded", Json::array()}, {"favorites", Json::array()}, {"pushed", Json::array()}};
    for (const auto& [id, match] : s.state.matching.matches)
        matching["matches"].push_back(encode(match));
    for (const auto& pair : s.state.matching.excluded)
        matching["excluded"].push_back(encode(pair));
    for (const auto& [person, favorites] : s.state.matching.favorites) {
        for (const PersonId& favorite : favorites)
            matching["favorites"].push_back(Json{{"person", person.value}, {"favorite", favorite.value}});
    }
    for (const auto& [match_type, lists] : s.state.matching.pushed)
        matching["pushed"].push_back(Json{{"match_type", match_type.value}, {"mentee_mentors", encode_mentee_mentors({lists.begin(), lists.end()})}});
    Json reassignments = Json::array();
    for (const auto& [id, reassignment] : s.state.matching.reassignments)
        reassignments.push_back(encode(reassignment));
    matching["reassignments"] = reassignments;
    Json notes = Json::array();
    for (const matching::NoteToAdmin& note : s.state.matching.notes_to_admin)
        notes.push_back(Json{{"event", encode_event_id(note.event)}, {"from", note.from.value}, {"content", note.content.stored()}, {"on", format_iso_date(note.on)}});
    matching["notes_to_admin"] = notes;
    Json requests = Json::array();
    for (const auto& [id, request] : s.state.requests.requests)
        requests.push_back(encode(request));
    Json inbox_read = Json::array();
    for (const auto& [person, through] : s.state.inbox_read)
        inbox_read.push_back(Json{{"person", person.value}, {"through", through.unix_ms}});
    Json program = s.state.program ? encode_program(*s.state.program) : Json(nullptr);
    Json last = nullptr;
    if (s.last_applied)
        last = Json{{"lamport", s.last_applied->lamport}, {"id", encode_event_id(s.last_applied->id)}};
    Json root{{"format", std::string(SNAPSHOT_FORMAT)}, {"schema", SNAPSHOT_SCHEMA}, {"program", s.program.value}, {"event_count", s.event_count}, {"covered_digest", s.covered_digest}, {"last_applied", last}, {"state", Json{{"program", program}, {"people", people}, {"questions", questions}, {"inbox", inbox}, {"matching", matching}, {"requests", requests}, {"inbox_read", inbox_read}, {"trust", trust}, {"privacy", Json{{"field_readers", encode(s.state.privacy.field_readers)}, {"ruled_out_sealed", encode_ruled_out_sealed(s.state.privacy.ruled_out_sealed)}}}, {"skipped", skipped}}}};
    return root.dump();
}

Result<Snapshot> decode_snapshot(std::string_view bytes)
{
    auto parsed = parse_untrusted_json(bytes);
    if (!parsed)
        return parsed.error();
    try {
        ObjectReader r(*parsed, "snapshot");
        if (r.string("format") != SNAPSHOT_FORMAT || r.unsigned_int("schema", 1, MAX_SAFE_INTEGER) != SNAPSHOT_SCHEMA)
            return make_error("snapshot_format", "snapshot: not a snapshot this version reads");
        Snapshot s;
        s.program = ProgramId{r.string("program")};
        s.event_count = r.unsigned_int("event_count", 0, MAX_SAFE_INTEGER);
        s.covered_digest = r.string("covered_digest");
        if (const Json& last = (*parsed)["last_applied"]; !last.is_null()) {
            ObjectReader l(last, "snapshot.last_applied");
            s.last_applied = ReplayKey{l.unsigned_int("lamport", 1, MAX_SAFE_INTEGER), decode_event_id(l.object("id"), "snapshot.last_applied.id")};
        }
        const Json& state_json = r.object("state");
        ObjectReader state(state_json, "snapshot.state");
        if (const Json& p = state_json.at("program"); !p.is_null())
            s.state.program = decode_program(p);
        for (const Json& item : state.array("people")) {
            auto person = decode_person(item);
            s.state.people.emplace(person.id, std::move(person));
        }
        for (const Json& item : state.array("questions"))
            s.state.questions.push_back(decode_question(item, "snapshot.state.questions[]"));
        for (const Json& item : state.array("inbox")) {
            ObjectReader ir(item, "snapshot.state.inbox[]");
            InboxItem inbox_item{decode_event_id(ir.object("event"), "snapshot.state.inbox[].event"), Timestamp{ir.signed_int("at", 0, MAX_UNIX_MS)}, static_cast<InboxKind>(ir.signed_int("kind", 0, static_cast<int>(InboxKind::ExtensionDeclined))), ir.string("detail")};
            s.state.inbox[PersonId{ir.string("person")}].push_back(std::move(inbox_item));
        }
        {
            const std::string path = "snapshot.state.matching";
            const Json& m = state.object("matching");
            ObjectReader mr(m, path);
            s.state.matching.settings = decode_matching_settings(mr.object("settings"), path + ".settings");
            for (const Json& item : mr.array("matches")) {
                auto match = decode_match(item, path + ".matches[]");
                s.state.matching.matches.emplace(match.id, std::move(match));
            }
            for (const Json& item : mr.array("excluded"))
                s.state.matching.excluded.insert(decode_pair(item, path + ".excluded[]"));
            for (const Json& item : mr.array("favorites")) {
                ObjectReader fr(item, path + ".favorites[]");
                s.state.matching.favorites[PersonId{fr.string("person")}].insert(PersonId{fr.string("favorite")});
            }
            for (const Json& item : mr.array("pushed")) {
                ObjectReader pr(item, path + ".pushed[]");
                auto& lists = s.state.matching.pushed[program::MatchTypeId{pr.string("match_type")}];
                for (auto& [mentee, mentors] : decode_mentee_mentors(pr.array("mentee_mentors"), path + ".pushed[].mentee_mentors"))
                    lists[mentee] = std::move(mentors);
            }
            for (const Json& item : mr.array("reassignments")) {
                auto reassignment = decode_reassignment(item, path + ".reassignments[]");
                s.state.matching.reassignments.emplace(reassignment.match, std::move(reassignment));
            }
            for (const Json& item : mr.array("notes_to_admin")) {
                const std::string note_path = path + ".notes_to_admin[]";
                ObjectReader nr(item, note_path);
                nr.allow_only({"event", "from", "content", "on"});
                s.state.matching.notes_to_admin.push_back(matching::NoteToAdmin{decode_event_id(nr.object("event"), note_path + ".event"), PersonId{nr.string("from")}, private_text_from_file(nr.string("content")), decode_date(nr.string("on"), note_path + ".on")});
            }
        }
        for (const Json& item : state.array("requests")) {
            auto request = decode_request(item, "snapshot.state.requests[]");
            s.state.requests.requests.emplace(request.id, std::move(request));
        }
        for (const Json& item : state.array("inbox_read")) {
            ObjectReader rr(item, "snapshot.state.inbox_read[]");
            s.state.inbox_read[PersonId{rr.string("person")}] = Timestamp{rr.signed_int("through", 0, MAX_UNIX_MS)};
        }
        ObjectReader privacy_reader(state.object("privacy"), "snapshot.state.privacy");
        s.state.privacy.field_readers = decode_field_readers(privacy_reader.object("field_readers"), "snapshot.state.privacy.field_readers");
        s.state.privacy.ruled_out_sealed = decode_ruled_out_sealed(privacy_reader.object("ruled_out_sealed"), "snapshot.state.privacy.ruled_out_sealed");
        for (const Json& item : state.array("skipped")) {
            ObjectReader sr(item, "snapshot.state.skipped[]");
            s.state.skipped.push_back(SkippedEvent{decode_event_id(sr.object("event"), "snapshot.state.skipped[].event"), sr.string("reason"), sr.string("code"), refusal_named(sr.string("refusal"))});
        }
        {
            const Json& t = state.object("trust");
            ObjectReader tr(t, "snapshot.state.trust");
            s.state.trust.signed_program = tr.boolean("signed_program");
            s.state.trust.admin_device = DeviceId{tr.string("admin_device")};
            s.state.trust.creation_schema = static_cast<std::uint32_t>(tr.unsigned_int("creation_schema", 0, EVENT_SCHEMA));
            for (const Json& item : tr.array("admin_devices")) {
                if (!item.is_string())
                    throw DecodeError("snapshot.state.trust.admin_devices[]: expected text");
                s.state.trust.admin_devices.push_back(DeviceId{item.get<std::string>()});
            }
            for (const Json& item : tr.array("registered_on")) {
                ObjectReader rr(item, "snapshot.state.trust.registered_on[]");
                s.state.trust.registered_on[PersonId{rr.string("person")}] = DeviceId{rr.string("device")};
            }
            for (const Json& item : tr.array("removed")) {
                if (!item.is_string())
                    throw DecodeError("snapshot.state.trust.removed[]: expected text");
                s.state.trust.removed.insert(PersonId{item.get<std::string>()});
            }
            for (const Json& item : tr.array("declared")) {
                if (!item.is_string())
                    throw DecodeError("snapshot.state.trust.declared[]: expected text");
                s.state.trust.declared.insert(PersonId{item.get<std::string>()});
            }
        }
        return s;
    } catch (const std::exception& error) {
        return make_error("snapshot_format", std::string("snapshot: ") + error.what());
    }
}

}
