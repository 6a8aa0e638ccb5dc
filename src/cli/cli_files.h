// Reading and writing the files the command-line tool is given, with messages that
// name the file. Depends on: the standard library only.
#pragma once

#include <string>

namespace turnabout::cli {

// The whole file; false with "PATH: cannot open the file" in `error` otherwise.
bool read_file(const std::string& path, std::string& out, std::string& error);
// Writes `bytes`; on failure says so on stderr, naming the file, and returns false.
bool write_file(const std::string& path, const std::string& bytes);

}
