// The stores the screen tests draw: one browser's Store over memory, brought to its
// state through the same actions the page applies (the demo loaded, a program made in
// the wizard, a person added), and a host that serves the demo file and must not be
// asked for anything else. Depends on: app, ui, platform/memory.
#pragma once

#include "app/save_status.h"
#include "app/store.h"
#include "platform/memory/memory_storage.h"
#include "ui/actions.h"
#include "ui/app_view.h"
#include "ui/host.h"
#include "ui/view_context.h"

#include <string>
#include <vector>

namespace turnabout::testing {

// Records what the views asked of the page; drawing without input asks nothing.
class TestHost final : public ui::Host {
public:
    void download_file(std::string_view filename, std::string_view) override;
    void choose_program_file() override;
    void choose_people_csv() override;
    std::optional<std::string> demo_program_bytes() override; // TURNABOUT_DEMO_FILE
    std::string today() override;
    void copy_text(std::string_view) override;
    void open_link(std::string_view url) override;

    // One line per call other than for the demo and the day.
    const std::vector<std::string>& requests() const { return m_requests; }

private:
    std::vector<std::string> m_requests;
};

class UiWorld {
public:
    // The day every world is drawn on: ten days into the demo program's term.
    static Date today();

    // No program yet: the first-run screen.
    UiWorld();
    UiWorld(const UiWorld&) = delete;
    UiWorld& operator=(const UiWorld&) = delete;

    // Applies `actions` to `ui` as the page does after a frame.
    void apply(ui::AppUi& ui, std::vector<ui::Action> actions);
    ui::ViewContext context() const { return ui::ViewContext{m_store, m_save, m_store.read_only(), today()}; }

    Store& store() { return m_store; }
    const TestHost& host() const { return m_host; }
    // Saving as the page saves: Storage that can be made to fail, and a sync the test
    // finishes when it chooses.
    MemoryStorage& storage() { return m_storage; }
    ManualSync& sync() { return m_sync; }
    SaveCoordinator& save() { return m_save; }
    // After each frame the page settles what waits (a file waiting for the save).
    void settle(ui::AppUi& ui);

    // Filled by the makers below.
    ProgramId program;
    std::vector<PersonId> participants; // approved people to draw the participant screens for

private:
    MemoryStorage m_storage;
    FixedClock m_clock;
    SeededRandom m_random{20270114};
    ManualSync m_sync;
    SaveCoordinator m_save{m_sync};
    TestHost m_host;
    Store m_store;
};

// The shipped demo program, loaded with "Try the demo program"; participants: the first
// approved mentee and the first approved mentor.
void load_demo(UiWorld& world);
// A program just created in the wizard with its defaults: no one in it yet.
void create_empty_program(UiWorld& world);
// One person the admin adds to it, who then uses this browser as a kiosk.
void add_one_participant(UiWorld& world);
// After load_demo: the mentee's first mentor left the program (their match ended), the
// mentee asks the mentor (still unanswered), and the admin has matched the mentor with
// another mentee, and the mentor asked the admin to be reassigned from that match, so
// the request, match, reassignment and inbox screens have something to show.
void use_demo(UiWorld& world);

}
