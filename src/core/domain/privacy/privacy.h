// The privacy feature's model: who reads each profile field (the admin's setting),
// and the sealing a person's partner receives when a match starts. Where fields are
// sealed and opened: core/domain/privacy/person_fields.h. Depends on: core/base.
#pragma once

#include "core/base/ids.h"
#include "core/domain/privacy/readers.h"
#include "core/domain/privacy/sealed_fields.h"

#include <map>
#include <string>
#include <string_view>

namespace turnabout::privacy {

// Who reads each profile field ("email": PartnerAndAdmin); a field not named is read
// by everyone. Answers take their readers from their question.
using FieldReaders = std::map<std::string, Readers>;

// The reverse-mentoring defaults: contact for the partner and the admin, the level
// and the reporting line for the admin only, the rest for everyone.
FieldReaders default_field_readers();

struct PrivacyState {
    FieldReaders field_readers = default_field_readers();

    bool operator==(const PrivacyState&) const = default;
};

// Commands.

// The admin sets who reads each profile field; what was recorded before stays as it was.
struct SetFieldReaders {
    FieldReaders readers;
};

// A match started: the person's fields for a partner, sealed to that partner too.
// The recording device (the person's own, or the admin's) fills in the content.
struct SharePartnerFields {
    PersonId person;
    PersonId partner;
};

// Events.

struct FieldReadersChanged {
    static constexpr std::string_view TYPE = "FieldReadersChanged";
    FieldReaders readers;

    bool operator==(const FieldReadersChanged&) const = default;
};

struct PartnerShared {
    static constexpr std::string_view TYPE = "PartnerShared";
    PersonId person;
    PersonId partner;
    SealedFields fields;

    bool operator==(const PartnerShared&) const = default;
};

}
