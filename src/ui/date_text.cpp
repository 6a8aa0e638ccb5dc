#include "ui/date_text.h"

#include <cstdio>
#include <ctime>

namespace turnabout::ui {

namespace {

const char* const MONTHS[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"};
const char* const NUMBERS[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

std::string number_word(int n)
{
    return n >= 0 && n <= 10 ? NUMBERS[n] : std::to_string(n);
}

}

std::string long_date(Date date)
{
    int year = 0;
    unsigned month = 1, day = 1;
    civil_from_date(date, year, month, day);
    return std::to_string(day) + " " + MONTHS[(month - 1) % 12] + " " + std::to_string(year);
}

std::string date_time_text(Timestamp moment)
{
    // The local calendar and clock: the person reads the time they did it.
    const std::time_t seconds = static_cast<std::time_t>(moment.unix_ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", local.tm_hour, local.tm_min);
    return std::to_string(local.tm_mday) + " " + MONTHS[static_cast<unsigned>(local.tm_mon) % 12] + " "
        + std::to_string(local.tm_year + 1900) + " at " + clock;
}

std::string duration_text(Date start, Date end)
{
    if (end <= start)
        return "";
    for (int years = 1; years <= 10; ++years) {
        if (add_years(start, years) == end)
            return number_word(years) + (years == 1 ? " year" : " years");
    }
    int y0 = 0, y1 = 0;
    unsigned m0 = 1, d0 = 1, m1 = 1, d1 = 1;
    civil_from_date(start, y0, m0, d0);
    civil_from_date(end, y1, m1, d1);
    if (d0 == d1) {
        const int months = (y1 - y0) * 12 + static_cast<int>(m1) - static_cast<int>(m0);
        return std::to_string(months) + (months == 1 ? " month" : " months");
    }
    const int days = end.days - start.days;
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

std::string timeframe_text(Date start, Date end)
{
    std::string text = long_date(start) + " \xE2\x80\x93 " + long_date(end);
    if (const std::string length = duration_text(start, end); !length.empty())
        text += ", " + length;
    return text;
}

std::string date_problem(const char* what, const std::string& text)
{
    if (parse_iso_date(text))
        return "";
    if (text.empty())
        return std::string(what) + ": enter a date as YYYY-MM-DD, e.g. 2027-01-04";
    return std::string(what) + ": \xE2\x80\x9C" + text + "\xE2\x80\x9D is not a date; write it as YYYY-MM-DD, e.g. 2027-01-04";
}

}
