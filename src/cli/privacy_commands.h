// The commands about who reads what: `turnabout audit` (everything one person's
// browser could read of a file), and reading a file as its admin, with the admin's
// key backup, for the matching commands. Depends on: app, io, platform/memory.
#pragma once

#include "core/base/result.h"
#include "core/domain/state.h"

#include <map>
#include <string>

namespace turnabout::cli {

// The program of `bytes` as its admin reads it, sealed fields opened with the key in
// the backup file `--admin-backup` names, opened with the passphrase in the file
// `--passphrase-file` names.
Result<ProgramState> read_as_admin(std::string_view bytes, const std::map<std::string, std::string>& options);

// `turnabout audit FILE --as PERSON` (a name or an id): 0 printed, 1 the file or the
// person cannot be read, 2 a usage error.
int audit_command(const std::string& path, const std::map<std::string, std::string>& options);

// The first line of the file at `path`: a passphrase kept out of the command line.
Result<std::string> passphrase_from(const std::string& path);

}
