// The program-creation wizard: basics, program type, matching, registration and
// terminology, then a review page that creates the program with the default
// questionnaire. A full page over everything else while open.
// Depends on: ui/actions, ui/view_context.
#pragma once

#include "ui/actions.h"
#include "ui/view_context.h"

#include <string>

namespace turnabout::ui {

enum class WizardStep { Basics, Type, Matching, Registration, Review };
inline constexpr int WIZARD_STEPS = 5;

struct WizardUi {
    bool open = false;
    WizardStep step = WizardStep::Basics;
    program::Setup setup;
    std::string start_text; // YYYY-MM-DD as typed
    std::string end_text;
    bool end_typed = false; // the end no longer follows start + 1 year
    std::string step_error; // what keeps Next from going on (a date the UI cannot read)
    std::string error;      // the core's reason the program was not created
    bool template_applied = false; // the reverse-mentoring template filled the basics
    bool just_opened = false;

    // The start date as typed, or the last one that could be read.
    Date date_draft_start() const;

    // A fresh wizard: a Mentorship program starting today, ending a year later.
    // A new program whose one-year term starts `today`.
    void open_new(Date today);
};

void wizard_view(const ViewContext& context, WizardUi& ui, ActionQueue& actions);

// A new match type id: FIRST_MATCH_TYPE for the first, random-looking ids after that.

}
