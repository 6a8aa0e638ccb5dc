// FileExchange: files in and out of the page (file_exchange.js): downloads (typed by
// their extension: .csv as text/csv, else JSON), the file pickers and files dropped
// onto the page. Program files chosen or dropped together arrive one after another
// before the next frame. Depends on: Emscripten.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace turnabout::web {

// What a received file was chosen as: which picker delivered it (drops are program files).
enum class FileKind {
    Program = 0,
    PeopleCsv = 1,
};

struct ReceivedFile {
    FileKind kind = FileKind::Program;
    std::string name;
    std::optional<std::string> bytes; // nullopt: the browser could not read the file
};

class FileExchange {
public:
    static void download(std::string_view filename, std::string_view bytes);
    // Must run inside a user gesture (a click handled in the same frame). The program
    // file picker takes several files at once.
    static void choose_file(FileKind kind = FileKind::Program);
    static void on_file_received(std::function<void(ReceivedFile)> received);
    static void on_drag_changed(std::function<void(bool over_page)> changed);
};

}
