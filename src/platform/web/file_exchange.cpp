#include "platform/web/file_exchange.h"

#include <emscripten/emscripten.h>

#include <string>
#include <utility>

extern "C" {
void turnabout_files_choose(int kind);
void turnabout_files_download(const char* name, const char* data, int length);
}

namespace turnabout::web {

namespace {

std::function<void(ReceivedFile)>& received_handler()
{
    static std::function<void(ReceivedFile)> handler;
    return handler;
}

std::function<void(bool)>& drag_handler()
{
    static std::function<void(bool)> handler;
    return handler;
}

}

void FileExchange::download(std::string_view filename, std::string_view bytes)
{
    const std::string name(filename);
    turnabout_files_download(name.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void FileExchange::choose_file(FileKind kind) { turnabout_files_choose(static_cast<int>(kind)); }

void FileExchange::on_file_received(std::function<void(ReceivedFile)> received) { received_handler() = std::move(received); }

void FileExchange::on_drag_changed(std::function<void(bool over_page)> changed) { drag_handler() = std::move(changed); }

}

extern "C" EMSCRIPTEN_KEEPALIVE void turnabout_file_received(const char* name, const char* data, int length, int kind)
{
    using namespace turnabout::web;
    ReceivedFile file;
    file.kind = kind == static_cast<int>(FileKind::PeopleCsv) ? FileKind::PeopleCsv : FileKind::Program;
    file.name = name ? name : "";
    if (length >= 0)
        file.bytes = std::string(data, static_cast<std::size_t>(length));
    if (auto& handler = received_handler())
        handler(std::move(file));
}

extern "C" EMSCRIPTEN_KEEPALIVE void turnabout_file_dragged_over(int over_page)
{
    if (auto& handler = turnabout::web::drag_handler())
        handler(over_page != 0);
}
