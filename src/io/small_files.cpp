#include "io/small_files.h"

#include "io/json_input.h"
#include "io/value_codec.h"

namespace turnabout::io {

std::string encode_device_file(const DeviceFile& file)
{
    Json out{{"format", "turnabout.device"}, {"schema", 2}, {"device", file.device.value}, {"actor", file.actor.value}};
    if (!file.key.public_key.empty())
        out["key"] = Json{{"public", file.key.public_key}, {"secret", file.key.secret_key}};
    if (!file.former.empty()) {
        Json former = Json::array();
        for (const DeviceId& device : file.former)
            former.push_back(device.value);
        out["former_devices"] = std::move(former);
    }
    return out.dump(2) + "\n";
}

Result<DeviceFile> decode_device_file(std::string_view bytes)
{
    auto parsed = parse_untrusted_json(bytes, 64 * 1024);
    if (!parsed)
        return parsed.error();
    try {
        ObjectReader r(*parsed, "device");
        if (r.string("format") != "turnabout.device")
            return make_error("device_format", "device file: unknown format");
        DeviceFile file{DeviceId{r.string("device")}, ActorId{r.string("actor")}, {}, {}};
        if (file.device.empty() || file.actor.empty())
            return make_error("device_format", "device file: device and actor are required");
        // Schema 1 had no key: the store gives such a device one on opening.
        if (r.has("key")) {
            ObjectReader k(r.object("key"), "device.key");
            file.key = DeviceKey{k.string("public"), k.string("secret")};
        }
        if (r.has("former_devices")) {
            for (const Json& item : r.array("former_devices")) {
                if (!item.is_string() || item.get<std::string>().empty())
                    return make_error("device_format", "device file: former_devices holds something that is not a device id");
                file.former.push_back(DeviceId{item.get<std::string>()});
            }
        }
        return file;
    } catch (const std::exception& error) {
        return make_error("device_format", std::string("device file: ") + error.what());
    }
}

std::string encode_exchange_record(const ExchangeRecord& record)
{
    Json out{{"format", "turnabout.exchange"}, {"schema", 1}, {"acknowledged_seq", record.acknowledged_seq}, {"sent_seq", record.sent_seq}};
    if (record.last_export)
        out["last_export"] = record.last_export->unix_ms;
    if (record.last_import)
        out["last_import"] = record.last_import->unix_ms;
    return out.dump(2) + "\n";
}

Result<ExchangeRecord> decode_exchange_record(std::string_view bytes)
{
    auto parsed = parse_untrusted_json(bytes, 64 * 1024);
    if (!parsed)
        return parsed.error();
    try {
        ObjectReader r(*parsed, "exchange");
        if (r.string("format") != "turnabout.exchange")
            return make_error("exchange_format", "exchange record: unknown format");
        ExchangeRecord record;
        record.acknowledged_seq = r.unsigned_int("acknowledged_seq", 0, MAX_SAFE_INTEGER);
        record.sent_seq = r.unsigned_int("sent_seq", 0, MAX_SAFE_INTEGER);
        if (r.has("last_export"))
            record.last_export = Timestamp{r.signed_int("last_export", 0, MAX_UNIX_MS)};
        if (r.has("last_import"))
            record.last_import = Timestamp{r.signed_int("last_import", 0, MAX_UNIX_MS)};
        return record;
    } catch (const std::exception& error) {
        return make_error("exchange_format", std::string("exchange record: ") + error.what());
    }
}

Result<ProgramOutline> decode_program_outline(std::string_view bytes)
{
    auto parsed = parse_untrusted_json(bytes);
    if (!parsed)
        return parsed.error();
    try {
        ObjectReader r(*parsed, "outline");
        if (r.string("format") != "turnabout.outline")
            return make_error("outline_format", "program outline: the format is not \"turnabout.outline\"");
        ProgramOutline outline;
        outline.name = r.string("name");
        outline.description = r.optional_string("description");
        if (r.has("type")) {
            outline.type = decode_program_type(r.string("type"), "outline.type");
            outline.start = decode_date(r.string("start"), "outline.start");
        }
        const Json& people = r.array("people");
        for (std::size_t i = 0; i < people.size(); ++i) {
            ObjectReader p(people[i], "outline.people[" + std::to_string(i) + "]");
            people::PersonDetails d;
            d.name = p.string("name");
            d.email = p.string("email");
            d.job_title = p.optional_string("job_title");
            d.department = p.optional_string("department");
            d.level = p.has("level") ? static_cast<int>(p.signed_int("level", people::MIN_LEVEL, people::MAX_LEVEL)) : 0;
            auto role = people::role_from_name(p.string("role"));
            if (!role)
                throw DecodeError(p.path() + ".role: not mentor, mentee or both");
            d.role = *role;
            OutlinePerson person;
            person.details = std::move(d);
            if (p.has("profile")) {
                // The outline names managers by email; the profile codec reads ids.
                Json profile = p.object("profile");
                ObjectReader pr(profile, p.path() + ".profile");
                person.manager_email = pr.optional_string("manager");
                profile["manager"] = "";
                for (const char* key : {"location", "time_zone", "availability"}) {
                    if (!profile.contains(key))
                        profile[key] = "";
                }
                for (const char* key : {"skills_offered", "skills_wanted", "interests"}) {
                    if (!profile.contains(key))
                        profile[key] = Json::array();
                }
                if (!profile.contains("capacity"))
                    profile["capacity"] = 1;
                if (!profile.contains("paused"))
                    profile["paused"] = false;
                person.profile = decode_profile(profile, p.path() + ".profile");
            }
            if (p.has("answers"))
                person.answers = decode_answers(p.object("answers"), p.path() + ".answers");
            outline.people.push_back(std::move(person));
        }
        return outline;
    } catch (const std::exception& error) {
        return make_error("outline_format", std::string("program outline: ") + error.what());
    }
}

}
