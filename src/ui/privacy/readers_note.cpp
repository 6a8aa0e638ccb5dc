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
    readers_line(privacy::readers_of(state, field), true);
}

void readers_line(privacy::Readers readers, bool under_field)
{
    ImGui::PushFont(fonts().small);
    // Under a field, as wide as the field: a column's line stays in its column.
    const float field_right = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX();
    ImGui::PushTextWrapPos(under_field && field_right > ImGui::GetCursorPosX() + 80 ? field_right : 0.0f);
    widgets::text(fonts().small, readers == privacy::Readers::Everyone ? theme::MUTED : theme::ACCENT, readers_sentence(readers));
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

}
