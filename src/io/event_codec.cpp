#include "io/event_codec.h"

#include "core/base/overloaded.h"
#include "core/domain/people/person.h"

namespace turnabout::io {

namespace {

// Wall-clock bounds that catch nonsense (year 1970 to 9999) without judging the clock.
constexpr std::int64_t MAX_UNIX_MS = 253402300799999;

Json encode_details(const people::PersonDetails& d)
{
    return Json{{"name", d.name}, {"email", d.email}, {"job_title", d.job_title}, {"department", d.department}, {"level", d.level}, {"role", std::string(people::role_name(d.role))}};
}

people::PersonDetails decode_details(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"name", "email", "job_title", "department", "level", "role"});
    people::PersonDetails d;
    d.name = r.string("name");
    d.email = r.string("email");
    d.job_title = r.string("job_title");
    d.department = r.string("department");
    d.level = static_cast<int>(r.signed_int("level", people::MIN_LEVEL, people::MAX_LEVEL));
    auto role_text = r.string("role");
    auto role = people::role_from_name(role_text);
    if (!role)
        throw DecodeError(path + ".role: \"" + role_text + "\" is not mentor, mentee or both");
    d.role = *role;
    return d;
}

Json encode_body(const EventBody& body)
{
    return std::visit(Overloaded{
                          [](const program::ProgramCreated& e) { return Json{{"id", e.id.value}, {"name", e.name}, {"description", e.description}}; },
                          [](const program::ProgramDetailsChanged& e) { return Json{{"name", e.name}, {"description", e.description}}; },
                          [](const people::PersonAdded& e) { return Json{{"id", e.id.value}, {"details", encode_details(e.details)}}; },
                          [](const people::PersonUpdated& e) { return Json{{"id", e.id.value}, {"details", encode_details(e.details)}}; },
                          [](const people::PersonRemoved& e) { return Json{{"id", e.id.value}}; },
                      },
        body);
}

EventBody decode_body(const std::string& type, const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    if (type == "ProgramCreated") {
        r.allow_only({"id", "name", "description"});
        return program::ProgramCreated{ProgramId{r.string("id")}, r.string("name"), r.string("description")};
    }
    if (type == "ProgramDetailsChanged") {
        r.allow_only({"name", "description"});
        return program::ProgramDetailsChanged{r.string("name"), r.string("description")};
    }
    if (type == "PersonAdded") {
        r.allow_only({"id", "details"});
        return people::PersonAdded{PersonId{r.string("id")}, decode_details(r.object("details"), path + ".details")};
    }
    if (type == "PersonUpdated") {
        r.allow_only({"id", "details"});
        return people::PersonUpdated{PersonId{r.string("id")}, decode_details(r.object("details"), path + ".details")};
    }
    if (type == "PersonRemoved") {
        r.allow_only({"id"});
        return people::PersonRemoved{PersonId{r.string("id")}};
    }
    throw DecodeError(path + ": unknown event type \"" + type + "\"; this file was made by a newer Turnabout");
}

}

Json encode_envelope(const Envelope& e)
{
    return Json{
        {"id", Json{{"device", e.id.device.value}, {"seq", e.id.seq}}},
        {"lamport", e.lamport},
        {"author", e.author.value},
        {"recorded_at", e.recorded_at.unix_ms},
        {"schema", e.schema},
        {"type", std::string(event_type_name(e.body))},
        {"body", encode_body(e.body)},
    };
}

Envelope decode_envelope(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"id", "lamport", "author", "recorded_at", "schema", "type", "body"});
    Envelope e;
    e.schema = static_cast<std::uint32_t>(r.unsigned_int("schema", 1, MAX_SAFE_INTEGER));
    if (e.schema > EVENT_SCHEMA)
        throw DecodeError(path + ": event schema " + std::to_string(e.schema) + " was made by a newer Turnabout (this one reads up to " + std::to_string(EVENT_SCHEMA) + ")");
    ObjectReader id(r.object("id"), path + ".id");
    id.allow_only({"device", "seq"});
    e.id.device = DeviceId{id.string("device")};
    if (e.id.device.empty())
        throw DecodeError(path + ".id.device: empty");
    e.id.seq = id.unsigned_int("seq", 1, MAX_SAFE_INTEGER);
    e.lamport = r.unsigned_int("lamport", 1, MAX_SAFE_INTEGER);
    e.author = ActorId{r.string("author")};
    if (e.author.empty())
        throw DecodeError(path + ".author: empty");
    e.recorded_at = Timestamp{r.signed_int("recorded_at", 0, MAX_UNIX_MS)};
    e.body = decode_body(r.string("type"), r.object("body"), path + ".body");
    return e;
}

}
