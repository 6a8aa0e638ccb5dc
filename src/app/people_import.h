// Importing people from an HR system's CSV: map columns to fields, preview every row
// with its errors (by line), and record nothing until the admin confirms a preview
// without errors. Exporting people to CSV. Depends on: app/store.h; io reads the CSV.
#pragma once

#include "app/store.h"

#include <string_view>

#include <optional>
#include <string>
#include <vector>

namespace turnabout {

// A people file as read: its header and rows, each with the file's line where it
// starts (1 is the header), for messages.
struct PeopleTable {
    struct Row {
        std::size_t line = 0;
        std::vector<std::string> cells;
    };
    std::vector<std::string> header;
    std::vector<Row> rows;
};

// Reads an HR system's CSV export; a clear message when it cannot be read.
Result<PeopleTable> read_people_table(std::string_view csv);

enum class PersonField {
    Ignore,
    Name,
    FirstName,
    LastName,
    Email,
    JobTitle,
    Department,
    Level,
    Role,
    ManagerEmail,
    Location,
    TimeZone,
    SkillsOffered,
    SkillsWanted,
    Interests,
    Availability,
    Capacity,
};

inline constexpr PersonField ALL_PERSON_FIELDS[] = {PersonField::Ignore, PersonField::Name, PersonField::FirstName, PersonField::LastName, PersonField::Email, PersonField::JobTitle, PersonField::Department, PersonField::Level, PersonField::Role, PersonField::ManagerEmail, PersonField::Location, PersonField::TimeZone, PersonField::SkillsOffered, PersonField::SkillsWanted, PersonField::Interests, PersonField::Availability, PersonField::Capacity};

std::string_view person_field_label(PersonField field);

// One field per column of the CSV.
using ColumnMapping = std::vector<PersonField>;

// A first mapping from the header's names ("Full name", "E-mail", "Dept", ...).
ColumnMapping guess_mapping(const std::vector<std::string>& header);

struct ImportRow {
    std::size_t line = 0;
    people::PersonDetails details;
    people::Profile profile;
    std::string manager_email;
    std::vector<std::string> errors;
};

struct ImportPreview {
    std::vector<ImportRow> rows;
    // Problems with the mapping itself ("no column is mapped to Email").
    std::vector<std::string> problems;
    std::size_t rows_with_errors = 0;

    bool ready() const { return problems.empty() && rows_with_errors == 0 && !rows.empty(); }
};

// Checks every row as the core would, in order, against the program as it is now
// plus the rows above it (so a duplicate email within the file is caught).
// `default_role` is every row's role when no column is mapped to Role (HR exports
// rarely say who mentors); a Role column, where mapped, wins.
ImportPreview preview_people_import(const ProgramState& state, const ActorId& admin, const PeopleTable& table, const ColumnMapping& mapping, std::optional<people::Role> default_role = std::nullopt);

// Records a ready preview, all rows or none. Returns how many people were added.
Result<std::size_t> commit_people_import(Store& store, const ProgramId& program, const ImportPreview& preview);

// Active members, with the fields the import reads back.
std::string export_people_csv(const ProgramState& state);

}
