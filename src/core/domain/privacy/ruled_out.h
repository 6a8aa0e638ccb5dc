// Who a person may not be matched with by rules that read fields sealed from them:
// the reporting line and the reverse-mentoring levels. Replay judges on the recorded
// state, where those fields are blank, and a participant's browser on what that
// person reads; so the admin's browser, which reads everything, records for each
// person the people the rules exclude (RuledOutSealed), sealed to them, and their
// browser honours the list without learning why. Depends on: core/domain.
#pragma once

#include "core/domain/privacy/privacy.h"

#include <map>

namespace turnabout {
struct ProgramState;
}

namespace turnabout::privacy {

// The people `person` may not be matched with: the pairs the reporting line or the
// levels exclude as `full` (the admin's reading) reads them, but not as `recorded`
// (what every browser reads) does. Only active members, in the roles they can take.
RuledOut ruled_out_for(const ProgramState& full, const ProgramState& recorded, const PersonId& person);
// The same for every active member at once; people with an empty list are left out.
std::map<PersonId, RuledOut> ruled_out_for_everyone(const ProgramState& full, const ProgramState& recorded);

// Whether a list opened in this reading (PrivacyState::ruled_out) forbids the pair.
bool is_ruled_out(const ProgramState& state, const PersonId& mentor, const PersonId& mentee);

}
