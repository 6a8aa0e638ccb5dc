// The browser entry point: one frame callback that walks the boot phases (storage
// mounted and loaded before main, then the store opened, then the app runs; a fatal
// screen if any of that fails) and draws only when something changed.
// Depends on: ui, app, platform/native (FileStorage over /data), platform/web, Emscripten.
#include "app/save_status.h"
#include "app/store.h"
#include "platform/native/file_storage.h"
#include "platform/native/system.h"
#include "platform/web/browser_tab.h"
#include "platform/web/file_exchange.h"
#include "platform/web/idbfs_sync.h"
#include "ui/app_view.h"
#include "ui/apply_actions.h"
#include "ui/people/people_csv_actions.h"
#include "ui/sync/sharing_actions.h"
#include "ui/fatal_view.h"
#include "ui/fonts.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "web/canvas.h"
#include "web/input.h"
#include "web/page_api.h"
#include "web/web_host.h"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace turnabout {
namespace {

enum class Phase {
    MountStorage, // preRun mounted /data and loaded it from IndexedDB; did that work?
    Load,         // open the store from /data
    Run,
    Fatal,
};

const char* phase_name(Phase phase)
{
    switch (phase) {
    case Phase::MountStorage: return "mount-storage";
    case Phase::Load: return "load";
    case Phase::Run: return "run";
    case Phase::Fatal: return "fatal";
    }
    return "unknown";
}

// After any event, draw a few more frames: ImGui needs one to show a click's result,
// another to size a new popup, and hover states settle in between.
constexpr int SETTLE_FRAMES = 4;

struct Page {
    Phase phase = Phase::MountStorage;
    std::string fatal_reason;

    web::Canvas canvas;
    web::Input input;
    ui::ItemRegistry registry;
    float font_pixel_ratio = 0;
    double last_frame_ms = 0;
    int settle_frames = 0;
    bool frame_scheduled = false;
    std::uint64_t frames_drawn = 0;

    FileStorage storage{"/data"};
    SystemClock clock;
    SystemRandom random;
    std::unique_ptr<web::IdbfsSync> sync;
    std::unique_ptr<SaveCoordinator> save;
    std::unique_ptr<Store> store;
    bool writer = false;
    bool reloading = false;
    bool written = false; // a change reached /data since the page loaded

