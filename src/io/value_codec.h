// JSON for the values events and snapshots share: person details, profiles, answers,
// questions, match types, program basics and settings. Decoders throw DecodeError
// naming the path. Depends on: io/json_input.h, core/domain.
#pragma once

#include "core/domain/people/person.h"
#include "core/domain/program/program.h"
#include "core/domain/questionnaire/question.h"
#include "io/json_input.h"

namespace turnabout::io {

Json encode(const people::PersonDetails& details);
Json encode(const people::Profile& profile);
Json encode(const people::Answers& answers);
Json encode(const questionnaire::Question& question);
Json encode(const program::MatchType& match_type);
Json encode(const program::Basics& basics);
Json encode(const program::RegistrationSettings& registration);
Json encode(const program::Terminology& terminology);
Json encode_strings(const std::vector<std::string>& items);

people::PersonDetails decode_details(const Json& value, const std::string& path);
people::Profile decode_profile(const Json& value, const std::string& path);
people::Answers decode_answers(const Json& value, const std::string& path);
questionnaire::Question decode_question(const Json& value, const std::string& path);
program::MatchType decode_match_type(const Json& value, const std::string& path);
program::Basics decode_basics(const Json& value, const std::string& path);
program::RegistrationSettings decode_registration(const Json& value, const std::string& path);
program::Terminology decode_terminology(const Json& value, const std::string& path);
program::ProgramType decode_program_type(const std::string& name, const std::string& path);
std::vector<std::string> decode_strings(const Json& value, const std::string& path, std::size_t max_items);
Date decode_date(const std::string& text, const std::string& path);

}
