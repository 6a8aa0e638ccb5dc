// The privacy feature's model: who reads each profile field (the admin's setting),
// the sealing a person's partner receives when a match starts, and who a person may
// not be matched with by rules on fields they cannot read. Where fields are sealed
// and opened: core/domain/privacy/person_fields.h; the ruled-out lists:
// core/domain/privacy/ruled_out.h. Depends on: core/base.
#pragma once

#include "core/base/ids.h"
#include "core/domain/privacy/private_text_value.h"
#include "core/domain/privacy/readers.h"
#include "core/domain/privacy/sealed_fields.h"

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace turnabout::privacy {

// Who reads each profile field ("email": PartnerAndAdmin); a field not named is read
// by everyone. Answers take their readers from their question.
using FieldReaders = std::map<std::string, Readers>;

// The reverse-mentoring defaults: contact for the partner and the admin, the level
// and the reporting line for the admin only, the rest for everyone.
FieldReaders default_field_readers();

// Who one person may not be matched with, by a rule that reads fields sealed from
// them (the reporting line, the reverse-mentoring levels); no reason is kept.
struct RuledOut {
    std::set<PersonId> mentors; // may not be their mentor
    std::set<PersonId> mentees; // may not be their mentee

    bool empty() const { return mentors.empty() && mentees.empty(); }
    bool operator==(const RuledOut&) const = default;
};

struct PrivacyState {
    FieldReaders field_readers = default_field_readers();
    // Recorded: per person, the newest list of who they may not be matched with,
    // sealed to them and the admin (RuledOutSealed). The same on every device.
    std::map<PersonId, PrivateText> ruled_out_sealed;
    // A reading only (never recorded): the lists this browser opened for its reader,
    // which eligibility honours. Empty in the recorded state.
    std::map<PersonId, RuledOut> ruled_out;

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

// The admin's browser seals to a person who they may not be matched with; the
// recording device fills in the list, as it reads the program (app).
struct SealRuledOut {
    PersonId person;
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

// Recorded by the admin only: the person's list (RuledOut, as io encodes it), sealed
// to the person's browser and the admin's; the newest replaces the one before.
struct RuledOutSealed {
    static constexpr std::string_view TYPE = "RuledOutSealed";
    PersonId person;
    PrivateText list;

    bool operator==(const RuledOutSealed&) const = default;
};

}