    web::WebHost host;
    ui::AppUi ui;
    ui::ActionQueue actions;
    std::vector<web::ReceivedFile> received_files;
};

Page* g_page = nullptr;

EM_BOOL frame(double, void*);

void request_frames(int count)
{
    g_page->settle_frames = std::max(g_page->settle_frames, count);
    if (!g_page->frame_scheduled) {
        g_page->frame_scheduled = true;
        emscripten_request_animation_frame(frame, nullptr);
    }
}

void request_frame() { request_frames(SETTLE_FRAMES); }

void fail(std::string reason)
{
    g_page->phase = Phase::Fatal;
    g_page->fatal_reason = std::move(reason);
}

// Opens (or re-opens, after a read-only tab re-read IndexedDB) the store over /data.
bool open_store(bool read_only)
{
    Page& page = *g_page;
    auto store = std::make_unique<Store>(page.storage, page.clock, page.random);
    store->set_on_written([] {
        g_page->written = true;
        g_page->save->request();
        request_frame();
    });
    if (Status opened = store->open(read_only); !opened) {
        fail("Could not open the saved programs: " + opened.error().message);
        return false;
    }
    page.store = std::move(store);
    // A first visit writes this browser's identity: make it durable like any change.
    if (!read_only)
        page.save->request();
    return true;
}

void boot_step()
{
    Page& page = *g_page;
    if (page.phase == Phase::MountStorage) {
        if (auto error = web::IdbfsSync::boot_error())
            fail("Turnabout " + *error + ".");
        else
            page.phase = Phase::Load;
    }
    if (page.phase == Phase::Load) {
        page.writer = web::BrowserTab::is_writer();
        if (open_store(!page.writer))
            page.phase = Phase::Run;
    }
}

// A read-only tab shown again re-reads what the writing tab saved meanwhile, and
// becomes the writer if that tab has closed.
void visibility_changed(bool visible, bool writer)
{
    Page& page = *g_page;
    if (page.phase != Phase::Run)
        return;
    if (!visible) {
        if (page.writer)
            page.save->request(); // the tab may be closed next: make everything durable
        return;
    }
    if (page.writer || page.reloading)
        return;
    page.reloading = true;
    page.sync->start_reload([writer](Status status) {
        Page& p = *g_page;
        p.reloading = false;
        if (!status) {
            p.ui.notice.show(ui::widgets::Tone::Error, "Could not re-read the saved programs: " + status.error().message);
            return;
        }
        p.writer = writer;
        open_store(!writer);
    });
}

// Leaving the page (closing, reloading) asks first while a change is not confirmed
// saved: its save under way or failed, or a write Storage refused. The save every
// page starts with when it opens the store holds no change of the person's, and a
// read-only tab has nothing it could save.
bool has_unsaved_changes()
{
    const Page& page = *g_page;
    if (page.phase != Phase::Run || !page.writer || !page.save || !page.store)
        return false;
    return (page.written && page.save->state() != SaveState::Saved) || !page.store->storage_error().empty();
}

// Without Web Locks the writing tab holds a lease (browser_tab.js) that it loses when
// another tab took it, say after this one slept past its expiry: it saves nothing more,
// turns read-only at once and re-reads what the other tab saved.
void writer_lost()
{
    Page& page = *g_page;
    if (page.phase != Phase::Run || !page.writer)
        return;
    std::string text = "Another tab of this browser saves Turnabout's data now, so this tab is read-only.";
    if (has_unsaved_changes())
        text += " Its latest changes were not saved.";
    page.writer = false;
    if (!open_store(true))
        return;
    page.ui.notice.show(ui::widgets::Tone::Error, text);
    visibility_changed(true, false); // re-reads, as a read-only tab shown again does
}

void update_fonts(float pixel_ratio)
{
    Page& page = *g_page;
    if (pixel_ratio == page.font_pixel_ratio)
        return;
    const bool rebuilding = page.font_pixel_ratio != 0;
    ui::build_fonts(pixel_ratio);
    if (rebuilding) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    page.font_pixel_ratio = pixel_ratio;
}

void apply_after_render()
{
    Page& page = *g_page;
    if (page.phase != Phase::Run)
        return;
    ui::AppServices services{*page.store, *page.save, page.host};
    ui::apply_actions(page.ui, services, page.actions.take());
    // Files that arrived since the last frame were chosen or dropped together: their
    // program files make one merge report.
    auto files = std::move(page.received_files);
    page.received_files.clear();
    std::vector<ui::ReceivedProgramFile> program_files;
    for (auto& file : files) {
        if (file.kind != web::FileKind::PeopleCsv) {
            program_files.push_back(ui::ReceivedProgramFile{std::move(file.name), std::move(file.bytes)});
            continue;
        }
        if (!file.bytes)
            page.ui.notice.show(ui::widgets::Tone::Error, "Could not read \xE2\x80\x9C" + file.name + "\xE2\x80\x9D: the browser refused to open it.");
        else
            ui::receive_people_csv(page.ui, *file.bytes, file.name);
    }
    ui::open_program_files(page.ui, *page.store, program_files);
    // A file asked for before the save was confirmed goes out once it is (the sync's
    // answer asks for a frame).
    ui::settle_waiting_share(page.ui, services);
}

EM_BOOL frame(double now_ms, void*)
{
    Page& page = *g_page;
    page.frame_scheduled = false;
    boot_step();

    const web::CanvasSize& size = page.canvas.sync_size();
    update_fonts(size.pixel_ratio);
    ImGuiIO& io = ImGui::GetIO();
    const bool more_input = page.input.apply(io);
    io.DisplaySize = ImVec2(static_cast<float>(size.css_width), static_cast<float>(size.css_height));
    if (size.css_width > 0 && size.css_height > 0)
        io.DisplayFramebufferScale = ImVec2(static_cast<float>(size.pixel_width / size.css_width), static_cast<float>(size.pixel_height / size.css_height));
    // After an idle spell the gap would be seconds: ImGui only needs a plausible step.
    io.DeltaTime = page.last_frame_ms > 0 ? static_cast<float>(std::clamp((now_ms - page.last_frame_ms) / 1000.0, 0.001, 0.1)) : 1.0f / 60.0f;
    page.last_frame_ms = now_ms;

    page.registry.begin_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    if (page.phase == Phase::Run) {
        // The browser's local calendar day; a test may set the page's clock.
        const Date today = parse_iso_date(page.host.today()).value_or(date_of_unix_ms(page.clock.now().unix_ms));
        ui::draw_app(ui::ViewContext{*page.store, *page.save, page.store->read_only(), today}, page.ui, page.actions);
    }
    else if (page.phase == Phase::Fatal)
        ui::fatal_view(page.fatal_reason);
    ImGui::Render();
    page.registry.end_frame();

    glViewport(0, 0, size.pixel_width, size.pixel_height);
    const ImVec4 background = ImGui::ColorConvertU32ToFloat4(ui::theme::PAGE);
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++page.frames_drawn;
    page.input.update_cursor(ImGui::GetMouseCursor());

    const bool had_actions = !page.actions.empty() || !page.received_files.empty();
    apply_after_render();

    if (more_input || had_actions)
        request_frame();
    else if (--page.settle_frames > 0 && !page.frame_scheduled) {
        page.frame_scheduled = true;
        emscripten_request_animation_frame(frame, nullptr);
    }
    return EM_FALSE;
}

const char* save_state_name(SaveState state)
{
    switch (state) {
    case SaveState::Saved: return "saved";
    case SaveState::Saving: return "saving";
    case SaveState::Failed: return "failed";
    }
    return "unknown";
}

std::string status_json()
{
    const Page& page = *g_page;
    std::string out = "{\"phase\":\"";
    out += phase_name(page.phase);
    out += "\",\"fatalReason\":";
    ui::append_json_string(out, page.fatal_reason);
    out += ",\"framesDrawn\":" + std::to_string(page.frames_drawn);
    out += ",\"inputQueued\":" + std::to_string(page.input.queued());
    out += ",\"pixelRatio\":" + std::to_string(page.canvas.size().pixel_ratio);
    out += ",\"fontPixelRatio\":" + std::to_string(page.font_pixel_ratio);
    out += ",\"canvasPixelWidth\":" + std::to_string(page.canvas.size().pixel_width);
    out += ",\"canvasPixelHeight\":" + std::to_string(page.canvas.size().pixel_height);
    out += ",\"cssWidth\":" + std::to_string(page.canvas.size().css_width);
    out += ",\"cssHeight\":" + std::to_string(page.canvas.size().css_height);
    out += ",\"writer\":";
    out += page.writer ? "true" : "false";
    out += ",\"unsavedChanges\":";
    out += has_unsaved_changes() ? "true" : "false";
    if (page.save) {
        out += ",\"saveState\":\"";
        out += save_state_name(page.save->state());
        out += "\",\"saveMessage\":";
        ui::append_json_string(out, page.save->message());
        out += ",\"savesCompleted\":" + std::to_string(page.save->completed());
    }
    if (page.store) {
        out += ",\"readOnly\":";
        out += page.store->read_only() ? "true" : "false";
        out += ",\"revision\":" + std::to_string(page.store->revision());
        out += ",\"programs\":" + std::to_string(page.store->program_ids().size());
        const ProgramId shown = ui::shown_program(*page.store, page.ui);
        if (const ProgramState* program = shown.empty() ? nullptr : page.store->program(shown)) {
            out += ",\"people\":" + std::to_string(program->people.size());
            out += ",\"programName\":";
            ui::append_json_string(out, program->program ? program->program->name : "");
        }
    }
    out += "}";
    return out;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*)
{
    request_frame();
    return EM_FALSE;
}

}
}

