#include "core/domain/matching/pair_features.h"

#include "core/base/text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace turnabout::matching {

namespace {

// Words that say nothing about a person: common English words, and the words every
// answer about time and meetings uses.
constexpr std::array<std::string_view, 146> STOP_WORDS = {
    "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "her", "was", "one", "our", "out",
    "has", "have", "had", "his", "how", "its", "who", "did", "get", "him", "may", "new", "now", "see", "way",
    "use", "with", "that", "this", "from", "they", "will", "would", "there", "their", "what", "about",
    "which", "when", "make", "like", "time", "just", "into", "some", "them", "than", "then", "more", "also",
    "very", "been", "being", "much", "such", "come", "came", "want", "keep", "bring", "work", "during",
    "outside", "look", "need", "good", "well", "take", "give", "know", "think", "feel", "really", "always",
    "often", "every", "other", "many", "most", "each", "both", "through", "over", "under", "after", "before",
    "between", "while", "because", "where", "here", "same", "able", "still", "even", "only", "back", "too",
    "your", "yours", "mine", "myself", "whom", "these", "those", "does", "doing", "done", "going", "could",
    "should", "might", "must", "shall", "onto", "upon", "within", "without", "again", "ever", "never",
    "less", "few", "lot", "lots", "thing", "things", "someone", "something", "anything", "everything",
    "people", "person", "year", "years", "day", "days", "week", "weeks", "month", "months"};

bool is_stop_word(std::string_view word)
{
    return std::find(STOP_WORDS.begin(), STOP_WORDS.end(), word) != STOP_WORDS.end();
}

// Bytes of multi-byte UTF-8 characters count as letters so that words in other
// scripts are kept whole.
bool word_byte(unsigned char c)
{
    return std::isalnum(c) || c >= 0x80;
}

constexpr std::array<std::string_view, 7> DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 3> PART_NAMES = {"morning", "afternoon", "evening"};
constexpr std::uint32_t ALL_PARTS = 0b111;

int day_of_word(std::string_view w)
{
    constexpr std::array<std::string_view, 7> PREFIXES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    if (w.size() < 3)
        return -1;
    for (int d = 0; d < 7; ++d) {
        if (w.substr(0, 3) == PREFIXES[static_cast<std::size_t>(d)])
            return d;
    }
    return -1;
}

struct ZoneOffset {
    std::string_view name;
    int minutes;
};

// Standard-time offsets of the zones people most often give; summer time is ignored
// because only the size of the overlap matters.
constexpr ZoneOffset ZONES[] = {
    {"utc", 0}, {"gmt", 0}, {"europe/london", 0}, {"europe/lisbon", 0}, {"europe/dublin", 0}, {"africa/accra", 0},
    {"europe/paris", 60}, {"europe/berlin", 60}, {"europe/madrid", 60}, {"europe/rome", 60}, {"europe/amsterdam", 60}, {"europe/brussels", 60}, {"europe/vienna", 60}, {"europe/zurich", 60}, {"europe/stockholm", 60}, {"europe/oslo", 60}, {"europe/copenhagen", 60}, {"europe/warsaw", 60}, {"europe/prague", 60}, {"africa/lagos", 60}, {"cet", 60},
    {"europe/athens", 120}, {"europe/helsinki", 120}, {"europe/kyiv", 120}, {"europe/kiev", 120}, {"europe/bucharest", 120}, {"africa/cairo", 120}, {"africa/johannesburg", 120}, {"asia/jerusalem", 120}, {"eet", 120},
    {"europe/istanbul", 180}, {"europe/moscow", 180}, {"africa/nairobi", 180}, {"asia/riyadh", 180},
    {"asia/dubai", 240}, {"asia/karachi", 300}, {"asia/kolkata", 330}, {"asia/calcutta", 330}, {"asia/dhaka", 360}, {"asia/bangkok", 420}, {"asia/jakarta", 420},
    {"asia/singapore", 480}, {"asia/hong_kong", 480}, {"asia/shanghai", 480}, {"asia/manila", 480}, {"australia/perth", 480},
    {"asia/tokyo", 540}, {"asia/seoul", 540}, {"australia/sydney", 600}, {"australia/melbourne", 600}, {"australia/brisbane", 600}, {"pacific/auckland", 720},
    {"america/sao_paulo", -180}, {"america/argentina/buenos_aires", -180}, {"america/halifax", -240},
    {"america/new_york", -300}, {"america/toronto", -300}, {"est", -300}, {"america/chicago", -360}, {"america/mexico_city", -360}, {"cst", -360},
    {"america/denver", -420}, {"america/phoenix", -420}, {"mst", -420}, {"america/los_angeles", -480}, {"america/vancouver", -480}, {"pst", -480},
    {"america/anchorage", -540}, {"pacific/honolulu", -600},
};

}

std::string list_token(std::string_view item)
{
    return ascii_lower(trim(item));
}

