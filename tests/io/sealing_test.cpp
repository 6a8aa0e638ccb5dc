// Sealed private text: only its readers' devices open it; anyone else, and any
// damage, gets nothing rather than garbage.
#include "core/domain/privacy/private_text.h"
#include "io/sealing.h"

#include <gtest/gtest.h>

#include <vector>

using namespace turnabout;

TEST(Sealing, OnlyTheReadersOpenIt)
{
    io::DeviceKey mentee = io::generate_device_key();
    io::DeviceKey mentor = io::generate_device_key();
    io::DeviceKey admin = io::generate_device_key();
    std::vector<DeviceId> readers{io::device_id_of(mentee), io::device_id_of(mentor)};
    const privacy::PrivateText sealed = io::seal_text("I'd love to learn how you plan a quarter.", readers);

    EXPECT_TRUE(sealed.is_sealed());
    EXPECT_EQ(sealed.stored().find("quarter"), std::string::npos);
    EXPECT_EQ(io::open_text(sealed, mentee), "I'd love to learn how you plan a quarter.");
    EXPECT_EQ(io::open_text(sealed, mentor), "I'd love to learn how you plan a quarter.");
    EXPECT_FALSE(io::open_text(sealed, admin).has_value());
}

TEST(Sealing, TheSameTextSealsDifferentlyEachTime)
{
    io::DeviceKey key = io::generate_device_key();
    std::vector<DeviceId> readers{io::device_id_of(key)};
    EXPECT_NE(io::seal_text("same", readers), io::seal_text("same", readers));
}

TEST(Sealing, DamageOpensToNothing)
{
    io::DeviceKey key = io::generate_device_key();
    std::vector<DeviceId> readers{io::device_id_of(key)};
    const std::string sealed = io::seal_text("a private note", readers).stored();
    std::string altered = sealed;
    const std::size_t middle = io::SEALED_PREFIX.size() + 10;
    altered[middle] = altered[middle] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(io::open_text(io::private_text_from_file(altered), key).has_value());
    EXPECT_FALSE(io::open_text(io::private_text_from_file(sealed.substr(0, sealed.size() - 5)), key).has_value());
    EXPECT_FALSE(io::open_text(io::private_text_from_file(std::string(io::SEALED_PREFIX) + "!!!"), key).has_value());
}

TEST(Sealing, PlainTextPassesThroughAndUnsignedReadersAreLeftOut)
{
    io::DeviceKey key = io::generate_device_key();
    EXPECT_EQ(io::open_text("plain words", key), "plain words");
    std::vector<DeviceId> readers{DeviceId{"d-0a1b2c3d4e5f6a7b"}};
    EXPECT_FALSE(io::open_text(io::seal_text("x", readers), key).has_value());
}

TEST(Sealing, SealedTextPassesTheLengthRuleThePlainTextPassed)
{
    io::DeviceKey key = io::generate_device_key();
    std::vector<DeviceId> readers{io::device_id_of(key), io::device_id_of(io::generate_device_key()), io::device_id_of(io::generate_device_key())};
    const std::string longest(1000, 'x');
    EXPECT_TRUE(privacy::check_private_text("message", io::seal_text(longest, readers), 1000, TextKind::MultiLine).ok());
    EXPECT_FALSE(privacy::check_private_text("message", longest + "x", 1000, TextKind::MultiLine).ok());
    EXPECT_FALSE(privacy::check_private_text("message", io::private_text_from_file(std::string(io::SEALED_PREFIX) + std::string(8000, 'A')), 1000, TextKind::MultiLine).ok());
}

// Private text is plain or sealed by its type: a file's text is sealed exactly when it
// carries the prefix, and plain text that merely mentions the word stays plain.
TEST(Sealing, AFilesTextIsSealedOnlyWithThePrefix)
{
    EXPECT_TRUE(io::private_text_from_file(std::string(io::SEALED_PREFIX) + "AAAA").is_sealed());
    EXPECT_FALSE(io::private_text_from_file("sealed: see you monday").is_sealed());
    EXPECT_FALSE(privacy::PrivateText("sealed:v1:typed by hand").is_sealed());
    io::DeviceKey key = io::generate_device_key();
    std::vector<DeviceId> readers{io::device_id_of(key)};
    const privacy::PrivateText sealed = io::seal_text("a note", readers);
    EXPECT_EQ(io::private_text_from_file(sealed.stored()), sealed);
}
