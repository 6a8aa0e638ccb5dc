// The small files besides program logs: this device's identity, and the demo
// program shipped in assets/. Depends on: io/json_input.h, core.
#pragma once

#include "core/base/result.h"
#include "core/base/date.h"
#include "core/domain/people/person.h"
#include "core/domain/program/settings.h"
#include "io/signing.h"

#include <optional>

#include <string>
#include <vector>

namespace turnabout::io {

struct DeviceFile {
    DeviceId device;
    ActorId actor;
    // Empty in files of an older Turnabout, whose devices signed nothing.
    DeviceKey key;
    // Ids this device recorded under before it had a key.
    std::vector<DeviceId> former;

    bool operator==(const DeviceFile&) const = default;
};

std::string encode_device_file(const DeviceFile& file);
Result<DeviceFile> decode_device_file(std::string_view bytes);

// What this device exchanged for one program: kept beside the program's log.
struct ExchangeRecord {
    std::optional<Timestamp> last_export;
    std::optional<Timestamp> last_import;
    // This device's events up to this seq have come back in a file opened here: the
    // others have them.
    std::uint64_t acknowledged_seq = 0;
    // This device's events up to this seq have left in a shared or changes file.
    std::uint64_t sent_seq = 0;

    bool operator==(const ExchangeRecord&) const = default;
};

std::string encode_exchange_record(const ExchangeRecord& record);
Result<ExchangeRecord> decode_exchange_record(std::string_view bytes);

// A program described by its content rather than its events: the demo asset. The
// app turns it into commands, so it passes the same rules as anything typed.
struct OutlinePerson {
    people::PersonDetails details;
    // The profile with the manager given by email (resolved when people are added).
    std::optional<people::Profile> profile;
    std::string manager_email;
    people::Answers answers;
};

struct ProgramOutline {
    std::string name;
    std::string description;
    // With a type, the program is set up like the creation wizard does (template,
    // default questionnaire, a one-year term from `start`); without, just created.
    std::optional<program::ProgramType> type;
    Date start;
    std::vector<OutlinePerson> people;
};

Result<ProgramOutline> decode_program_outline(std::string_view bytes);

}
