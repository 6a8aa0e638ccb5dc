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
// The sentence small and muted (accented when not for everyone), on its own line.
void readers_line(privacy::Readers readers);
// The sentence for one field ("email", "answer:q-…"), small and muted, on its own line.
void readers_note(const ProgramState& state, std::string_view field);

}
