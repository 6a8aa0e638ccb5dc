#include "app/save_status.h"
#include "platform/memory/memory_storage.h"

#include <gtest/gtest.h>

using namespace turnabout;

TEST(SaveCoordinator, SaysSavedOnlyOnceThePlatformConfirmed)
{
    ManualSync sync;
    SaveCoordinator saves(sync);
    EXPECT_EQ(saves.state(), SaveState::Saved);
    saves.request();
    EXPECT_EQ(saves.state(), SaveState::Saving);
    sync.finish(Status::success());
    EXPECT_EQ(saves.state(), SaveState::Saved);
}

TEST(SaveCoordinator, RunsOneSyncAtATimeAndCoalescesRequests)
{
    ManualSync sync;
    SaveCoordinator saves(sync);
    saves.request();
    saves.request();
    saves.request();
    EXPECT_EQ(sync.started(), 1u);
    sync.finish(Status::success());
    // Changes made during the first sync need one more, not three.
    EXPECT_EQ(sync.started(), 2u);
    EXPECT_EQ(saves.state(), SaveState::Saving);
    sync.finish(Status::success());
    EXPECT_EQ(sync.started(), 2u);
    EXPECT_EQ(saves.state(), SaveState::Saved);
}

TEST(SaveCoordinator, AFailureIsShownWithItsReasonUntilARetrySucceeds)
{
    ManualSync sync;
    SaveCoordinator saves(sync);
    saves.request();
    sync.finish(make_error("quota", "the browser refused to store more data (quota exceeded)"));
    EXPECT_EQ(saves.state(), SaveState::Failed);
    EXPECT_EQ(saves.message(), "the browser refused to store more data (quota exceeded)");
    saves.retry();
    EXPECT_EQ(saves.state(), SaveState::Saving);
    sync.finish(Status::success());
    EXPECT_EQ(saves.state(), SaveState::Saved);
    EXPECT_TRUE(saves.message().empty());
}

TEST(SaveCoordinator, AFailedSyncWithChangesWaitingTriesAgainRatherThanClaimingSaved)
{
    ManualSync sync;
    SaveCoordinator saves(sync);
    saves.request();
    saves.request();
    sync.finish(make_error("io", "failed"));
    EXPECT_EQ(saves.state(), SaveState::Saving);
    EXPECT_EQ(sync.started(), 2u);
}
