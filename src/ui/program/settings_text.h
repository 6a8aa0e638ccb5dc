// The sentences that explain program settings: what each program type and matching
// process means, and what changing one does. Written in the program's own words for
// mentor and mentee. Depends on: core/domain, ui/terms.
#pragma once

#include "core/domain/program/settings.h"

#include <string>

namespace turnabout::ui {

std::string type_explanation(program::ProgramType type);
std::string process_explanation(program::MatchingProcess process, const program::Terminology& terms);
// What saving `to` in place of `from` does to people and their pending requests.
std::string process_change_effect(program::MatchingProcess from, program::MatchingProcess to, const program::Terminology& terms);
// "Mentees can request mentors" in the program's words (capitalised).
std::string mentees_request_label(const program::Terminology& terms);
std::string mentors_request_label(const program::Terminology& terms);
// One line on a match type: process, request directions and limits.
std::string match_type_summary(const program::MatchType& match_type, const program::Terminology& terms);

}
