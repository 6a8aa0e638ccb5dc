#include "io/program_file.h"

#include "io/event_codec.h"
#include "io/json_input.h"

namespace turnabout::io {

std::string encode_program_file(const ProgramFile& file)
{
    Json events = Json::array();
    for (const Envelope& envelope : file.events)
        events.push_back(encode_envelope(envelope));
    Json root{
        {"format", std::string(PROGRAM_FILE_FORMAT)},
        {"schema", PROGRAM_FILE_SCHEMA},
        {"program", file.program.value},
        {"program_name", file.program_name},
        {"exported_at", file.exported_at.unix_ms},
        {"events", std::move(events)},
    };
    // One event per line keeps exports readable and diffs small.
    std::string out = "{\n";
    bool first = true;
    for (const auto& [key, value] : root.items()) {
        if (!first)
            out += ",\n";
        first = false;
        out += "  " + Json(key).dump() + ": ";
        if (key == "events") {
            out += "[";
            for (std::size_t i = 0; i < value.size(); ++i)
                out += (i ? ",\n    " : "\n    ") + value[i].dump(-1, ' ', false, Json::error_handler_t::strict);
            out += value.empty() ? "]" : "\n  ]";
        } else {
            out += value.dump();
        }
    }
    out += "\n}\n";
    return out;
}

Result<ProgramFile> decode_program_file(std::string_view bytes)
{
    return decode_program_file(bytes, MAX_FILE_BYTES);
}

Result<ProgramFile> decode_program_file(std::string_view bytes, std::size_t max_bytes)
{
    auto parsed = parse_untrusted_json(bytes, max_bytes);
    if (!parsed)
        return parsed.error();
    try {
        const Json& root = *parsed;
        if (!root.is_object())
            return make_error("not_a_program_file", "this is not a Turnabout program file (the top level is not an object)");
        auto format = root.find("format");
        if (format == root.end() || !format->is_string() || format->get<std::string>() != PROGRAM_FILE_FORMAT)
            return make_error("not_a_program_file", "this is not a Turnabout program file (its \"format\" is not \"turnabout.program\")");
        ObjectReader r(root, "file");
        auto schema = r.unsigned_int("schema", 1, MAX_SAFE_INTEGER);
        if (schema > PROGRAM_FILE_SCHEMA)
            return make_error("newer_schema", "this file was made by a newer Turnabout (file schema " + std::to_string(schema) + "; this version reads up to " + std::to_string(PROGRAM_FILE_SCHEMA) + ")");
        r.allow_only({"format", "schema", "program", "program_name", "exported_at", "events"});
        ProgramFile file;
        file.schema = static_cast<std::uint32_t>(schema);
        file.program = ProgramId{r.string("program")};
        if (file.program.empty())
            return make_error("invalid_file", "file.program: empty");
        file.program_name = r.optional_string("program_name");
        file.exported_at = Timestamp{r.signed_int("exported_at", 0, MAX_UNIX_MS)};
        const Json& events = r.array("events");
        if (events.size() > MAX_EVENTS_PER_FILE)
            return make_error("too_many_events", "the file holds " + std::to_string(events.size()) + " events; at most " + std::to_string(MAX_EVENTS_PER_FILE) + " are read");
        file.events.reserve(events.size());
        for (std::size_t i = 0; i < events.size(); ++i) {
            file.events.push_back(decode_envelope(events[i], "event " + std::to_string(i + 1)));
            if (file.schema < 2 && !file.events.back().signature.empty())
                return make_error("invalid_file", "event " + std::to_string(i + 1) + ": a signature in a file of schema 1, which has none");
        }
        for (const Envelope& envelope : file.events) {
            const auto* created = std::get_if<program::ProgramCreated>(&envelope.body);
            if (created && created->id != file.program)
                return make_error("invalid_file", "the file says it holds program " + file.program.value + " but creates program " + created->id.value);
        }
        return file;
    } catch (const DecodeError& error) {
        std::string what = error.what();
        if (what.find("newer Turnabout") != std::string::npos)
            return make_error("newer_schema", what);
        return make_error("invalid_file", what);
    } catch (const std::exception& error) {
        return make_error("invalid_file", std::string("the file could not be read: ") + error.what());
    }
}

}
