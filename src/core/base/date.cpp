#include "core/base/date.h"

#include <cstdio>

namespace turnabout {

Date date_from_civil(int year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return Date{static_cast<std::int32_t>(era * 146097 + static_cast<int>(doe) - 719468)};
}

void civil_from_date(Date date, int& year, unsigned& month, unsigned& day)
{
    const int z = date.days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<int>(yoe) + era * 400 + (month <= 2);
}

std::optional<Date> parse_iso_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count, int& out) {
        out = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0;
    if (!digits(0, 4, year) || !digits(5, 2, month) || !digits(8, 2, day))
        return std::nullopt;
    if (year < 1900 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    Date date = date_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    int y = 0;
    unsigned m = 0, d = 0;
    civil_from_date(date, y, m, d);
    if (y != year || static_cast<int>(m) != month || static_cast<int>(d) != day)
        return std::nullopt;
    return date;
}

std::string format_iso_date(Date date)
{
    int year = 0;
    unsigned month = 0, day = 0;
    civil_from_date(date, year, month, day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", year, month, day);
    return text;
}

Date add_years(Date date, int years)
{
    int year = 0;
    unsigned month = 0, day = 0;
    civil_from_date(date, year, month, day);
    year += years;
    Date candidate = date_from_civil(year, month, day);
    int y = 0;
    unsigned m = 0, d = 0;
    civil_from_date(candidate, y, m, d);
    if (m != month)
        candidate = date_from_civil(year, month, day - 1);
    return candidate;
}

Date date_of_unix_ms(std::int64_t unix_ms)
{
    std::int64_t days = unix_ms / 86400000;
    if (unix_ms < 0 && unix_ms % 86400000 != 0)
        --days;
    return Date{static_cast<std::int32_t>(days)};
}

}
