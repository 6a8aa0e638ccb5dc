// Dates as people read them: "4 January 2027", a program's timeframe with its length
// ("4 January 2027 – 4 January 2028, one year"), a moment ("4 January 2027 at 14:05").
// Depends on: core/base.
#pragma once

#include "core/base/date.h"
#include "core/base/ids.h"

#include <string>

namespace turnabout::ui {

std::string long_date(Date date);
// A moment in the browser's local time: "4 January 2027 at 14:05".
std::string date_time_text(Timestamp moment);
// "one year", "two years", "6 months", "45 days": the length in the plainest words.
std::string duration_text(Date start, Date end);
std::string timeframe_text(Date start, Date end);
// The message for a date field whose text is not a valid YYYY-MM-DD date, else empty.
std::string date_problem(const char* what, const std::string& text);

}
