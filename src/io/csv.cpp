#include "io/csv.h"

#include "core/base/text.h"

namespace turnabout::io {

namespace {

char detect_separator(std::string_view first_line)
{
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : first_line) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

}

Result<CsvTable> parse_csv(std::string_view bytes)
{
    if (bytes.size() > MAX_CSV_BYTES)
        return make_error("csv_too_large", "the CSV file is larger than " + std::to_string(MAX_CSV_BYTES / (1024 * 1024)) + " MiB");
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    if (trim(bytes).empty())
        return make_error("csv_empty", "the CSV file is empty");
    if (auto bad = utf8_error_offset(bytes); bad != std::string_view::npos)
        return make_error("csv_encoding", "the CSV file is not UTF-8 text (first bad byte at offset " + std::to_string(bad) + "); in a spreadsheet, save it as \"CSV UTF-8\"");

    const char separator = detect_separator(bytes.substr(0, bytes.find('\n')));
    std::vector<CsvRow> records;
    CsvRow current;
    std::string cell;
    std::size_t line = 1;
    current.line = 1;
    bool quoted = false;
    bool cell_was_quoted = false;
    std::size_t quote_line = 0;
    auto end_cell = [&]() -> Status {
        if (current.cells.size() >= MAX_CSV_COLUMNS)
            return make_error("csv_too_wide", "line " + std::to_string(current.line) + ": more than " + std::to_string(MAX_CSV_COLUMNS) + " columns");
        current.cells.push_back(cell_was_quoted ? cell : trim(cell));
        cell.clear();
        cell_was_quoted = false;
        return {};
    };
    auto end_record = [&]() -> Status {
        if (auto s = end_cell(); !s)
            return s;
        bool blank = current.cells.size() == 1 && current.cells[0].empty();
        if (!blank) {
            if (records.size() > MAX_CSV_ROWS)
                return make_error("csv_too_long", "the CSV file has more than " + std::to_string(MAX_CSV_ROWS) + " rows");
            records.push_back(std::move(current));
        }
        current = CsvRow{};
        current.line = line;
        return {};
    };

    for (std::size_t i = 0; i < bytes.size(); ++i) {
        char c = bytes[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == '"' && trim(cell).empty()) {
            quoted = true;
            cell_was_quoted = true;
            cell.clear();
            quote_line = line;
        } else if (c == separator) {
            if (auto s = end_cell(); !s)
                return s.error();
        } else if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
            continue;
        } else if (c == '\n' || c == '\r') {
            ++line;
            if (auto s = end_record(); !s)
                return s.error();
        } else {
            cell += c;
        }
    }
    if (quoted)
        return make_error("csv_unterminated_quote", "line " + std::to_string(quote_line) + ": a quoted field is never closed");
    if (!cell.empty() || !current.cells.empty()) {
        if (auto s = end_record(); !s)
            return s.error();
    }
    if (records.empty())
        return make_error("csv_empty", "the CSV file is empty");
    CsvTable table;
    table.header = std::move(records.front().cells);
    records.erase(records.begin());
    table.rows = std::move(records);
    return table;
}

std::string csv_cell(std::string_view value)
{
    std::string text(value);
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
        text = "'" + text;
    if (text.find_first_of(",;\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_line(const std::vector<std::string>& cells)
{
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        out += csv_cell(cells[i]);
    }
    return out + "\r\n";
}

}
