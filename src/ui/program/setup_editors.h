// The forms for a program's setup, shared by the creation wizard and the settings
// page: basics (with dates and goals), program type, one match type, registration and
// terminology. They edit a draft; saving it is the caller's business.
// Depends on: core/domain, Dear ImGui.
#pragma once

#include "core/domain/program/settings.h"

#include <string>

namespace turnabout::ui {

// Dates are typed as YYYY-MM-DD. While `end_typed` is false the end follows the start
// (one year later). Returns the first date problem, or empty.
struct DateDraft {
    std::string start_text;
    std::string end_text;
    bool end_typed = false;

    void load(Date start, Date end);
    // The draft's dates into `basics`; false (and `problem` set) when one is unreadable.
    bool store(program::Basics& basics, std::string& problem) const;
};

void basics_editor(program::Basics& basics, DateDraft& dates, float width);
// Radio cards with a sentence each. Returns true when the choice changed.
bool type_choice(program::ProgramType& type, float width);
void match_type_editor(program::MatchType& match_type, program::ProgramType type, const program::Terminology& terms, float width);
void registration_editor(program::RegistrationSettings& registration, const program::Terminology& terms);
void terminology_editor(program::Terminology& terms, float width);

// A new match type for a program that already has `existing` ones: named so that it
// does not clash ("Mentorship 2").
program::MatchType next_match_type(program::ProgramType type, program::MatchTypeId id, const std::vector<program::MatchType>& existing);

}
