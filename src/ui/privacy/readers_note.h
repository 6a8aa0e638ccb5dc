// Beside each field a person fills in: who reads it ("Only your match partner and the
// admin see this"), from the program's setting for that field. Depends on: core.
#pragma once

#include "core/domain/privacy/readers.h"
#include "core/domain/state.h"

#include <string>
#include <string_view>

namespace turnabout::ui {

// "Everyone in the program sees this": the readers, named.
std::string readers_sentence(privacy::Readers readers);
// The sentence small and muted (accented when not for everyone), on its own line;
// `under_field`: wrapped at the right edge of the field just drawn.
void readers_line(privacy::Readers readers, bool under_field = false);
// The sentence for one field ("email", "answer:q-…") under the field just drawn.
void readers_note(const ProgramState& state, std::string_view field);

}
