// Untrusted JSON is read in one pass: a file shaped to make a reader go back over what
// it read (many small objects, nesting up to the limit) opens, or is refused by a
// limit, like any other file of its size. How long it takes is measured by
// tests/bench/parse_bench.cpp, not asserted here.
#include "io/json_input.h"
#include "io/program_file.h"

#include <gtest/gtest.h>

using namespace turnabout;

namespace {

// `count` copies of `item`, comma-separated, in a list.
std::string list_of(const std::string& item, std::size_t count)
{
    std::string out = "[";
    out.reserve(count * (item.size() + 1) + 2);
    for (std::size_t i = 0; i < count; ++i)
        out += (i ? "," : "") + item;
    return out + "]";
}

// A value inside `depth` arrays: [[[1]]] for 3.
std::string nested(std::size_t depth)
{
    return std::string(depth, '[') + "1" + std::string(depth, ']');
}

}

TEST(JsonInput, AMegabyteOfEmptyObjectsIsReadWhole)
{
    const std::size_t count = 500'000;
    const std::string bytes = "{\"x\": " + list_of("{}", count) + "}";
    ASSERT_GT(bytes.size(), 1'000'000u);
    auto parsed = io::parse_untrusted_json(bytes);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    ASSERT_EQ((*parsed)["x"].size(), count);
    EXPECT_TRUE((*parsed)["x"].back().is_object());
}

TEST(JsonInput, AMegabyteOfNestingUpToTheLimitIsReadWhole)
{
    // Each element is a value inside 16 objects and arrays: the root object, the list
    // and 14 more arrays.
    const std::size_t count = 40'000;
    const std::string bytes = "{\"x\": " + list_of(nested(io::MAX_DEPTH - 2), count) + "}";
    ASSERT_GT(bytes.size(), 1'000'000u);
    auto parsed = io::parse_untrusted_json(bytes);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ((*parsed)["x"].size(), count);
}

TEST(JsonInput, TheDepthLimitCountsEveryEnclosingObjectAndArray)
{
    auto inside = [](std::size_t arrays) { return io::parse_untrusted_json("{\"x\": " + nested(arrays) + "}"); };
    // The root object and 15 arrays around a value: 16 levels.
    EXPECT_TRUE(inside(io::MAX_DEPTH - 1).ok());
    auto deeper = inside(io::MAX_DEPTH);
    ASSERT_FALSE(deeper.ok());
    EXPECT_EQ(deeper.error().message, "the file is refused: nested deeper than 16 levels");
}

TEST(JsonInput, AProgramFileOfAMegabyteOfEmptyEventsIsRefusedAtTheFirstEvent)
{
    const std::string bytes = "{\"format\": \"turnabout.program\", \"schema\": 2, \"program\": \"p-1\", \"exported_at\": 0, \"events\": " + list_of("{}", 500'000) + "}";
    auto decoded = io::decode_program_file(bytes);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, "invalid_file");
    EXPECT_EQ(decoded.error().message, "event 1.schema: missing");
}

TEST(JsonInput, ADuplicateKeyIsRefusedInsideAnyObject)
{
    auto refused = io::parse_untrusted_json("{\"x\": [{\"a\": 1}, {\"b\": {\"c\": 1, \"c\": 2}}]}");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, "the file is refused: duplicate key \"c\"");
    // The same key in two objects is not a duplicate.
    EXPECT_TRUE(io::parse_untrusted_json("{\"x\": [{\"a\": 1}, {\"a\": 2}], \"a\": 3}").ok());
}

TEST(JsonInput, ReadsTheSameValueAsAPlainParse)
{
    const std::string bytes = "{\"a\": [1, -2, 3.5, 18446744073709551615, \"t\\u00e9xt\", true, false, null, {}, []], \"b\": {\"c\": {\"d\": []}}}";
    auto parsed = io::parse_untrusted_json(bytes);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, io::Json::parse(bytes));
    EXPECT_EQ(*io::parse_untrusted_json("\"just text\""), io::Json("just text"));
    EXPECT_EQ(*io::parse_untrusted_json(" 7 "), io::Json(7));
}

TEST(JsonInput, MalformedJsonAndHugeNumbersKeepTheirMessages)
{
    auto trailing = io::parse_untrusted_json("{\"a\": 1} x");
    ASSERT_FALSE(trailing.ok());
    EXPECT_EQ(trailing.error().code, "malformed_json");
    EXPECT_EQ(trailing.error().message, "the file is not complete, valid JSON (truncated or damaged near byte 10)");
    auto huge = io::parse_untrusted_json("{\"a\": 1E900}");
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().code, "number_out_of_range");
}
