#include "ui/sync/sharing_view.h"
#include "ui/wording.h"

#include "ui/date_text.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {

constexpr float BUTTON_WIDTH = 200.0f;


std::string moment_or_never(const std::optional<Timestamp>& moment) { return moment ? date_time_text(*moment) : std::string("never"); }

void card_heading(const char* title)
{
    widgets::text(fonts().heading, theme::TEXT, title);
    widgets::gap(2);
}

void keys_card(const ViewContext& context, const ProgramId& id, bool admin_here, float width)
{
    widgets::begin_card(width);
    card_heading("Keys");
    if (context.store.is_signed(id)) {
        const auto keys = context.store.admin_keys(id);
        if (keys.size() <= 1) {
            widgets::text(fonts().strong, theme::TEXT, "Program admin's key: " + context.store.admin_fingerprint(id));
        } else {
            widgets::text(fonts().strong, theme::TEXT, "Program admin's keys:");
            for (const AdminKey& key : keys)
                widgets::text(fonts().strong, theme::TEXT, "  " + key.fingerprint + (key.this_browser ? "  (this browser)" : ""));
        }
        widgets::muted(admin_here
                ? "This is your key. When people open your file, they see it too: read it out to them so they can compare."
                : "Compare it with your admin out loud, in person or on a call. Every change in this program is signed, and a file "
                  "that was altered or signed by anyone else is refused.");
    } else {
        widgets::message_box(widgets::Tone::Info,
            "This program is unsigned: it comes from an older Turnabout, so who made each change is not checked.",
            width - 44);
    }
    widgets::gap(8);
    widgets::text(fonts().strong, theme::TEXT, "This browser's key: " + context.store.device_fingerprint());
    widgets::muted("Changes made in this browser are signed with it.");
    widgets::end_card();
}

void exchanges_card(const SyncStatus& status, float width)
{
    widgets::begin_card(width);
    card_heading("Exchanges");
    widgets::text("Last export: " + moment_or_never(status.last_export));
    widgets::text("Last import: " + moment_or_never(status.last_import));
    widgets::gap(6);
    widgets::text("Changes made in this browser and not sent yet: " + std::to_string(status.unsent));
    if (status.pending > 0) {
        widgets::gap(6);
        widgets::text("Held: " + changes_count(status.pending) + (status.pending == 1 ? " waits" : " wait") + " for earlier ones.");
        for (const std::string& line : status.missing)
            widgets::muted(line + ".");
        widgets::muted("They take effect once a file that has those arrives: ask whoever sent them to send a newer file.");
    }
    for (const std::string& exclusion : status.exclusions) {
        widgets::gap(6);
        widgets::message_box(widgets::Tone::Error, exclusion + ".", width - 44);
    }
    widgets::end_card();
}

// A button with what it does beside it.
bool action_row(const char* label, bool primary, bool enabled, const std::string& explanation, float width)
{
    const float start_x = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    ImGui::BeginDisabled(!enabled);
    const bool pressed = primary ? widgets::primary_button(label, ImVec2(BUTTON_WIDTH, 0)) : widgets::secondary_button(label, ImVec2(BUTTON_WIDTH, 0));
    ImGui::EndDisabled();
    const float button_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(start_x + BUTTON_WIDTH + 20, top + 4));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(start_x + width);
    widgets::muted(explanation);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(start_x, std::max(button_bottom, ImGui::GetCursorPosY()) + 6));
    return pressed;
}

void files_card(const ViewContext& context, const ProgramId& id, const SyncStatus& status, bool admin_here, float width,
    ActionQueue& actions)
{
    widgets::begin_card(width);
    card_heading("Files");
    const float inner = width - 44;
    const bool writable = !context.read_only;
    if (admin_here) {
        if (action_row("Share program##sharing", true, writable,
                "The whole program, for everyone taking part. Share it again after approving people, answering requests or "
                "changing settings.",
                inner))
            actions.push(ShareProgramAction{id});
    }
    std::string send = "Only your changes, for the program admin or straight to your partner: registrations, requests, answers and profile updates made in this browser.";
    if (status.not_shown_back == 0 && !status.last_export)
        send = "Nothing to send yet: no change was made in this browser.";
    else if (status.not_shown_back == 0)
        send = "Nothing to send: every change made in this browser came back in a file opened here, so the others have it.";
    else if (status.unsent == 0)
        send = "Everything went out in a file already. If that file was lost, send again: it carries every change nobody has shown back yet.";
    if (action_row("Send my changes", !admin_here, writable && status.not_shown_back > 0, send, inner))
        actions.push(SendChangesAction{id});
    if (action_row("Open change files", false, writable,
            "Files others sent you, several at once. Each is checked before anything changes; a file that fails is refused whole.",
            inner))
        actions.push(ChooseProgramFileAction{});
    widgets::end_card();
}

}

void sharing_view(const ViewContext& context, const ProgramId& id, const ProgramState& program, AdminKeysUi& admin_keys, ActionQueue& actions)
{
    const float width = std::min(ImGui::GetContentRegionAvail().x, 820.0f);
    const bool admin_here = browser_is_admin(context, program);
    widgets::text(fonts().title, theme::TEXT, "Sharing");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::muted(admin_here
            ? "Turnabout has no server: the program travels as a file. Share it with everyone taking part; they send their "
              "changes back to you as files, which you open here."
            : "Turnabout has no server: the program travels as files. Your admin shares the program with you; you send your "
              "changes back to them.");
    ImGui::PopTextWrapPos();
    widgets::gap(10);
    // What people come here to do first; the keys and the record below it.
    const SyncStatus status = context.store.sync_status(id);
    files_card(context, id, status, admin_here, width, actions);
    widgets::gap(14);
    keys_card(context, id, admin_here, width);
    widgets::gap(14);
    if (context.store.is_signed(id)) {
        admin_keys_card(context, id, admin_here, admin_keys, width, actions);
        widgets::gap(14);
    }
    exchanges_card(status, width);
    widgets::gap(24);
}

}
