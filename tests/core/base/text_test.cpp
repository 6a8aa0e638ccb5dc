#include "core/base/text.h"

#include <gtest/gtest.h>

using namespace turnabout;

TEST(Text, TrimRemovesSurroundingWhitespaceOnly)
{
    EXPECT_EQ(trim("  Ana Lima \t\n"), "Ana Lima");
    EXPECT_EQ(trim("   "), "");
}

TEST(Text, AcceptsValidUtf8AndRejectsBrokenSequences)
{
    EXPECT_TRUE(is_valid_utf8("Zoë, 李, 🙂"));
    EXPECT_FALSE(is_valid_utf8("\xc3"));           // truncated two-byte sequence
    EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));       // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));   // UTF-16 surrogate
    EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80")); // past U+10FFFF
    EXPECT_EQ(utf8_error_offset("ab\xff"), 2u);
}

TEST(Text, CountsCodePointsNotBytes)
{
    EXPECT_EQ(utf8_length("Zoë"), 3u);
    EXPECT_EQ(utf8_length("🙂🙂"), 2u);
}
