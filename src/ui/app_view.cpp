#include "ui/app_view.h"

#include "ui/directory_view.h"
#include "ui/first_run_view.h"
#include "ui/fonts.h"
#include "ui/nav_bar.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/top_bar.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

// The banners that say something about the whole app: read-only, failed save.
void status_banners(const ViewContext& context, float width, ActionQueue& actions)
{
    if (context.read_only) {
        widgets::message_box(widgets::Tone::Info,
            "Read-only: Turnabout is open in another tab. Close that tab and reload this one to make changes here.", width);
        widgets::gap(6);
    }
    // A write Storage refused is a failed save too, though the platform's sync of
    // what was written may have worked.
    const bool sync_failed = context.save.state() == SaveState::Failed;
    if (!context.read_only && (sync_failed || context.store.has_unwritten())) {
        const char* retry = "Retry saving";
        const float retry_width = widgets::button_width(retry);
        const float start_x = ImGui::GetCursorPosX();
        const float start_y = ImGui::GetCursorPosY();
        widgets::message_box(widgets::Tone::Error,
            "Save failed: " + (sync_failed ? context.save.message() : context.store.storage_error()) + ". Your latest changes are only in this tab until saving works again.",
            width - retry_width - 12);
        const float end_y = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(start_x + width - retry_width, start_y + 2));
        if (widgets::primary_button(retry, ImVec2(retry_width, 0)))
            actions.push(RetrySaveAction{});
        ImGui::SetCursorPos(ImVec2(start_x, std::max(end_y, ImGui::GetCursorPosY())));
        widgets::gap(6);
    }
}

void drop_hint()
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImVec2 min = viewport->Pos;
    const ImVec2 max(min.x + viewport->Size.x, min.y + viewport->Size.y);
    draw->AddRectFilled(min, max, IM_COL32(22, 58, 84, 150));
    const ImVec2 inset(24, 24);
    draw->AddRect(ImVec2(min.x + inset.x, min.y + inset.y), ImVec2(max.x - inset.x, max.y - inset.y), IM_COL32(255, 255, 255, 220), 16, 0, 3);
    const char* message = "Drop a program file to open it";
    ImFont* font = fonts().heading;
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 text = font->CalcTextSizeA(size, 10000, 0, message);
    draw->AddText(font, size, ImVec2((min.x + max.x - text.x) * 0.5f, (min.y + max.y - text.y) * 0.5f), IM_COL32(255, 255, 255, 255), message);
}

}

ProgramId shown_program(const Store& store, const AppUi& ui)
{
    if (!ui.selected.empty() && store.program(ui.selected))
        return ui.selected;
    const auto ids = store.program_ids();
    return ids.empty() ? ProgramId{} : ids.front();
}

Screen allowed_screen(const ViewContext& context, const AppUi& ui, const ProgramState& program)
{
    if (ui.screen == Screen::Directory || ui.screen == Screen::ProgramHome)
        return ui.screen;
    CurrentUser::Kind kind = user_kind_in(ui.user, ui.selected);
    if (kind == CurrentUser::Kind::Admin && !browser_is_admin(context, program))
        kind = CurrentUser::Kind::Nobody;
    const auto allowed = screens_for(kind);
    return std::find(allowed.begin(), allowed.end(), ui.screen) != allowed.end() ? ui.screen : Screen::ProgramHome;
}

namespace {

void banners(const ViewContext& context, AppUi& ui, float width, ActionQueue& actions)
{
    status_banners(context, width, actions);
    if (ui.notice.shown) {
        notice_view(ui.notice, width);
        widgets::gap(8);
    }
}

}

Reader reader_of(const CurrentUser& user, const ProgramId& program)
{
    switch (user_kind_in(user, program)) {
    case CurrentUser::Kind::Admin:
        return Reader{Reader::Kind::Admin, {}};
    case CurrentUser::Kind::Person:
        return Reader{Reader::Kind::Person, user.person};
    case CurrentUser::Kind::Nobody:
        break;
    }
    return Reader{Reader::Kind::Nobody, {}};
}

