// "Share program" and "Send my changes" hand out a file only once every change in it
// is saved for sure: written to Storage and confirmed by the platform (IndexedDB in
// the page). Until then the person reads "Waiting for the save…" and the file follows
// by itself; while saving fails they are told it cannot, and why.
#include "ui_world.h"

#include "ui/sync/waiting_share.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

people::PersonDetails person_details(std::string name = "Noor Haddad", std::string email = "noor.haddad@example.org")
{
    people::PersonDetails details;
    details.name = std::move(name);
    details.email = std::move(email);
    details.role = people::Role::Mentee;
    return details;
}

std::size_t downloads(const UiWorld& world)
{
    const auto& requests = world.host().requests();
    return static_cast<std::size_t>(std::count_if(requests.begin(), requests.end(), [](const std::string& r) { return r.starts_with("download "); }));
}

// A program with a change the page has written and asked to make durable.
void program_with_a_fresh_change(UiWorld& world)
{
    create_empty_program(world);
    // As the page does: every write asks the save coordinator for a sync.
    world.store().set_on_written([&world] { world.save().request(); });
    while (world.sync().running())
        world.sync().finish(Status::success());
    ASSERT_TRUE(world.store().add_person(world.program, person_details()).ok());
    ASSERT_TRUE(world.sync().running());
}

}

TEST(WaitingShare, TheProgramFileFollowsByItselfOnceTheSaveIsConfirmed)
{
    UiWorld world;
    ASSERT_NO_FATAL_FAILURE(program_with_a_fresh_change(world));
    ui::AppUi ui;
    world.apply(ui, {ui::ShareProgramAction{world.program}});
    EXPECT_EQ(downloads(world), 0u);
    EXPECT_EQ(ui.notice.tone, ui::widgets::Tone::Info);
    EXPECT_TRUE(ui.notice.text.starts_with("Waiting for the save")) << ui.notice.text;
    world.settle(ui);
    EXPECT_EQ(downloads(world), 0u);

    world.sync().finish(Status::success());
    world.settle(ui);
    ASSERT_EQ(downloads(world), 1u);
    EXPECT_EQ(world.host().requests().back(), "download pilot-circle.json");
    EXPECT_EQ(ui.notice.tone, ui::widgets::Tone::Success);
    // Handed out once, not every frame.
    world.settle(ui);
    EXPECT_EQ(downloads(world), 1u);
}

TEST(WaitingShare, WhileTheSaveFailsItSaysSoAndTheFileFollowsAWorkingRetry)
{
    UiWorld world;
    ASSERT_NO_FATAL_FAILURE(program_with_a_fresh_change(world));
    ui::AppUi ui;
    world.apply(ui, {ui::SendChangesAction{world.program}});
    world.sync().finish(make_error("storage.sync_failed", "the browser refused to store more data (quota exceeded)"));
    world.settle(ui);
    EXPECT_EQ(downloads(world), 0u);
    EXPECT_EQ(ui.notice.tone, ui::widgets::Tone::Error);
    EXPECT_TRUE(ui.notice.text.starts_with("Cannot save your changes as a file yet: saving failed (the browser refused to store more data (quota exceeded))")) << ui.notice.text;

    world.apply(ui, {ui::RetrySaveAction{}});
    world.settle(ui);
    EXPECT_EQ(downloads(world), 0u);
    world.sync().finish(Status::success());
    world.settle(ui);
    ASSERT_EQ(downloads(world), 1u);
    EXPECT_TRUE(world.host().requests().back().starts_with("download pilot-circle-changes-")) << world.host().requests().back();
}

TEST(WaitingShare, AChangeStorageRefusedHoldsTheFileEvenWhenTheSyncSucceeds)
{
    UiWorld world;
    ASSERT_NO_FATAL_FAILURE(program_with_a_fresh_change(world));
    world.sync().finish(Status::success());
    world.storage().fail_writes(true);
    ASSERT_TRUE(world.store().add_person(world.program, person_details("Bo Chen", "bo.chen@example.org")).ok());
    // What was written is durable; the refused change is not written at all.
    world.sync().finish(Status::success());
    ui::AppUi ui;
    world.apply(ui, {ui::ShareProgramAction{world.program}});
    EXPECT_EQ(downloads(world), 0u);
    EXPECT_EQ(ui.notice.tone, ui::widgets::Tone::Error);
    EXPECT_NE(ui.notice.text.find("quota exceeded"), std::string::npos) << ui.notice.text;

    world.storage().fail_writes(false);
    world.apply(ui, {ui::RetrySaveAction{}});
    world.settle(ui);
    EXPECT_EQ(downloads(world), 0u);
    while (world.sync().running())
        world.sync().finish(Status::success());
    world.settle(ui);
    ASSERT_EQ(downloads(world), 1u);
    EXPECT_EQ(world.store().program(world.program)->people.size(), 2u);
}
