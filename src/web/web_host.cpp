#include "web/web_host.h"

#include "platform/web/file_exchange.h"

#include <emscripten/emscripten.h>

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

void WebHost::copy_text(std::string_view text)
{
    const std::string copy(text);
    // The asynchronous clipboard needs a secure context (127.0.0.1 and https are); a
    // refusal leaves the link on screen to copy by hand.
    EM_ASM({
        const text = UTF8ToString($0);
        if (navigator.clipboard && navigator.clipboard.writeText)
            navigator.clipboard.writeText(text).catch(() => {});
    }, copy.c_str());
}

void WebHost::open_link(std::string_view url)
{
    const std::string copy(url);
    EM_ASM({
        const link = document.createElement('a');
        link.href = UTF8ToString($0);
        link.rel = 'noopener';
        link.click();
    }, copy.c_str());
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
