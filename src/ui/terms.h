// The program's own words for mentor, mentee and connection, wherever the UI names a
// role: labels, headings, counts, role choices. Every view asks here rather than
// writing "mentor" itself. Depends on: core/domain.
#pragma once

#include "core/domain/people/person.h"
#include "core/domain/program/program.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace turnabout::ui {

enum class Word { Mentor, Mentee, Connection };
enum class Plural { One, Many };
enum class Capitalized { No, Yes };

// `program` may be null (a program whose creation has not arrived): the default words.
std::string term(const program::Program* program, Word word, Plural plural = Plural::One, Capitalized capitalized = Capitalized::No);
inline std::string term(const program::Program& program, Word word, Plural plural = Plural::One, Capitalized capitalized = Capitalized::No)
{
    return term(&program, word, plural, capitalized);
}
// The words for a terminology being edited (the wizard, before the program exists).
std::string term(const program::Terminology& terms, Word word, Plural plural = Plural::One, Capitalized capitalized = Capitalized::No);

// "Guide", "Mentee", "Guide and mentee": a person's role in the program's words.
std::string role_term(const program::Program* program, people::Role role);
// "Mentor" in the middle of a sentence: "as a mentor".
std::string lower_first(std::string text);
// "1 guide", "3 guides".
std::string count_of(const program::Program* program, Word word, std::size_t count);
// First letter upper case (ASCII letters only; other scripts stay as written).
std::string capitalize(std::string_view text);

}
