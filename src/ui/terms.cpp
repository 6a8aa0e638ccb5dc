#include "ui/terms.h"

#include <cctype>

namespace turnabout::ui {

std::string capitalize(std::string_view text)
{
    std::string out(text);
    if (!out.empty() && static_cast<unsigned char>(out[0]) < 0x80)
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string term(const program::Terminology& terms, Word word, Plural plural, Capitalized capitalized)
{
    const bool many = plural == Plural::Many;
    const std::string* chosen = nullptr;
    switch (word) {
    case Word::Mentor: chosen = many ? &terms.mentors : &terms.mentor; break;
    case Word::Mentee: chosen = many ? &terms.mentees : &terms.mentee; break;
    case Word::Connection: chosen = many ? &terms.connections : &terms.connection; break;
    }
    return capitalized == Capitalized::Yes ? capitalize(*chosen) : *chosen;
}

std::string term(const program::Program* program, Word word, Plural plural, Capitalized capitalized)
{
    static const program::Terminology defaults;
    return term(program ? program->terminology : defaults, word, plural, capitalized);
}

std::string role_term(const program::Program* program, people::Role role)
{
    switch (role) {
    case people::Role::Mentor: return term(program, Word::Mentor, Plural::One, Capitalized::Yes);
    case people::Role::Mentee: return term(program, Word::Mentee, Plural::One, Capitalized::Yes);
    case people::Role::Both: return term(program, Word::Mentor, Plural::One, Capitalized::Yes) + " and " + term(program, Word::Mentee);
    }
    return "";
}

std::string count_of(const program::Program* program, Word word, std::size_t count)
{
    return std::to_string(count) + " " + term(program, word, count == 1 ? Plural::One : Plural::Many);
}

std::string lower_first(std::string text)
{
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

}
