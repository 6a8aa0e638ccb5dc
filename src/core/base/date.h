// Date: a calendar day (no time of day, no zone), for program terms and answers to
// date questions. Depends on: the standard library only.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace turnabout {

struct Date {
    // Days since 1970-01-01 (negative before).
    std::int32_t days = 0;

    auto operator<=>(const Date&) const = default;
    bool operator==(const Date&) const = default;
};

// Proleptic Gregorian calendar (H. Hinnant's civil-from-days algorithms).
Date date_from_civil(int year, unsigned month, unsigned day);
void civil_from_date(Date date, int& year, unsigned& month, unsigned& day);
// "2027-01-31" or nullopt for anything else, including 2027-02-30.
std::optional<Date> parse_iso_date(std::string_view text);
std::string format_iso_date(Date date);
// The same day one year later (29 February becomes 28 February).
Date add_years(Date date, int years);
Date date_of_unix_ms(std::int64_t unix_ms);

}
