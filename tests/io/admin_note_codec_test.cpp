// What a note to the admin says, inside its sealed content: it comes back as written,
// and text that is not such a note reads as nothing rather than as a wrong note.
#include "io/admin_note_codec.h"

#include <gtest/gtest.h>

using namespace turnabout;

TEST(AdminNoteCodec, ARequestToBeReassignedComesBackAsWritten)
{
    const match_life::AdminNote note{match_life::AdminNote::Kind::Reassignment, matching::MatchId{"x-1"}, "Ünïcödé \"quotes\"\nand a second line"};
    auto decoded = io::decode_admin_note(io::encode_admin_note(note));
    ASSERT_TRUE(decoded);
    EXPECT_EQ(*decoded, note);
}

TEST(AdminNoteCodec, TextThatIsNotANoteReadsAsNothing)
{
    for (const char* text : {"", "not json", "{}", R"({"kind":"praise","match":"x-1","text":""})", R"({"kind":"reassignment","match":"x-1","text":"","extra":1})"})
        EXPECT_FALSE(io::decode_admin_note(text)) << text;
}
