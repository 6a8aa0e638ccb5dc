// The merge report: what each file opened together did (refused with the reason, or
// what it added, already had, holds back and resolved), shown as one dialog.
// Depends on: app/store (ImportReport), Dear ImGui.
#pragma once

#include "app/store.h"

#include <string>
#include <vector>

namespace turnabout::ui {

// One file of the batch: refused (nothing changed) or merged with its report.
struct MergedFile {
    std::string name;
    std::string refused; // why nothing was changed; empty when the file was merged
    ImportReport report;
};

struct MergeReportUi {
    bool open = false;
    std::vector<MergedFile> files; // the latest batch, in the order the files arrived
    // The list's height last frame: the dialog is as tall as its content, up to a
    // limit past which the list scrolls.
    float list_height = 0;
};

void merge_report_dialog(MergeReportUi& ui);

}
