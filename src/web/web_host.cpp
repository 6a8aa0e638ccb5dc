#include "web/web_host.h"

#include "platform/web/file_exchange.h"

#include <ctime>
#include <fstream>
#include <sstream>

namespace turnabout::web {

void WebHost::download_file(std::string_view filename, std::string_view bytes) { FileExchange::download(filename, bytes); }

void WebHost::choose_program_file() { FileExchange::choose_file(FileKind::Program); }

void WebHost::choose_people_csv() { FileExchange::choose_file(FileKind::PeopleCsv); }

std::optional<std::string> WebHost::demo_program_bytes()
{
    std::ifstream file(DEMO_PROGRAM_PATH, std::ios::binary);
    if (!file)
        return std::nullopt;
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

std::string WebHost::today()
{
    // Emscripten's localtime follows the browser's time zone.
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char date[16];
    std::strftime(date, sizeof date, "%Y-%m-%d", &local);
    return date;
}

}