// A look at the page from outside (a test reading what is on screen) needs one fresh
// frame, not the few an input settles in: those would be drawn for nobody.
extern "C" EMSCRIPTEN_KEEPALIVE void turnabout_request_frame() { turnabout::request_frames(1); }

int main()
{
    using namespace turnabout;
    static Page page;
    g_page = &page;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ui::ItemRegistry::set_current(&page.registry);
    GImGui->TestEngineHookItems = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // window titles can hold people's names: keep no layout file
    io.LogFilename = nullptr;
    io.ConfigInputTextCursorBlink = false; // a blinking cursor would mean drawing while idle
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui::theme::apply(ImGui::GetStyle());

    if (!page.canvas.create("#canvas")) {
        EM_ASM({ document.body.classList.add('no-webgl'); });
        return 0;
    }
    ImGui_ImplOpenGL3_Init("#version 300 es");
    page.input.install("#canvas", request_frame);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_resize);

    page.sync = std::make_unique<web::IdbfsSync>(request_frame);
    page.save = std::make_unique<SaveCoordinator>(*page.sync);
    web::BrowserTab::on_visibility_changed([](bool visible, bool writer) {
        visibility_changed(visible, writer);
        request_frame();
    });
    web::BrowserTab::on_writer_lost([] {
        writer_lost();
        request_frame();
    });
    web::BrowserTab::on_leaving(has_unsaved_changes);
    web::FileExchange::on_file_received([](web::ReceivedFile file) {
        g_page->received_files.push_back(std::move(file));
        request_frame();
    });
    web::FileExchange::on_drag_changed([](bool over_page) {
        g_page->ui.file_dragged_over = over_page;
        request_frame();
    });
    web::set_page_status_source(status_json);

    EM_ASM({ document.body.classList.add('ready'); });
    request_frame();
    return 0;
}
