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

TEST(Text, FindsTheFirstCharacterThatShowsAsNothingOrTurnsTheText)
{
    EXPECT_FALSE(first_invisible_character("Zoë Lima, 李, محمد, 🙂"));
    EXPECT_EQ(first_invisible_character("Ana\xE2\x80\xAE" "amiL"), U'\u202E');           // right-to-left override
    EXPECT_EQ(first_invisible_character("Ana\xE2\x81\xA7Lima\xE2\x81\xA9"), U'\u2067');  // right-to-left isolate, pop
    EXPECT_EQ(first_invisible_character("Ana\xD8\x9C"), U'\u061C');                      // Arabic letter mark
    EXPECT_EQ(first_invisible_character("Ana\xE2\x80\x8B"), U'\u200B');                  // zero-width space
    EXPECT_EQ(first_invisible_character("\xEF\xBB\xBF" "Ana"), U'\uFEFF');               // byte-order mark
    EXPECT_EQ(code_point_name(U'\u202E'), "U+202E");
    EXPECT_EQ(code_point_name(U'\u0007'), "U+0007");
    EXPECT_EQ(code_point_name(U'\U0001F642'), "U+1F642");
}

TEST(Text, ControlCharactersIncludeTheC1RangeAndLineBreaksPassOnlyWhereAllowed)
{
    EXPECT_FALSE(first_control_character("Zoë\t🙂", true));
    EXPECT_EQ(first_control_character("Zoë\t", false), U'\t');
    EXPECT_EQ(first_control_character("one\ntwo\x7f", true), U'\x7f');
    EXPECT_EQ(first_control_character("Ana\xC2\x85", false), U'\u0085'); // next line (C1)
    EXPECT_FALSE(first_control_character("\xC2\xA0", false));             // no-break space is text
}
