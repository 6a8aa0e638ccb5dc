#include "app/people_import.h"

#include "core/base/text.h"
#include "core/domain/decide.h"
#include "core/domain/people/people_rules.h"
#include "io/csv.h"

#include <algorithm>
#include <map>

namespace turnabout {

namespace {

std::vector<std::string> split_list(const std::string& cell)
{
    std::vector<std::string> out;
    std::string item;
    for (char c : cell) {
        if (c == ';' || c == ',' || c == '|') {
            if (auto t = trim(item); !t.empty())
                out.push_back(t);
            item.clear();
        } else {
            item += c;
        }
    }
    if (auto t = trim(item); !t.empty())
        out.push_back(t);
    return out;
}

std::string join_list(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : "; ") + item;
    return out;
}

std::optional<people::Role> parse_role(const std::string& cell, const program::Terminology& terms)
{
    std::string text = ascii_lower(trim(cell));
    if (text == "mentor" || text == ascii_lower(terms.mentor))
        return people::Role::Mentor;
    if (text == "mentee" || text == ascii_lower(terms.mentee))
        return people::Role::Mentee;
    if (text == "both" || text == "mentor and mentee" || text == "mentor/mentee")
        return people::Role::Both;
    return std::nullopt;
}

std::optional<int> parse_level(const std::string& cell)
{
    std::string text = trim(cell);
    if (text.empty())
        return 0;
    if (text.size() <= 2 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::stoi(text);
    for (int level = people::MIN_LEVEL; level <= people::MAX_LEVEL; ++level) {
        if (ascii_lower(text) == ascii_lower(people::level_name(level)))
            return level;
    }
    return std::nullopt;
}

std::optional<int> parse_count(const std::string& cell)
{
    std::string text = trim(cell);
    if (text.empty() || text.size() > 3 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoi(text);
}

bool header_is(const std::string& header, std::initializer_list<const char*> names)
{
    std::string h;
    for (char c : ascii_lower(trim(header))) {
        if (c != ' ' && c != '_' && c != '-' && c != '.')
            h += c;
    }
    for (const char* name : names) {
        if (h == name)
            return true;
    }
    return false;
}

}

std::string_view person_field_label(PersonField field)
{
    switch (field) {
    case PersonField::Ignore:
        return "(ignore)";
    case PersonField::Name:
        return "Name";
    case PersonField::FirstName:
        return "First name";
    case PersonField::LastName:
        return "Last name";
    case PersonField::Email:
        return "Email";
    case PersonField::JobTitle:
        return "Job title";
    case PersonField::Department:
        return "Department";
    case PersonField::Level:
        return "Level";
    case PersonField::Role:
        return "Role";
    case PersonField::ManagerEmail:
        return "Manager's email";
    case PersonField::Location:
        return "Location";
    case PersonField::TimeZone:
        return "Time zone";
    case PersonField::SkillsOffered:
        return "Skills offered";
    case PersonField::SkillsWanted:
        return "Skills wanted";
    case PersonField::Interests:
        return "Interests";
    case PersonField::Availability:
        return "Availability";
    case PersonField::Capacity:
        return "Capacity";
    }
    return "(ignore)";
}

ColumnMapping guess_mapping(const std::vector<std::string>& header)
{
    ColumnMapping mapping;
    for (const std::string& h : header) {
        PersonField field = PersonField::Ignore;
        if (header_is(h, {"name", "fullname", "employeename", "displayname"}))
            field = PersonField::Name;
        else if (header_is(h, {"firstname", "givenname", "forename"}))
            field = PersonField::FirstName;
        else if (header_is(h, {"lastname", "surname", "familyname"}))
            field = PersonField::LastName;
        else if (header_is(h, {"email", "emailaddress", "workemail", "mail"}))
            field = PersonField::Email;
        else if (header_is(h, {"jobtitle", "title", "position"}))
            field = PersonField::JobTitle;
        else if (header_is(h, {"department", "dept", "team", "division"}))
            field = PersonField::Department;
        else if (header_is(h, {"level", "grade", "seniority", "band"}))
            field = PersonField::Level;
        else if (header_is(h, {"role", "programrole", "mentorormentee"}))
            field = PersonField::Role;
        else if (header_is(h, {"manager", "manageremail", "managersemail", "reportsto", "linemanager"}))
            field = PersonField::ManagerEmail;
        else if (header_is(h, {"location", "office", "site", "city"}))
            field = PersonField::Location;
        else if (header_is(h, {"timezone", "tz"}))
            field = PersonField::TimeZone;
        else if (header_is(h, {"skillsoffered", "skills", "expertise"}))
            field = PersonField::SkillsOffered;
        else if (header_is(h, {"skillswanted", "wantstolearn", "developmentareas"}))
            field = PersonField::SkillsWanted;
        else if (header_is(h, {"interests", "hobbies"}))
            field = PersonField::Interests;
        else if (header_is(h, {"availability"}))
            field = PersonField::Availability;
        else if (header_is(h, {"capacity", "maxmentees"}))
            field = PersonField::Capacity;
        // A field already taken by an earlier column is not guessed twice.
        if (field != PersonField::Ignore && std::find(mapping.begin(), mapping.end(), field) != mapping.end())
            field = PersonField::Ignore;
        mapping.push_back(field);
    }
    return mapping;
}

Result<PeopleTable> read_people_table(std::string_view csv)
{
    auto parsed = io::parse_csv(csv);
    if (!parsed)
        return parsed.error();
    PeopleTable table{std::move(parsed->header), {}};
    table.rows.reserve(parsed->rows.size());
    for (io::CsvRow& row : parsed->rows)
        table.rows.push_back(PeopleTable::Row{row.line, std::move(row.cells)});
    return table;
}

ImportPreview preview_people_import(const ProgramState& state, const ActorId& admin, const PeopleTable& table, const ColumnMapping& mapping, std::optional<people::Role> default_role)
{
    ImportPreview preview;
    auto mapped = [&](PersonField f) { return std::find(mapping.begin(), mapping.end(), f) != mapping.end(); };
    if (mapping.size() != table.header.size())
        preview.problems.push_back("the mapping does not cover every column");
    if (!mapped(PersonField::Name) && !(mapped(PersonField::FirstName) || mapped(PersonField::LastName)))
        preview.problems.push_back("no column is mapped to Name (or First name and Last name)");
    if (!mapped(PersonField::Email))
        preview.problems.push_back("no column is mapped to Email");
    if (!mapped(PersonField::Role) && !default_role)
        preview.problems.push_back("no column is mapped to Role (mentor, mentee or both), and no role is chosen for everyone");
    if (!state.program)
        preview.problems.push_back("the program's creation has not arrived yet");
    if (!preview.problems.empty())
        return preview;

    ProgramState scratch = state;
    std::map<std::string, PersonId> by_email;
    for (const auto& [id, person] : scratch.people)
        by_email[ascii_lower(person.details.email)] = id;
    std::size_t counter = 0;
    for (const PeopleTable::Row& row : table.rows) {
        ImportRow out;
        out.line = row.line;
        std::string first, last;
        bool role_given = !mapped(PersonField::Role) && default_role;
        if (role_given)
            out.details.role = *default_role;
        for (std::size_t c = 0; c < mapping.size() && c < row.cells.size(); ++c) {
            const std::string& cell = row.cells[c];
            switch (mapping[c]) {
            case PersonField::Ignore:
                break;
            case PersonField::Name:
                out.details.name = cell;
                break;
            case PersonField::FirstName:
                first = cell;
                break;
            case PersonField::LastName:
                last = cell;
                break;
            case PersonField::Email:
                out.details.email = cell;
                break;
            case PersonField::JobTitle:
                out.details.job_title = cell;
                break;
            case PersonField::Department:
                out.details.department = cell;
                break;
            case PersonField::Level:
                if (auto level = parse_level(cell))
                    out.details.level = *level;
                else
                    out.errors.push_back("level: \"" + cell + "\" is not a level (0 to 9 or a name such as Manager)");
                break;
            case PersonField::Role:
                if (auto role = parse_role(cell, state.program->terminology)) {
                    out.details.role = *role;
                    role_given = true;
                } else {
                    out.errors.push_back("role: \"" + cell + "\" is not mentor, mentee or both");
                }
                break;
            case PersonField::ManagerEmail:
                out.manager_email = trim(cell);
                break;
            case PersonField::Location:
                out.profile.location = cell;
                break;
            case PersonField::TimeZone:
                out.profile.time_zone = cell;
                break;
            case PersonField::SkillsOffered:
                out.profile.skills_offered = split_list(cell);
                break;
            case PersonField::SkillsWanted:
                out.profile.skills_wanted = split_list(cell);
                break;
            case PersonField::Interests:
                out.profile.interests = split_list(cell);
                break;
            case PersonField::Availability:
                out.profile.availability = cell;
                break;
            case PersonField::Capacity:
                if (auto n = parse_count(cell))
                    out.profile.capacity = *n;
                else if (!trim(cell).empty())
                    out.errors.push_back("capacity: \"" + cell + "\" is not a number");
                break;
            }
        }
        if (out.details.name.empty())
            out.details.name = trim(first + " " + last);
        if (!role_given && out.errors.empty())
            out.errors.push_back("role: empty (mentor, mentee or both)");

        if (out.errors.empty()) {
            // The same rules the core applies, against the program plus the rows above.
            PersonId id{"u-import-" + std::to_string(++counter)};
            auto added = decide(scratch, Actor{admin}, people::AddPerson{id, out.details});
            if (!added) {
                out.errors.push_back(added.error().message);
            } else {
                for (const auto& body : *added)
                    apply(scratch, unrecorded_context(admin), body);
                by_email[ascii_lower(trim(out.details.email))] = id;
            }
        }
        preview.rows.push_back(std::move(out));
    }
    // Managers second: a manager may be on a later row of the same file.
    for (std::size_t i = 0; i < preview.rows.size(); ++i) {
        ImportRow& row = preview.rows[i];
        if (!row.errors.empty())
            continue;
        if (!row.manager_email.empty()) {
            auto it = by_email.find(ascii_lower(row.manager_email));
            if (it == by_email.end())
                row.errors.push_back("manager: nobody in the program or this file has the email " + row.manager_email);
            else
                row.profile.manager = it->second;
        }
        if (row.errors.empty()) {
            PersonId id = by_email.at(ascii_lower(trim(row.details.email)));
            if (auto s = people::validate_profile(scratch, id, people::normalized(row.profile)); !s)
                row.errors.push_back(s.error().message);
            else
                scratch.people.at(id).profile = people::normalized(row.profile);
        }
    }
    for (const ImportRow& row : preview.rows)
        preview.rows_with_errors += row.errors.empty() ? 0 : 1;
    return preview;
}

Result<std::size_t> commit_people_import(Store& store, const ProgramId& program, const ImportPreview& preview)
{
    if (!preview.ready())
        return make_error("import_not_ready", "import: fix the rows with errors first; nothing was imported");
    // Fresh ids, and managers pointing at them, decided together: all rows or none.
    std::map<std::string, PersonId> ids;
    const ProgramState* state = store.program(program);
    if (!state)
        return make_error("no_program", "program: not found on this device");
    for (const auto& [id, person] : state->people)
        ids[ascii_lower(person.details.email)] = id;
    std::vector<Command> commands;
    std::vector<PersonId> new_ids;
    for (const ImportRow& row : preview.rows) {
        auto id = store.new_person_id();
        ids[ascii_lower(trim(row.details.email))] = id;
        new_ids.push_back(id);
        commands.push_back(people::AddPerson{id, row.details});
    }
    for (std::size_t i = 0; i < preview.rows.size(); ++i) {
        const ImportRow& row = preview.rows[i];
        people::Profile profile = row.profile;
        profile.manager = row.manager_email.empty() ? PersonId{} : ids.at(ascii_lower(row.manager_email));
        if (!(profile == people::Profile{}))
            commands.push_back(people::UpdateProfile{new_ids[i], people::normalized(row.details), profile});
    }
    std::size_t refused_at = 0;
    if (auto status = store.execute_all(program, commands, &refused_at); !status)
        return make_error(status.error().code, "import: nothing was imported: " + status.error().message);
    return preview.rows.size();
}

std::string export_people_csv(const ProgramState& state)
{
    std::string out = io::csv_line({"Name", "Email", "Job title", "Department", "Level", "Role", "Manager's email", "Location", "Time zone", "Skills offered", "Skills wanted", "Interests", "Availability", "Capacity", "Paused"});
    for (const auto& [id, person] : state.people) {
        if (person.membership != people::Membership::Active)
            continue;
        const auto& d = person.details;
        const auto& p = person.profile;
        std::string manager;
        if (auto it = state.people.find(p.manager); it != state.people.end())
            manager = it->second.details.email;
        out += io::csv_line({d.name, d.email, d.job_title, d.department, std::to_string(d.level), std::string(people::role_name(d.role)), manager, p.location, p.time_zone, join_list(p.skills_offered), join_list(p.skills_wanted), join_list(p.interests), p.availability, std::to_string(p.capacity), p.paused ? "yes" : "no"});
    }
    return out;
}

}
