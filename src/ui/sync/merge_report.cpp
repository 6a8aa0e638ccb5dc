#include "ui/sync/merge_report.h"
#include "ui/wording.h"

#include "ui/dialog_frame.h"
#include "ui/event_phrases.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace turnabout::ui {

namespace {



void bullet(std::string_view text)
{
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + 5, at.y + line * 0.5f + 1), 2.5f, ImGui::ColorConvertFloat4ToU32(theme::MUTED));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 16);
    widgets::text(text);
}

void merged_file(const MergedFile& file, float width)
{
    const ImportReport& r = file.report;
    const std::string name = r.program_name.empty() ? std::string("a program whose beginning is missing") : quoted(r.program_name);
    widgets::text(r.new_program ? "Opened the new program " + name + "." : "Updated " + name + ".");
    if (r.added == 0)
        bullet("Added: nothing new.");
    else
        bullet("Added: " + added_events_text(r.added_by_type) + ".");
    if (r.already_present > 0)
        bullet("Already here: " + changes_count(r.already_present) + ".");
    if (r.pending > 0) {
        bullet("Held: " + changes_count(r.pending) + (r.pending == 1 ? " waits" : " wait")
            + " for earlier ones this file does not have. They take effect once a file with those arrives.");
        for (const std::string& missing : r.missing) {
            ImGui::Indent(16);
            bullet(missing + ".");
            ImGui::Unindent(16);
        }
    }
    // A device caught saying two things: what of it was left out, and why.
    for (const std::string& exclusion : r.exclusions)
        widgets::message_box(widgets::Tone::Error, exclusion + ".", width);
    if (!r.conflicts.empty()) {
        bullet("Resolved by the program's rules (the same on every device):");
        for (const ResolvedConflict& conflict : r.conflicts) {
            ImGui::Indent(16);
            bullet(event_phrase(conflict.event_type) + ": " + conflict.reason);
            ImGui::Unindent(16);
        }
    } else if (r.skipped > 0) {
        bullet(changes_count(r.skipped) + " could not apply and " + (r.skipped == 1 ? "was" : "were") + " set aside.");
    }
    if (r.unsigned_file) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Info,
            "This file is unsigned: it comes from an older Turnabout, so who made each change is not checked.", width);
    } else if ((r.new_program || r.admin_keys_added) && !r.admin_fingerprint.empty()) {
        widgets::gap(4);
        if (r.admin_fingerprints.size() <= 1) {
            widgets::text(fonts().strong, theme::TEXT, "Program admin's key: " + r.admin_fingerprint);
        } else {
            widgets::text(fonts().strong, theme::TEXT, std::string(r.admin_keys_added ? "An admin key was added. " : "") + "Program admin's keys:");
            for (const std::string& print : r.admin_fingerprints)
                widgets::text(fonts().strong, theme::TEXT, "  " + print);
        }
        widgets::muted(r.admin_fingerprints.size() <= 1
                ? "Compare it with your admin out loud, in person or on a call. If it differs, this file did not come from them: do not use it."
                : "Compare them with your admin out loud, in person or on a call. If one differs, this file did not come from them: do not use it.");
    }
}

void file_entry(const MergedFile& file, float width)
{
    widgets::text(fonts().strong, theme::TEXT, file.name.empty() ? std::string("A file") : quoted(file.name));
    if (!file.refused.empty())
        widgets::message_box(widgets::Tone::Error, "Refused: " + file.refused + ". Nothing was changed.", width);
    else
        merged_file(file, width);
}

}

void merge_report_dialog(MergeReportUi& ui)
{
    if (!begin_dialog("Merge report###merge_report", ui.open, 640))
        return;
    const float width = ImGui::GetContentRegionAvail().x;
    widgets::text(fonts().heading, theme::TEXT, "Merge report");
    const std::size_t refused = static_cast<std::size_t>(std::count_if(ui.files.begin(), ui.files.end(), [](const MergedFile& f) { return !f.refused.empty(); }));
    const std::size_t merged = ui.files.size() - refused;
    std::string summary;
    if (merged > 0)
        summary = std::to_string(merged) + (merged == 1 ? " file merged" : " files merged");
    if (refused > 0)
        summary += summary.empty() ? std::to_string(refused) + (refused == 1 ? " file refused" : " files refused") : ", " + std::to_string(refused) + " refused";
    widgets::muted(summary + ".");
    widgets::gap(8);

    // Long batches scroll inside the dialog, which stays within the page.
    const float limit = std::max(160.0f, ImGui::GetMainViewport()->WorkSize.y - 300);
    const float height = ui.list_height > 0 ? std::min(ui.list_height, limit) : limit;
    ImGui::BeginChild("files", ImVec2(width, height), false, ui.list_height > limit ? 0 : ImGuiWindowFlags_NoScrollbar);
    const float inner = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(0.0f); // the list's right edge
    for (std::size_t i = 0; i < ui.files.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (i > 0) {
            widgets::gap(6);
            ImGui::Separator();
            widgets::gap(6);
        }
        file_entry(ui.files[i], inner);
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
    ui.list_height = ImGui::GetCursorPosY() + 2;
    ImGui::EndChild();

    widgets::gap(12);
    const char* close = "Close##merge_report";
    const float close_width = widgets::button_width(close);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - close_width);
    if (widgets::primary_button(close, ImVec2(close_width, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        ui.open = false;
    end_dialog();
}

}
