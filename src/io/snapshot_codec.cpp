#include "io/snapshot_codec.h"

#include "io/json_input.h"

namespace turnabout::io {

namespace {

constexpr std::string_view SNAPSHOT_FORMAT = "turnabout.snapshot";
constexpr std::uint64_t SNAPSHOT_SCHEMA = 1;
constexpr std::int64_t MAX_UNIX_MS = 253402300799999;

Json encode_event_id(const EventId& id)
{
    return Json{{"device", id.device.value}, {"seq", id.seq}};
}

EventId decode_event_id(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    return EventId{DeviceId{r.string("device")}, r.unsigned_int("seq", 1, MAX_SAFE_INTEGER)};
}

}

std::string encode_snapshot(const Snapshot& s)
{
    Json people = Json::array();
    for (const auto& [id, person] : s.state.people) {
        const auto& d = person.details;
        people.push_back(Json{{"id", id.value}, {"added_at", person.added_at.unix_ms}, {"name", d.name}, {"email", d.email}, {"job_title", d.job_title}, {"department", d.department}, {"level", d.level}, {"role", std::string(people::role_name(d.role))}});
    }
    Json skipped = Json::array();
    for (const SkippedEvent& skip : s.state.skipped)
        skipped.push_back(Json{{"event", encode_event_id(skip.event)}, {"reason", skip.reason}});
    Json program = nullptr;
    if (const auto& p = s.state.program)
        program = Json{{"id", p->id.value}, {"name", p->name}, {"description", p->description}, {"admin", p->admin.value}, {"created_at", p->created_at.unix_ms}};
    Json last = nullptr;
    if (s.last_applied)
        last = Json{{"lamport", s.last_applied->lamport}, {"id", encode_event_id(s.last_applied->id)}};
    Json root{{"format", std::string(SNAPSHOT_FORMAT)}, {"schema", SNAPSHOT_SCHEMA}, {"program", s.program.value}, {"event_count", s.event_count}, {"last_applied", last}, {"state", Json{{"program", program}, {"people", people}, {"skipped", skipped}}}};
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
        if (const Json& last = (*parsed)["last_applied"]; !last.is_null()) {
            ObjectReader l(last, "snapshot.last_applied");
            s.last_applied = ReplayKey{l.unsigned_int("lamport", 1, MAX_SAFE_INTEGER), decode_event_id(l.object("id"), "snapshot.last_applied.id")};
        }
        const Json& state_json = r.object("state");
        ObjectReader state(state_json, "snapshot.state");
        if (const Json& p = state_json.at("program"); !p.is_null()) {
            ObjectReader pr(p, "snapshot.state.program");
            s.state.program = program::Program{ProgramId{pr.string("id")}, pr.string("name"), pr.string("description"), ActorId{pr.string("admin")}, Timestamp{pr.signed_int("created_at", 0, MAX_UNIX_MS)}};
        }
        for (const Json& item : state.array("people")) {
            ObjectReader pr(item, "snapshot.state.people[]");
            people::Person person;
            person.id = PersonId{pr.string("id")};
            person.added_at = Timestamp{pr.signed_int("added_at", 0, MAX_UNIX_MS)};
            person.details.name = pr.string("name");
            person.details.email = pr.string("email");
            person.details.job_title = pr.string("job_title");
            person.details.department = pr.string("department");
            person.details.level = static_cast<int>(pr.signed_int("level", people::MIN_LEVEL, people::MAX_LEVEL));
            auto role = people::role_from_name(pr.string("role"));
            if (!role)
                return make_error("snapshot_format", "snapshot: unknown role");
            person.details.role = *role;
            s.state.people.emplace(person.id, person);
        }
        for (const Json& item : state.array("skipped")) {
            ObjectReader sr(item, "snapshot.state.skipped[]");
            s.state.skipped.push_back(SkippedEvent{decode_event_id(sr.object("event"), "snapshot.state.skipped[].event"), sr.string("reason")});
        }
        return s;
    } catch (const std::exception& error) {
        return make_error("snapshot_format", std::string("snapshot: ") + error.what());
    }
}

}
