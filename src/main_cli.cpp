// turnabout: the command-line tool for admins who script. Reads program files with
// exactly the rules the browser applies. Depends on: app, io, core, platform/native.
#include "app/file_summary.h"
#include "core/domain/people/person.h"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

using namespace turnabout;

namespace {

constexpr const char* USAGE = "usage: turnabout validate FILE   check a program file; print a summary or the exact error\n"
                              "       turnabout info FILE       describe a program file: program, people, events\n";

bool read_file(const std::string& path, std::string& out, std::string& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot open the file";
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

std::string format_time(Timestamp time)
{
    std::time_t seconds = static_cast<std::time_t>(time.unix_ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &utc);
    return text;
}

std::string one_line(const FileSummary& s)
{
    std::string name = s.state.program ? "\"" + s.state.program->name + "\"" : "(creation event missing)";
    return "program " + name + " (" + s.program.value + "): " + std::to_string(s.state.people.size()) + " people, " + std::to_string(s.events) + " events from " + std::to_string(s.events_by_device.size()) + " device(s)" + (s.pending ? ", " + std::to_string(s.pending) + " waiting for earlier events" : "") + (s.state.skipped.empty() ? "" : ", " + std::to_string(s.state.skipped.size()) + " refused by replay");
}

int validate(const std::string& path, const FileSummary& s)
{
    std::cout << path << ": valid\n" << one_line(s) << "\n";
    return 0;
}

int info(const std::string& path, const FileSummary& s)
{
    std::cout << path << "\n" << one_line(s) << "\n";
    if (s.state.program) {
        const auto& p = *s.state.program;
        std::cout << "\nProgram\n  name:        " << p.name << "\n  description: " << p.description << "\n  admin:       " << p.admin.value << "\n  created:     " << format_time(p.created_at) << "\n";
    }
    std::map<std::string, std::size_t> roles;
    std::map<std::string, std::size_t> departments;
    for (const auto& [id, person] : s.state.people) {
        ++roles[std::string(people::role_name(person.details.role))];
        ++departments[person.details.department.empty() ? "(none)" : person.details.department];
    }
    std::cout << "\nPeople: " << s.state.people.size() << "\n";
    for (const auto& [role, count] : roles)
        std::cout << "  " << role << ": " << count << "\n";
    std::cout << "Departments:\n";
    for (const auto& [department, count] : departments)
        std::cout << "  " << department << ": " << count << "\n";
    std::cout << "\nEvents: " << s.events << (s.events ? " recorded " + format_time(s.first_recorded) + " to " + format_time(s.last_recorded) : "") << "\n";
    for (const auto& [type, count] : s.events_by_type)
        std::cout << "  " << type << ": " << count << "\n";
    std::cout << "Exported: " << format_time(s.exported_at) << "\n";
    for (const auto& skipped : s.state.skipped)
        std::cout << "Refused " << skipped.event.device.value << ":" << skipped.event.seq << ": " << skipped.reason << "\n";
    return 0;
}

}

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << USAGE;
        return 2;
    }
    std::string command = argv[1];
    std::string path = argv[2];
    if (command != "validate" && command != "info") {
        std::cerr << "turnabout: unknown command \"" << command << "\"\n" << USAGE;
        return 2;
    }
    std::string bytes;
    std::string error;
    if (!read_file(path, bytes, error)) {
        std::cerr << "turnabout: " << error << "\n";
        return 1;
    }
    auto summary = summarize_program_file(bytes);
    if (!summary) {
        std::cerr << path << ": invalid: " << summary.error().message << "\n";
        return 1;
    }
    return command == "validate" ? validate(path, *summary) : info(path, *summary);
}
