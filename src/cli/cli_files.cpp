#include "cli/cli_files.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace turnabout::cli {

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

bool write_file(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.close();
    if (!out) {
        std::cerr << "turnabout: " << path << ": cannot write the file\n";
        return false;
    }
    return true;
}

}
