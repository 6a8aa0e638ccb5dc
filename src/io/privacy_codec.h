// JSON for the privacy feature: sealed groups of a person's fields as events carry
// them, who reads each profile field, and the content inside an envelope (a person
// with only the sealed fields filled in, or who a person may not be matched with). Depends on: io/json_input.h, core/domain.
#pragma once

#include "core/domain/people/person.h"
#include "core/domain/privacy/privacy.h"
#include "io/json_input.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace turnabout::io {

Json encode(const privacy::SealedFields& fields);
privacy::SealedFields decode_sealed_fields(const Json& value, const std::string& path);
Json encode_sealed(std::span<const privacy::SealedFields> sealed);
// Absent or empty: nothing sealed (events of an older Turnabout).
std::vector<privacy::SealedFields> decode_sealed(const ObjectReader& r, const Json& value, const std::string& path);

Json encode(const privacy::FieldReaders& readers);
privacy::FieldReaders decode_field_readers(const Json& value, const std::string& path);

// The key of a sealed email (privacy::SealedFields::email_key): a hash of the address
// without case, keyed by the program.
std::string email_key(const ProgramId& program, std::string_view email);

// The plain text inside an envelope: the named fields of `person`, nothing else.
std::string encode_field_values(const people::Person& person, std::span<const std::string> fields);
// Those values, written into `into` for the named fields; false when the text does
// not read (a damaged or foreign envelope), and then `into` is unchanged.
bool decode_field_values(std::string_view text, std::span<const std::string> fields, people::Person& into);

// The plain text inside a RuledOutSealed envelope: {"mentors": [...], "mentees": [...]}.
std::string encode_ruled_out(const privacy::RuledOut& list);
// The list, or nothing when the text does not read (a damaged or foreign envelope).
std::optional<privacy::RuledOut> decode_ruled_out(std::string_view text);

// The recorded lists per person, as a snapshot keeps them: {person: sealed text}.
Json encode_ruled_out_sealed(const std::map<PersonId, privacy::PrivateText>& lists);
std::map<PersonId, privacy::PrivateText> decode_ruled_out_sealed(const Json& value, const std::string& path);

}
