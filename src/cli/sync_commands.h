// The commands about exchanged program files: merge several into one, verify who
// signed one, and compare two. Each returns the process's exit code.
// Depends on: app, io, platform/memory.
#pragma once

#include <string>
#include <vector>

namespace turnabout::cli {

// `turnabout merge A.json B.json ... -o OUT.json`: `arguments` are those after "merge".
// 0 when OUT was written, 1 when a file was refused (nothing written), 2 on usage errors.
int merge_command(const std::vector<std::string>& arguments);
// `turnabout verify FILE`: 0 when every signature and authority holds (or the file is
// an unsigned one from an older Turnabout), 1 on a refusal.
int verify_command(const std::string& path);
// `turnabout diff A B`: 0 when both hold the same events, 1 when they differ, 2 when
// a file cannot be read as a program file.
int diff_command(const std::string& a_path, const std::string& b_path);

}
