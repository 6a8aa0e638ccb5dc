#include "ui/sync/admin_keys_view.h"

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/wording.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace turnabout::ui {

namespace {

constexpr std::size_t MIN_PASSPHRASE = 8;

bool passphrase_field(const char* label, const char* id, std::string& value, float width)
{
    widgets::text(fonts().strong, theme::TEXT, label);
    ImGui::SetNextItemWidth(width);
    return ImGui::InputText(id, &value, ImGuiInputTextFlags_Password);
}

void key_list(const ViewContext& context, const ProgramId& id)
{
    const auto keys = context.store.admin_keys(id);
    widgets::text(fonts().strong, theme::TEXT, keys.size() == 1 ? "Admin key:" : "Admin keys (" + std::to_string(keys.size()) + "):");
    for (const AdminKey& key : keys) {
        std::string line = "  " + key.fingerprint;
        if (key.first)
            line += "  (created the program)";
        else
            line += "  (added later)";
        if (key.this_browser)
            line += "  this browser";
        widgets::text(line);
    }
}

void backup_form(const ProgramId& id, AdminKeysUi& ui, float inner, bool writable, ActionQueue& actions)
{
    widgets::text(fonts().strong, theme::TEXT, "Back up admin key");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    widgets::muted("If this browser's data is ever cleared, nobody could approve, match or change settings again. The backup is a "
                   "file for you, the admin, to restore yourself on another browser. Whoever holds the file and its passphrase "
                   "can act as the admin: keep the passphrase apart from the file, and never send either to participants.");
    ImGui::PopTextWrapPos();
    widgets::gap(4);
    const float field = std::min(inner, 320.0f);
    passphrase_field("Passphrase (at least 8 characters)", "##backup-passphrase", ui.passphrase, field);
    passphrase_field("The same passphrase again", "##backup-repeated", ui.repeated, field);
    const bool long_enough = ui.passphrase.size() >= MIN_PASSPHRASE;
    const bool same = ui.passphrase == ui.repeated;
    if (!ui.repeated.empty() && !same)
        widgets::message_box(widgets::Tone::Error, "The two passphrases differ.", inner);
    if (!ui.backup_error.empty())
        widgets::message_box(widgets::Tone::Error, ui.backup_error, inner);
    ImGui::BeginDisabled(!writable || !long_enough || !same);
    if (widgets::primary_button("Back up admin key"))
        actions.push(BackUpAdminKeyAction{id, ui.passphrase});
    ImGui::EndDisabled();
}

void co_admin_form(const ProgramId& id, AdminKeysUi& ui, float inner, bool writable, ActionQueue& actions)
{
    widgets::text(fonts().strong, theme::TEXT, "Add an admin browser");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    widgets::muted("Another browser you use as the admin: paste the browser id it shows under Sharing. It can then do everything you can.");
    ImGui::PopTextWrapPos();
    widgets::text_field("Browser id (starts with k-)", "##co-admin", ui.co_admin, std::min(inner, 520.0f));
    if (!ui.co_admin_error.empty())
        widgets::message_box(widgets::Tone::Error, ui.co_admin_error, inner);
    ImGui::BeginDisabled(!writable || ui.co_admin.empty());
    if (widgets::secondary_button("Add admin browser"))
        actions.push(EnrolAdminDeviceAction{id, DeviceId{ui.co_admin}});
    ImGui::EndDisabled();
}

}

void admin_keys_card(const ViewContext& context, const ProgramId& id, bool admin_here, AdminKeysUi& ui, float width, ActionQueue& actions)
{
    if (!context.store.is_signed(id))
        return;
    const float inner = width - 44;
    const bool writable = !context.read_only;
    widgets::begin_card(width);
    widgets::text(fonts().heading, theme::TEXT, "Admin keys");
    widgets::gap(2);
    key_list(context, id);
    widgets::gap(10);
    if (ui.restoring && ui.restore.program == id) {
        const std::string program = quoted(ui.restore.program_name);
        widgets::text(fonts().strong, theme::TEXT, "Restore admin from " + quoted(ui.restore_file));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
        widgets::muted("This backup is the admin key " + ui.restore.admin_fingerprint + " of " + program
                + ". Restoring makes this browser one of the admin's, with a key of its own; the other browsers accept it once "
                  "they open a file of yours. Type the passphrase chosen when the backup was made.");
        ImGui::PopTextWrapPos();
        passphrase_field("Backup passphrase", "##restore-passphrase", ui.restore_passphrase, std::min(inner, 320.0f));
        if (!ui.restore_error.empty())
            widgets::message_box(widgets::Tone::Error, ui.restore_error, inner);
        ImGui::BeginDisabled(!writable || ui.restore_passphrase.empty());
        if (widgets::primary_button("Restore admin"))
            actions.push(RestoreAdminAction{});
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (widgets::secondary_button("Cancel##restore"))
            actions.push(CancelRestoreAdminAction{});
    } else if (admin_here) {
        backup_form(id, ui, inner, writable, actions);
        widgets::gap(12);
        co_admin_form(id, ui, inner, writable, actions);
    } else {
        widgets::text(fonts().strong, theme::TEXT, "Restore admin from a backup");
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
        widgets::muted("Only for this program's admin, whose browser was lost or cleared: choose the admin key backup file, then "
                       "type its passphrase. This browser then acts as the admin.");
        ImGui::PopTextWrapPos();
        ImGui::BeginDisabled(!writable);
        if (widgets::secondary_button("Restore admin from a backup"))
            actions.push(ChooseProgramFileAction{});
        ImGui::EndDisabled();
    }
    widgets::gap(10);
    widgets::text(fonts().strong, theme::TEXT, "This browser's id, for adding it as an admin browser:");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    widgets::muted(context.store.identity().device.value);
    ImGui::PopTextWrapPos();
    if (widgets::secondary_button("Copy this browser's id"))
        actions.push(CopyTextAction{context.store.identity().device.value});
    widgets::end_card();
}

}
