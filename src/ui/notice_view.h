// A dismissible banner with the outcome of something the person did that has no
// dialog of its own: opening a program file, loading the demo, exporting.
// Depends on: ui/widgets.
#pragma once

#include "ui/widgets.h"

#include <string>

namespace turnabout::ui {

struct NoticeUi {
    bool shown = false;
    widgets::Tone tone = widgets::Tone::Info;
    std::string text;

    void show(widgets::Tone new_tone, std::string new_text)
    {
        shown = true;
        tone = new_tone;
        text = std::move(new_text);
    }
};

void notice_view(NoticeUi& ui, float width);

}
