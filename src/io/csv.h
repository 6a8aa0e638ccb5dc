// CSV as HR systems and spreadsheets export it (RFC 4180: quoted fields, doubled
// quotes, line breaks inside quotes, CRLF; a UTF-8 byte-order mark; comma or
// semicolon separators), read with limits and line numbers for every row.
// Depends on: core/base.
#pragma once

#include "core/base/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace turnabout::io {

inline constexpr std::size_t MAX_CSV_BYTES = 16u * 1024u * 1024u;
inline constexpr std::size_t MAX_CSV_ROWS = 20000;
inline constexpr std::size_t MAX_CSV_COLUMNS = 100;

struct CsvRow {
    // The file's line where this row starts (1 is the header), for messages.
    std::size_t line = 0;
    std::vector<std::string> cells;
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<CsvRow> rows;
};

Result<CsvTable> parse_csv(std::string_view bytes);
// Quotes a cell when it needs it; a leading =, +, - or @ is prefixed with ' so a
// spreadsheet never runs an exported name as a formula.
std::string csv_cell(std::string_view value);
std::string csv_line(const std::vector<std::string>& cells);

}
