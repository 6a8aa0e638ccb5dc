#include "ui/privacy/readers_note.h"

#include "core/domain/privacy/person_fields.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace turnabout::ui {

std::string readers_sentence(privacy::Readers readers)
{
    const std::string partner = "your match partner";
    switch (readers) {
    case privacy::Readers::Everyone:
        return "Everyone in the program sees this";
    case privacy::Readers::PartnerAndAdmin:
        return "Only " + partner + " (once matched) and the program's admin see this";
    case privacy::Readers::AdminOnly:
        return "Only the program's admin sees this";
    }
    return "Only the program's admin sees this";
}

void readers_note(const ProgramState& state, std::string_view field)
{
    readers_line(privacy::readers_of(state, field));
}

void readers_line(privacy::Readers readers)
{
    ImGui::PushFont(fonts().small);
    ImGui::PushTextWrapPos(0.0f);
    widgets::text(fonts().small, readers == privacy::Readers::Everyone ? theme::MUTED : theme::ACCENT, readers_sentence(readers));
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

}
