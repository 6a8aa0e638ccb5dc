// The fields a person fills in, by name, and how a person's sealed fields are kept:
// which fields an event sets, who reads each, blanking and copying one field, and
// what the recorded state remembers of sealed groups. Depends on: core/domain.
#pragma once

#include "core/base/result.h"
#include "core/domain/people/person.h"
#include "core/domain/privacy/privacy.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout {
struct ProgramState;
}

namespace turnabout::privacy {

struct ProfileField {
    std::string_view name;  // "email"
    std::string_view label; // "Email"
};

// Every profile field whose readers the admin sets; name and role are always for
// everyone (people are told apart by name, and matching reads the role).
std::span<const ProfileField> profile_fields();
std::string answer_field(const questionnaire::QuestionId& question);
std::optional<questionnaire::QuestionId> question_of(std::string_view field);

// What a person-data event sets.
enum Carries : unsigned {
    CarriesDetails = 1,
    CarriesProfile = 2,
    CarriesAnswers = 4,
};
// The field names an event carrying `carries` sets, in the program as it is.
std::vector<std::string> carried_fields(const ProgramState& state, unsigned carries);

Readers readers_of(const ProgramState& state, std::string_view field);
// "Email", or the question's text.
std::string field_label(const ProgramState& state, std::string_view field);

void blank_field(people::Person& person, std::string_view field);
void copy_field(const people::Person& from, people::Person& to, std::string_view field);

bool is_sealed(std::span<const SealedFields> sealed, std::string_view field);
// The key of the sealed email among `sealed`; empty when the email is not sealed.
std::string email_key_of(std::span<const SealedFields> sealed);
// Question ids among the sealed fields: their answers count as given.
std::set<questionnaire::QuestionId> sealed_questions(std::span<const SealedFields> sealed);

// The sealed groups an event brings are well formed: readers not everyone, known
// fields the event carries, sealed content of a bounded size.
Status check_sealed(const ProgramState& state, std::span<const SealedFields> sealed, const std::vector<std::string>& carried);
// After an event set `carried`: the groups it sealed join the person's, and each
// carried field is hidden when sealed, shown when plain.
void record_sealed(people::Person& person, const std::vector<std::string>& carried, std::span<const SealedFields> sealed);

// The people `person` is matched with now.
std::vector<PersonId> active_partners(const ProgramState& state, const PersonId& person);
// Whether `partner` may read the person's newest fields for partners: a group sealed
// while they were matched.
bool shared_with(const people::Person& person, const PersonId& partner);

}
