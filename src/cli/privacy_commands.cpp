#include "cli/privacy_commands.h"

#include "app/privacy_audit.h"
#include "app/store.h"
#include "cli/cli_files.h"
#include "core/domain/privacy/person_fields.h"
#include "io/admin_backup.h"
#include "io/program_file.h"
#include "platform/memory/memory_storage.h"

#include <algorithm>
#include <iostream>

namespace turnabout::cli {

Result<std::string> passphrase_from(const std::string& path)
{
    std::string text;
    std::string error;
    if (!read_file(path, text, error))
        return make_error("passphrase", error);
    // The first line: a file written by `echo` ends with a newline.
    if (auto end = text.find_first_of("\r\n"); end != std::string::npos)
        text.resize(end);
    return text;
}

namespace {

const people::Person* person_named(const ProgramState& state, const std::string& who)
{
    for (const auto& [id, person] : state.people) {
        if (id.value == who || person.details.name == who)
            return &person;
    }
    return nullptr;
}

}

Result<ProgramState> read_as_admin(std::string_view bytes, const std::map<std::string, std::string>& options)
{
    auto backup_path = options.find("admin-backup");
    auto passphrase_path = options.find("passphrase-file");
    if (backup_path == options.end() || passphrase_path == options.end())
        return make_error("usage", "--admin-backup FILE and --passphrase-file FILE go together");
    std::string backup_bytes;
    std::string error;
    if (!read_file(backup_path->second, backup_bytes, error))
        return make_error("backup", error);
    auto passphrase = passphrase_from(passphrase_path->second);
    if (!passphrase)
        return passphrase.error();
    auto backup = io::decode_admin_backup(backup_bytes);
    if (!backup)
        return backup.error();
    auto key = io::open_admin_backup(*backup, *passphrase);
    if (!key)
        return key.error();
    MemoryStorage storage;
    if (auto seeded = Store::seed_identity(storage, *key); !seeded)
        return seeded.error();
    FixedClock clock(Timestamp{0});
    SeededRandom random(1);
    Store store(storage, clock, random);
    if (auto opened = store.open(false); !opened)
        return opened.error();
    auto report = store.import_program_file(bytes);
    if (!report)
        return report.error();
    if (report->program != backup->program)
        return make_error("backup_program", "the key backup is for another program (" + backup->program.value + ")");
    return *store.program(report->program);
}

int audit_command(const std::string& path, const std::map<std::string, std::string>& options)
{
    auto who = options.find("as");
    if (who == options.end() || options.size() != 1) {
        std::cerr << "usage: turnabout audit FILE --as PERSON\n";
        return 2;
    }
    std::string bytes;
    std::string error;
    if (!read_file(path, bytes, error)) {
        std::cerr << "turnabout: " << error << "\n";
        return 1;
    }
    // Read with a store that holds no key of the program: what the file says to anyone.
    MemoryStorage storage;
    FixedClock clock(Timestamp{0});
    SeededRandom random(1);
    Store store(storage, clock, random);
    if (auto opened = store.open(false); !opened) {
        std::cerr << "turnabout: " << opened.error().message << "\n";
        return 1;
    }
    auto report = store.import_program_file(bytes);
    if (!report) {
        std::cerr << path << ": refused: " << report.error().message << "\n";
        return 1;
    }
    const ProgramState& state = *store.recorded(report->program);
    const people::Person* reader = person_named(state, who->second);
    if (!reader) {
        std::cerr << path << ": nobody named \"" << who->second << "\" in this program\n";
        return 1;
    }
    auto lines = newest_of_each(audit_for(state, *store.log(report->program), reader->id));
    // Themselves first, then everyone else by name; each person's lines in file order.
    auto rank = [&](const AuditLine& line) {
        auto it = state.people.find(line.about);
        return std::pair{line.about != reader->id, it == state.people.end() ? line.about.value : it->second.details.name};
    };
    std::stable_sort(lines.begin(), lines.end(), [&](const AuditLine& a, const AuditLine& b) { return rank(a) < rank(b); });
    std::cout << "What " << reader->details.name << "'s browser can read in " << path << "\n";
    PersonId current;
    std::size_t sealed = 0;
    for (const AuditLine& line : lines) {
        if (line.about != current) {
            current = line.about;
            auto it = state.people.find(current);
            const std::string name = it == state.people.end() ? current.value : it->second.details.name;
            std::cout << "\n" << name << (current == reader->id ? " (themselves)" : "") << "\n";
        }
        if (line.sealed) {
            ++sealed;
            std::cout << "  " << line.label << ": sealed to " << reader->details.name << "\n";
        } else {
            std::cout << "  " << line.label << ": " << line.value << "\n";
        }
    }
    std::cout << "\n" << lines.size() - sealed << " fields in plain text, " << sealed << " sealed to " << reader->details.name << "\n";
    return 0;
}


}