void draw_app(const ViewContext& context, AppUi& ui, ActionQueue& actions)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::Begin("Turnabout###main", nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
            | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(3);

    // A program that cannot be read still counts: the directory lists it with the way back.
    const bool any_program = !context.store.program_ids().empty() || !context.store.unreadable_programs().empty();
    const ProgramId shown = ui.screen == Screen::Directory ? ProgramId{} : shown_program(context.store, ui);
    // The views read the program as the one using it: a kiosk shows a person what is
    // for them, not everything the admin's browser opens.
    if (!shown.empty())
        context.store.read_as(shown, reader_of(ui.user, shown));
    const ProgramState* program = shown.empty() ? nullptr : context.store.program(shown);

    if (ui.wizard.open) {
        wizard_view(context, ui.wizard, actions);
    } else if (!any_program) {
        const float width = std::min(640.0f, viewport->Size.x - 2 * theme::PAGE_MARGIN);
        if (ui.notice.shown || context.read_only) {
            ImGui::SetCursorPos(ImVec2((viewport->Size.x - width) * 0.5f, theme::PAGE_MARGIN));
            ImGui::BeginGroup();
            status_banners(context, width, actions);
            notice_view(ui.notice, width);
            ImGui::EndGroup();
            // The welcome card goes below the banners: with both a banner and a notice
            // (a tab that lost its right to write, say) it would cover them.
            const float below = ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + 8;
            ImGui::SetCursorPos(ImVec2(0, below));
        }
        first_run_view(context, ui.wizard, actions);
    } else {
        top_bar(context, shown, ui.user, ui.picker, ui.wizard, actions);
        const float top = TOP_BAR_HEIGHT + 28;
        const float height = viewport->Size.y - top - 20;
        if (!program) {
            const float width = std::min(theme::CONTENT_MAX_WIDTH, viewport->Size.x - 2 * theme::PAGE_MARGIN);
            ImGui::SetCursorPos(ImVec2(std::max(theme::PAGE_MARGIN, (viewport->Size.x - width) * 0.5f), top));
            ImGui::BeginChild("page", ImVec2(width, height), false, ImGuiWindowFlags_NoBackground);
            banners(context, ui, width, actions);
            directory_view(context, ui.wizard, actions);
            ImGui::EndChild();
        } else {
            CurrentUser::Kind kind = user_kind_in(ui.user, shown);
            if (kind == CurrentUser::Kind::Admin && !browser_is_admin(context, *program))
                kind = CurrentUser::Kind::Nobody;
            const Screen screen = allowed_screen(context, ui, *program);
            const float total = std::min(theme::CONTENT_MAX_WIDTH + NAV_WIDTH + 32, viewport->Size.x - 2 * theme::PAGE_MARGIN);
            const float left = std::max(theme::PAGE_MARGIN, (viewport->Size.x - total) * 0.5f);
            ImGui::SetCursorPos(ImVec2(left, top));
            ImGui::BeginChild("navigation", ImVec2(NAV_WIDTH, height), false, ImGuiWindowFlags_NoBackground);
            const ScreenArgs args{context, shown, *program, ui.user, kind};
            nav_bar(context, shown, screen, nav_entries(args, kind), kind, actions);
            ImGui::EndChild();
            const float width = total - NAV_WIDTH - 32;
            ImGui::SetCursorPos(ImVec2(left + NAV_WIDTH + 32, top));
            // One page window per screen: each keeps its own scroll position.
            ImGui::PushID(static_cast<int>(screen));
            ImGui::BeginChild("page", ImVec2(width, height), false, ImGuiWindowFlags_NoBackground);
            banners(context, ui, ImGui::GetContentRegionAvail().x, actions);
            if (screen != Screen::ProgramHome && program->program)
                widgets::text(fonts().small, theme::ACCENT, program->program->name);
            screen_row(screen).draw(args, ui, actions);
            ImGui::EndChild();
            ImGui::PopID();
        }
    }

    if (program) {
        person_dialog(context, shown, ui.person_dialog, actions);
        remove_person_dialog(context, shown, ui.remove_person, actions);
        questionnaire_dialogs(context, *program, ui.questionnaire, actions);
        approvals_dialogs(context, *program, ui.approvals, actions);
        matching_dialogs(context, *program, ui.matching);
        requests_dialogs(context, shown, *program, ui.user, ui.requests, ui.matching, actions);
        admin_requests_dialogs(context, shown, *program, ui.admin_requests, actions);
    }
    inbox_dialogs(ui.inbox, actions);
    if (ui.picker.open)
        person_picker(context, ui.picker, ui.user, actions);
    people_import_dialog(context, ui.people.import, actions);
    merge_report_dialog(ui.merge_report);
    if (ui.file_dragged_over)
        drop_hint();
    ImGui::End();
}

}
