// turnabout: the command-line tool for admins who script. Reads program files with
// exactly the rules the browser applies. Depends on: app, io, core, platform/native.
#include "app/demo.h"
#include "app/file_summary.h"
#include "app/match_reports.h"
#include "app/store.h"
#include "cli/cli_files.h"
#include "cli/file_check.h"
#include "cli/privacy_commands.h"
#include "cli/sync_commands.h"
#include "core/domain/people/person.h"
#include "core/domain/requests/request_figures.h"
#include "io/draft_codec.h"
#include "platform/memory/memory_storage.h"
#include "platform/native/system.h"

#include <cstdio>
#include <ctime>
#include <iostream>
#include <map>
#include <string>
#include <vector>

using namespace turnabout;
using turnabout::cli::read_file;
using turnabout::cli::write_file;

namespace {

constexpr const char* USAGE = "usage: turnabout validate FILE   check a program file as a browser opens it, signatures and who may\n"
                              "                                 act for whom included; print a summary or the exact error\n"
                              "       turnabout info FILE       describe a program file: program, people, events\n"
                              "       turnabout scores FILE --match-type NAME --csv OUT.csv\n"
                              "                                 every mentee x mentor score, and the rule excluding a pair\n"
                              "       turnabout match FILE --match-type NAME --json OUT.json [--objective score|pairs]\n"
                              "                                 the optimal bulk-match draft with its total score\n"
                              "                                 scores and match read what the file shows to anyone; with\n"
                              "                                 --admin-backup BACKUP.json --passphrase-file FILE, what its admin reads\n"
                              "       turnabout demo OUTLINE.json OUT.json [--admin-backup BACKUP.json --passphrase-file FILE]\n"
                              "                                 a program file made from an outline (assets/demo_program.json),\n"
                              "                                 and the key backup of its admin, sealed with the passphrase\n"
                              "       turnabout audit FILE --as PERSON\n"
                              "                                 everything that person's browser could read in the file: each\n"
                              "                                 field in plain text, and each field sealed to them\n"
                              "       turnabout merge A.json B.json ... -o OUT.json\n"
                              "                                 one file with every event of the inputs (all of one program),\n"
                              "                                 the same bytes whatever their order; a refused file writes nothing\n"
                              "       turnabout verify FILE     check every signature and who may act for whom\n"
                              "       turnabout diff A B        events only in A, only in B, or with one id and two contents, and\n"
                              "                                 whether the program differs; exit 0 identical, 1 different,\n"
                              "                                 2 a file cannot be read\n"
                              "exit codes: 0 done, 1 a file was refused, 2 a usage error (diff: see above)\n";

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

// Valid is what a browser opening the file accepts: the same checks as `verify`.
int validate(const std::string& path, const std::string& bytes)
{
    auto checked = cli::check_program_file(bytes);
    if (!checked) {
        std::cerr << path << ": invalid: " << checked.error().message << "\n";
        return 1;
    }
    // The summary reads the same file again; it was just opened, so it reads.
    auto summary = summarize_program_file(bytes);
    if (!summary) {
        std::cerr << path << ": invalid: " << summary.error().message << "\n";
        return 1;
    }
    std::cout << path << ": valid\n" << one_line(*summary) << "\n";
    if (checked->signed_events == 0)
        std::cout << "unsigned: made by an older Turnabout; who wrote its events cannot be checked\n";
    else
        std::cout << "signatures and who may act for whom checked: " << cli::signers_text(*checked) << "\n";
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
    std::map<std::string, std::size_t> match_states;
    for (const auto& [id, match] : s.state.matching.matches)
        ++match_states[std::string(matching::match_state_name(match.state))];
    std::cout << "\nMatches: " << s.state.matching.matches.size() << "\n";
    for (const auto& [state, count] : match_states)
        std::cout << "  " << state << ": " << count << "\n";
    // Expiry follows from dates: the figures are those of the day the file was exported.
    const Date as_of = date_of_unix_ms(s.exported_at.unix_ms);
    const auto f = requests::request_figures(s.state, as_of);
    std::cout << "Requests on " << format_iso_date(as_of) << ": " << f.total << "\n";
    if (f.total > 0) {
        std::cout << "  pending: " << f.pending << "\n  accepted: " << f.accepted << "\n  declined: " << f.declined << "\n  withdrawn: " << f.withdrawn
                  << "\n  closed: " << f.closed << "\n  expired: " << f.expired << "\n";
        std::cout << "  days pending: average " << f.mean_pending_days << ", median " << f.median_pending_days << "\n";
    }
    std::cout << "\nEvents: " << s.events << (s.events ? " recorded " + format_time(s.first_recorded) + " to " + format_time(s.last_recorded) : "") << "\n";
    for (const auto& [type, count] : s.events_by_type)
        std::cout << "  " << type << ": " << count << "\n";
    std::cout << "Exported: " << format_time(s.exported_at) << "\n";
    for (const auto& skipped : s.state.skipped)
        std::cout << "Refused " << skipped.event.device.value << ":" << skipped.event.seq << ": " << skipped.reason << "\n";
    return 0;
}

// --name value pairs after the file; anything else is a usage error.
bool read_options(int argc, char** argv, int from, std::map<std::string, std::string>& options)
{
    for (int i = from; i < argc; i += 2) {
        std::string key = argv[i];
        if (!key.starts_with("--") || i + 1 >= argc)
            return false;
        options[key.substr(2)] = argv[i + 1];
    }
    return true;
}

int matching_report(const std::string& command, const std::string& path, const FileSummary& s, std::map<std::string, std::string>& options)
{
    const std::string output_key = command == "scores" ? "csv" : "json";
    if (!options.contains("match-type") || !options.contains(output_key)) {
        std::cerr << USAGE;
        return 2;
    }
    auto type = match_type_named(s.state, options["match-type"]);
    if (!type) {
        std::cerr << path << ": " << type.error().message << "\n";
        return 1;
    }
    if (command == "scores") {
        if (!write_file(options["csv"], scores_csv(s.state, **type)))
            return 1;
        std::cout << "wrote " << options["csv"] << "\n";
        return 0;
    }
    matching::Objective objective = matching::Objective::MaxTotalScore;
    if (options.contains("objective")) {
        if (options["objective"] == "pairs")
            objective = matching::Objective::MaxPairsThenScore;
        else if (options["objective"] != "score") {
            std::cerr << "turnabout: --objective is \"score\" (highest total) or \"pairs\" (most pairs, then score)\n";
            return 2;
        }
    }
    matching::DraftOptions draft_options;
    draft_options.objective = objective;
    auto draft = matching::bulk_match(s.state, (*type)->id, draft_options);
    if (!write_file(options["json"], io::encode_draft(s.state, **type, objective, draft)))
        return 1;
    std::cout << "wrote " << options["json"] << ": " << draft.pairs.size() << " pairs, total score " << draft.total_score << ", " << draft.unmatched_mentees.size() << " unmatched\n";
    return 0;
}

int demo(const std::string& outline_path, const std::string& out_path, const std::map<std::string, std::string>& options)
{
    std::string bytes;
    std::string error;
    if (!read_file(outline_path, bytes, error)) {
        std::cerr << "turnabout: " << error << "\n";
        return 1;
    }
    MemoryStorage storage;
    SystemClock clock;
    SystemRandom random;
    Store store(storage, clock, random);
    if (auto opened = store.open(false); !opened) {
        std::cerr << "turnabout: " << opened.error().message << "\n";
        return 1;
    }
    auto program = load_demo_program(store, bytes);
    if (!program) {
        std::cerr << outline_path << ": " << program.error().message << "\n";
        return 1;
    }
    auto file = store.export_program_file(*program);
    if (!file) {
        std::cerr << "turnabout: " << file.error().message << "\n";
        return 1;
    }
    if (!write_file(out_path, *file))
        return 1;
    std::cout << "wrote " << out_path << "\n";
    if (options.contains("admin-backup")) {
        auto passphrase = cli::passphrase_from(options.at("passphrase-file"));
        auto backup = passphrase ? store.admin_backup_file(*program, *passphrase) : Result<std::string>(passphrase.error());
        if (!backup) {
            std::cerr << "turnabout: " << backup.error().message << "\n";
            return 1;
        }
        if (!write_file(options.at("admin-backup"), *backup))
            return 1;
        std::cout << "wrote " << options.at("admin-backup") << "\n";
    }
    return 0;
}

}

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << USAGE;
        return 2;
    }
    std::string command = argv[1];
    std::string path = argv[2];
    if (command == "merge")
        return cli::merge_command(std::vector<std::string>(argv + 2, argv + argc));
    if (command == "verify" || command == "diff") {
        if (argc != (command == "verify" ? 3 : 4)) {
            std::cerr << USAGE;
            return 2;
        }
        return command == "verify" ? cli::verify_command(path) : cli::diff_command(path, argv[3]);
    }
    std::map<std::string, std::string> options;
    bool known = command == "validate" || command == "info" || command == "scores" || command == "match" || command == "demo" || command == "audit";
    if (!known) {
        std::cerr << "turnabout: unknown command \"" << command << "\"\n" << USAGE;
        return 2;
    }
    if (command == "demo") {
        const bool paired = argc == 4 || (read_options(argc, argv, 4, options) && options.size() == 2 && options.contains("admin-backup") && options.contains("passphrase-file"));
        if (argc < 4 || !paired) {
            std::cerr << USAGE;
            return 2;
        }
        return demo(path, argv[3], options);
    }
    if (command == "audit") {
        if (!read_options(argc, argv, 3, options)) {
            std::cerr << USAGE;
            return 2;
        }
        return cli::audit_command(path, options);
    }
    if ((command == "validate" || command == "info") ? argc != 3 : !read_options(argc, argv, 3, options)) {
        std::cerr << USAGE;
        return 2;
    }
    std::string bytes;
    std::string error;
    if (!read_file(path, bytes, error)) {
        std::cerr << "turnabout: " << error << "\n";
        return 1;
    }
    if (command == "validate")
        return validate(path, bytes);
    auto summary = summarize_program_file(bytes);
    if (!summary) {
        std::cerr << path << ": invalid: " << summary.error().message << "\n";
        return 1;
    }
    if (command == "scores" || command == "match") {
        if (options.contains("admin-backup") || options.contains("passphrase-file")) {
            auto as_admin = cli::read_as_admin(bytes, options);
            if (!as_admin) {
                std::cerr << path << ": " << as_admin.error().message << "\n";
                return 1;
            }
            summary->state = std::move(*as_admin);
            options.erase("admin-backup");
            options.erase("passphrase-file");
        }
        return matching_report(command, path, *summary, options);
    }
    return info(path, *summary);
}
