// The admin's people tools: "Import people from CSV" (a file from HR: map its columns
// to fields, preview every row with its errors by line, nothing recorded until
// "Import N people") and "Export people (CSV)". Depends on: app/people_import, ui.
#pragma once

#include "app/people_import.h"
#include "ui/view_context.h"

#include <cstdint>
#include <optional>
#include <string>

namespace turnabout::ui {

class ActionQueue;

struct PeopleImportUi {
    bool open = false;
    ProgramId program;
    std::string filename;
    PeopleTable table;
    ColumnMapping mapping;
    // Everyone's role when no column says it (most HR exports).
    std::optional<people::Role> default_role;
    std::string file_error;   // the file could not be read as CSV
    std::string commit_error; // the store refused the import
    // The preview is worked out again when the mapping or the program changes.
    ImportPreview preview;
    bool preview_stale = true;
    std::uint64_t preview_revision = 0;
};

// A CSV the admin chose: parsed, its columns guessed, and the dialog opened on it.
void open_people_csv(PeopleImportUi& ui, const ProgramId& program, std::string_view bytes, std::string_view filename);

void people_import_dialog(const ViewContext& context, PeopleImportUi& ui, ActionQueue& actions);

}
