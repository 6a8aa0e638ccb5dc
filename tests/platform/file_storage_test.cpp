// The browser copies a saved file to IndexedDB only when its modification time
// changed; a new version must therefore always be dated after the one it replaces,
// even when the clock stood still or went back since.
#include "platform/native/file_storage.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

using namespace turnabout;

TEST(FileStorage, ANewVersionIsDatedAfterTheOneItReplacesEvenWhenTheClockWentBack)
{
    const auto root = std::filesystem::temp_directory_path() / ("turnabout-storage-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    std::filesystem::remove_all(root);
    FileStorage storage(root);
    ASSERT_TRUE(storage.write_atomic("programs/p/log-0001.json", "first").ok());
    const auto file = root / "programs/p/log-0001.json";
    // As if the first version had been written by a clock an hour ahead.
    const auto ahead = std::filesystem::last_write_time(file) + std::chrono::hours(1);
    std::filesystem::last_write_time(file, ahead);
    ASSERT_TRUE(storage.write_atomic("programs/p/log-0001.json", "second").ok());
    const auto second = std::filesystem::last_write_time(file);
    EXPECT_GT(second, ahead);
    // The clock is still behind: each further version is still dated after the last.
    ASSERT_TRUE(storage.write_atomic("programs/p/log-0001.json", "third").ok());
    EXPECT_GT(std::filesystem::last_write_time(file), second);
    EXPECT_EQ(*storage.read("programs/p/log-0001.json").value(), "third");
    std::filesystem::remove_all(root);
}