std::vector<std::string> list_tokens(const std::vector<std::string>& items)
{
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const std::string& item : items) {
        auto token = list_token(item);
        if (!token.empty())
            out.push_back(std::move(token));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::string> text_words(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !word_byte(static_cast<unsigned char>(text[i])))
            ++i;
        std::size_t start = i;
        while (i < text.size() && word_byte(static_cast<unsigned char>(text[i])))
            ++i;
        if (i - start < 3)
            continue;
        std::string word = ascii_lower(text.substr(start, i - start));
        if (word.size() > 4 && word.back() == 's' && word[word.size() - 2] != 's')
            word.pop_back();
        if (!is_stop_word(word))
            out.push_back(std::move(word));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::uint32_t availability_slots(std::string_view text)
{
    std::uint32_t result = 0;
    std::string lower = ascii_lower(text);
    std::size_t clause_start = 0;
    while (clause_start <= lower.size()) {
        std::size_t clause_end = lower.find_first_of(",;/\n", clause_start);
        if (clause_end == std::string::npos)
            clause_end = lower.size();
        std::string_view clause = std::string_view(lower).substr(clause_start, clause_end - clause_start);
        std::uint32_t days = 0;
        std::uint32_t parts = 0;
        bool any_time = false;
        for (const std::string& word : text_words(clause)) {
            if (int d = day_of_word(word); d >= 0)
                days |= 1u << d;
            else if (word.starts_with("weekday"))
                days |= 0b0011111;
            else if (word.starts_with("weekend"))
                days |= 0b1100000;
            else if (word.starts_with("morning"))
                parts |= 0b001;
            else if (word.starts_with("afternoon") || word.starts_with("lunch") || word.starts_with("midday"))
                parts |= 0b010;
            else if (word.starts_with("evening") || word.starts_with("night"))
                parts |= 0b100;
            else if (word == "anytime" || word == "flexible")
                any_time = true;
        }
        if (clause.find("any time") != std::string_view::npos)
            any_time = true;
        if (days == 0 && (parts != 0 || any_time))
            days = 0b0011111;
        if (days != 0 && parts == 0)
            parts = ALL_PARTS;
        for (int d = 0; d < 7; ++d) {
            if (days & (1u << d))
                result |= parts << (3 * d);
        }
        clause_start = clause_end + 1;
    }
    return result;
}

std::string describe_slots(std::uint32_t slots)
{
    std::string out;
    for (int d = 0; d < 7; ++d) {
        std::uint32_t parts = (slots >> (3 * d)) & ALL_PARTS;
        if (parts == 0)
            continue;
        if (!out.empty())
            out += ", ";
        out += DAY_NAMES[static_cast<std::size_t>(d)];
        if (parts == ALL_PARTS)
            continue;
        bool first = true;
        for (int p = 0; p < 3; ++p) {
            if (parts & (1u << p)) {
                out += first ? " " : " and ";
                out += PART_NAMES[static_cast<std::size_t>(p)];
                first = false;
            }
        }
    }
    return out;
}

std::optional<int> utc_offset_minutes(std::string_view zone)
{
    std::string z = ascii_lower(trim(zone));
    if (z.empty())
        return std::nullopt;
    for (const ZoneOffset& known : ZONES) {
        if (known.name == z)
            return known.minutes;
    }
    std::string_view rest = z;
    if (rest.starts_with("utc") || rest.starts_with("gmt"))
        rest.remove_prefix(3);
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    if (rest.empty() || (rest.front() != '+' && rest.front() != '-'))
        return std::nullopt;
    int sign = rest.front() == '-' ? -1 : 1;
    rest.remove_prefix(1);
    int hours = 0;
    int minutes = 0;
    std::size_t i = 0;
    for (; i < rest.size() && i < 2 && std::isdigit(static_cast<unsigned char>(rest[i])); ++i)
        hours = hours * 10 + (rest[i] - '0');
    if (i == 0)
        return std::nullopt;
    if (i < rest.size()) {
        if (rest[i] == ':')
            ++i;
        std::size_t digits = 0;
        for (; i < rest.size() && digits < 2 && std::isdigit(static_cast<unsigned char>(rest[i])); ++i, ++digits)
            minutes = minutes * 10 + (rest[i] - '0');
        if (digits != 2 || i != rest.size())
            return std::nullopt;
    }
    if (hours > 14 || minutes >= 60)
        return std::nullopt;
    return sign * (hours * 60 + minutes);
}

std::optional<std::int64_t> parse_milli(std::string_view text)
{
    std::string t = trim(text);
    if (t.empty() || t.size() > 15)
        return std::nullopt;
    std::size_t i = 0;
    bool negative = false;
    if (t[0] == '-' || t[0] == '+') {
        negative = t[0] == '-';
        ++i;
    }
    std::int64_t whole = 0;
    std::size_t digits = 0;
    for (; i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])); ++i, ++digits)
        whole = whole * 10 + (t[i] - '0');
    std::int64_t fraction = 0;
    int fraction_digits = 0;
    if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
        ++i;
        for (; i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])); ++i) {
            if (fraction_digits < 3) {
                fraction = fraction * 10 + (t[i] - '0');
                ++fraction_digits;
            }
            ++digits;
        }
    }
    if (digits == 0 || i != t.size())
        return std::nullopt;
    for (; fraction_digits < 3; ++fraction_digits)
        fraction *= 10;
    std::int64_t value = whole * 1000 + fraction;
    return negative ? -value : value;
}

}
