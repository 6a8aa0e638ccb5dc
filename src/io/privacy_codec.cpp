#include "io/privacy_codec.h"

#include "core/domain/privacy/person_fields.h"
#include "io/sealing.h"
#include "io/value_codec.h"

#include <algorithm>

#include <sodium.h>

namespace turnabout::io {

Json encode(const privacy::SealedFields& fields)
{
    Json partners = Json::array();
    for (const PersonId& partner : fields.partners)
        partners.push_back(partner.value);
    Json out{{"readers", std::string(privacy::readers_name(fields.readers))}, {"fields", encode_strings(fields.fields)}, {"partners", partners}, {"content", fields.content.stored()}};
    if (!fields.email_key.empty())
        out["email_key"] = fields.email_key;
    return out;
}

privacy::SealedFields decode_sealed_fields(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"readers", "fields", "partners", "content", "email_key"});
    privacy::SealedFields out;
    auto readers = privacy::readers_from_name(r.string("readers"));
    if (!readers)
        throw DecodeError(path + ".readers: not everyone, partner_and_admin or admin_only");
    out.readers = *readers;
    out.fields = decode_strings(r.array("fields"), path + ".fields", privacy::MAX_SEALED_FIELDS);
    for (const std::string& partner : decode_strings(r.array("partners"), path + ".partners", static_cast<std::size_t>(people::MAX_CAPACITY) + 5))
        out.partners.push_back(PersonId{partner});
    out.content = private_text_from_file(r.string("content"));
    if (r.has("email_key"))
        out.email_key = r.string("email_key");
    return out;
}

Json encode_sealed(std::span<const privacy::SealedFields> sealed)
{
    Json out = Json::array();
    for (const privacy::SealedFields& group : sealed)
        out.push_back(encode(group));
    return out;
}

std::vector<privacy::SealedFields> decode_sealed(const ObjectReader& r, const Json& value, const std::string& path)
{
    std::vector<privacy::SealedFields> out;
    if (!r.has("sealed"))
        return out;
    const Json& groups = r.array("sealed");
    if (groups.size() > privacy::MAX_SEALED_GROUPS)
        throw DecodeError(path + ".sealed: more than " + std::to_string(privacy::MAX_SEALED_GROUPS) + " groups");
    for (const Json& group : groups)
        out.push_back(decode_sealed_fields(group, path + ".sealed[]"));
    (void)value;
    return out;
}

Json encode(const privacy::FieldReaders& readers)
{
    Json out = Json::object();
    for (const auto& [field, who] : readers)
        out[field] = std::string(privacy::readers_name(who));
    return out;
}

privacy::FieldReaders decode_field_readers(const Json& value, const std::string& path)
{
    if (!value.is_object())
        throw DecodeError(path + ": expected an object");
    if (value.size() > privacy::profile_fields().size())
        throw DecodeError(path + ": more fields than a profile has");
    privacy::FieldReaders out;
    for (const auto& [field, who] : value.items()) {
        if (!who.is_string())
            throw DecodeError(path + "." + field + ": expected text");
        auto readers = privacy::readers_from_name(who.get<std::string>());
        if (!readers)
            throw DecodeError(path + "." + field + ": not everyone, partner_and_admin or admin_only");
        out[field] = *readers;
    }
    return out;
}

std::string email_key(const ProgramId& program, std::string_view email)
{
    std::string lower;
    for (char c : email)
        lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    unsigned char hash[16];
    // Keyed by the program: the same address gives another key in another program.
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(lower.data()), lower.size(), reinterpret_cast<const unsigned char*>(program.value.data()), std::min<std::size_t>(program.value.size(), crypto_generichash_KEYBYTES_MAX));
    static constexpr char HEX[] = "0123456789abcdef";
    std::string out = "e1-";
    for (unsigned char byte : hash) {
        out.push_back(HEX[byte >> 4]);
        out.push_back(HEX[byte & 15]);
    }
    return out;
}

std::string encode_field_values(const people::Person& person, std::span<const std::string> fields)
{
    people::Person only;
    for (const std::string& field : fields)
        privacy::copy_field(person, only, field);
    return Json{{"details", encode(only.details)}, {"profile", encode(only.profile)}, {"answers", encode(only.answers)}}.dump();
}

bool decode_field_values(std::string_view text, std::span<const std::string> fields, people::Person& into)
{
    auto parsed = parse_untrusted_json(text);
    if (!parsed)
        return false;
    try {
        ObjectReader r(*parsed, "sealed");
        people::Person values;
        values.details = decode_details(r.object("details"), "sealed.details");
        values.profile = decode_profile(r.object("profile"), "sealed.profile");
        values.answers = decode_answers(r.object("answers"), "sealed.answers");
        for (const std::string& field : fields)
            privacy::copy_field(values, into, field);
        return true;
    } catch (const DecodeError&) {
        return false;
    }
}

namespace {

// A list inside an envelope holds at most every person of a program once.
constexpr std::size_t MAX_RULED_OUT = 100000;

Json encode_ids(const std::set<PersonId>& ids)
{
    Json out = Json::array();
    for (const PersonId& id : ids)
        out.push_back(id.value);
    return out;
}

std::set<PersonId> decode_ids(const Json& value, const std::string& path)
{
    std::set<PersonId> out;
    for (const std::string& id : decode_strings(value, path, MAX_RULED_OUT))
        out.insert(PersonId{id});
    return out;
}

}

std::string encode_ruled_out(const privacy::RuledOut& list)
{
    return Json{{"mentors", encode_ids(list.mentors)}, {"mentees", encode_ids(list.mentees)}}.dump();
}

std::optional<privacy::RuledOut> decode_ruled_out(std::string_view text)
{
    auto parsed = parse_untrusted_json(text);
    if (!parsed)
        return std::nullopt;
    try {
        ObjectReader r(*parsed, "ruled_out");
        r.allow_only({"mentors", "mentees"});
        privacy::RuledOut out;
        out.mentors = decode_ids(r.array("mentors"), "ruled_out.mentors");
        out.mentees = decode_ids(r.array("mentees"), "ruled_out.mentees");
        return out;
    } catch (const DecodeError&) {
        return std::nullopt;
    }
}

Json encode_ruled_out_sealed(const std::map<PersonId, privacy::PrivateText>& lists)
{
    Json out = Json::object();
    for (const auto& [person, list] : lists)
        out[person.value] = list.stored();
    return out;
}

std::map<PersonId, privacy::PrivateText> decode_ruled_out_sealed(const Json& value, const std::string& path)
{
    if (!value.is_object())
        throw DecodeError(path + ": expected an object");
    std::map<PersonId, privacy::PrivateText> out;
    for (const auto& [person, list] : value.items()) {
        if (!list.is_string())
            throw DecodeError(path + "." + person + ": expected text");
        out[PersonId{person}] = private_text_from_file(list.get<std::string>());
    }
    return out;
}

}
