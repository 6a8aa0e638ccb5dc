// What a criterion reads from one person, in comparable form, and how two of them
// compare: the same functions for the explained score and the fast scoring model,
// so both give the same number. Depends on: core/base.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::matching {

// Similarities are integers in thousandths (0..1000) so every build scores alike.
inline constexpr int FULL = 1000;

// A list item as compared: trimmed, lower case ("Data Analysis " -> "data analysis").
std::string list_token(std::string_view item);
std::vector<std::string> list_tokens(const std::vector<std::string>& items);

// The words of a free-text answer that say something: lower case, at least three
// letters, no common English words, a plural "s" dropped; sorted, unique.
std::vector<std::string> text_words(std::string_view text);
// Free text shares "enough" when this many words match.
inline constexpr int TEXT_WORDS_FOR_FULL = 5;

// Availability as 7 days x 3 parts of the day (morning, afternoon, evening), read
// from text such as "Tuesday afternoons, Thursday mornings" or "weekday evenings".
// 0: nothing recognised.
std::uint32_t availability_slots(std::string_view text);
// "Tuesday afternoon, Thursday morning" for the slots of a mask.
std::string describe_slots(std::uint32_t slots);

// Minutes east of UTC for "UTC+2", "GMT-05:30", "+01:00" or a common zone name
// ("Europe/Lisbon", standard time); nullopt when not recognised.
std::optional<int> utc_offset_minutes(std::string_view zone);

// Fixed-point numbers for number and scale answers: thousandths ("2.5" -> 2500).
std::optional<std::int64_t> parse_milli(std::string_view text);

// The similarity formulas, each returning thousandths.
inline int overlap_similarity(int shared, int smaller_size)
{
    if (smaller_size <= 0)
        return 0;
    return shared >= smaller_size ? FULL : shared * FULL / smaller_size;
}
inline int text_similarity(int shared, int smaller_size)
{
    int target = smaller_size < TEXT_WORDS_FOR_FULL ? smaller_size : TEXT_WORDS_FOR_FULL;
    return overlap_similarity(shared < target ? shared : target, target);
}
// Skills both ways: what each offers of what the other wants, over all that is wanted.
inline int skills_similarity(int offered_wanted, int total_wanted)
{
    return overlap_similarity(offered_wanted, total_wanted);
}
// The hours two working days of 8 hours share, as thousandths of the day.
inline int time_zone_similarity(int offset_a, int offset_b)
{
    int apart = offset_a > offset_b ? offset_a - offset_b : offset_b - offset_a;
    return apart >= 480 ? 0 : (480 - apart) * FULL / 480;
}
// Seniority the program's way round: a mentor 3 or more levels above (below, in
// reverse mentoring) is a full match; peers score by closeness.
inline constexpr int LEVELS_FOR_FULL = 3;
inline int level_similarity(int preferred_gap)
{
    if (preferred_gap <= 0)
        return 0;
    return preferred_gap >= LEVELS_FOR_FULL ? FULL : preferred_gap * FULL / LEVELS_FOR_FULL;
}
inline int closeness_similarity(std::int64_t a, std::int64_t b, std::int64_t range)
{
    std::int64_t apart = a > b ? a - b : b - a;
    if (range <= 0)
        return apart == 0 ? FULL : 0;
    return apart >= range ? 0 : static_cast<int>((range - apart) * FULL / range);
}

}
