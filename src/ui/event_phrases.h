// Event type names ("RequestSent") in the words a merge report uses ("2 requests
// sent"). Depends on: the standard library.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace turnabout::ui {

// "1 request sent", "2 requests sent"; a type this build has no words for is shown
// as its name ("3 FutureThing"), so a newer file's report still says something.
std::string counted_event_phrase(std::string_view type, std::size_t count);

// "Request sent": one event of the type, as the start of a sentence.
std::string event_phrase(std::string_view type);

// Every type in `by_type`, in words, joined with commas: "2 requests sent, 1 registration".
std::string added_events_text(const std::map<std::string, std::size_t>& by_type);

}
