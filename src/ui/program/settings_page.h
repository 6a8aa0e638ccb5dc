// The admin's settings page: every section of a program's setup editable after
// creation (basics, type, each match type, registration, terminology), each saved
// through the core with a sentence on what the change does.
// Depends on: ui/actions, ui/view_context.
#pragma once

#include "core/domain/privacy/privacy.h"

#include "ui/actions.h"
#include "ui/view_context.h"

#include <string>

namespace turnabout::ui {

enum class SettingsSection { None, Basics, Type, MatchType, NewMatchType, Registration, Terminology, FieldReaders };

struct SettingsUi {
    SettingsSection editing = SettingsSection::None;
    program::MatchTypeId match_type; // for MatchType
    program::Basics basics;
    std::string start_text;
    std::string end_text;
    program::ProgramType type = program::ProgramType::Mentorship;
    program::MatchType match_type_draft;
    program::RegistrationSettings registration;
    program::Terminology terminology;
    privacy::FieldReaders field_readers;
    std::string local_error; // a date the UI cannot read
    CommandOutcome outcome;
    Ticket sent; // the open section's save, to read its outcome
    Sent<program::MatchTypeId> removed_type; // "Remove match type"

    void stop_editing();
};

void settings_page(const ViewContext& context, const ProgramState& program, SettingsUi& ui, ActionQueue& actions);

}
