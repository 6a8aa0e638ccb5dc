#include "ui/people/remove_person_dialog.h"

#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace turnabout::ui {

namespace {

// What the removal ends besides: the person's active matches, whose other people are told.
std::string matches_ending(const ProgramState* state, const PersonId& person)
{
    if (!state || !state->program)
        return {};
    std::size_t active = 0;
    for (const auto& [id, match] : state->matching.matches)
        active += match.state == matching::MatchState::Active && (match.mentor == person || match.mentee == person);
    if (active == 0)
        return {};
    const program::Program& p = *state->program;
    if (active == 1)
        return " Their active " + term(p, Word::Connection) + " ends now, and the other person is told they left.";
    return " Their " + std::to_string(active) + " active " + term(p, Word::Connection, Plural::Many) + " end now, and the other person of each is told they left.";
}

}

void remove_person_dialog(const ViewContext& context, const ProgramId& program, RemovePersonUi& ui, ActionQueue& actions)
{
    if (!begin_dialog("Remove person###remove_person_dialog", ui.open, 480))
        return;

    widgets::text(fonts().heading, theme::TEXT, "Remove " + ui.name + "?");
    widgets::gap(4);
    widgets::wrapped(ui.name + " will no longer be part of this program. "
                               "Their earlier history stays in the program's record."
            + matches_ending(context.store.program(program), ui.person),
        theme::MUTED);
    const float width = ImGui::GetContentRegionAvail().x;
    if (!ui.error.empty()) {
        widgets::gap(6);
        widgets::message_box(widgets::Tone::Error, ui.error, width);
    }
    widgets::gap(12);

    const char* confirm = "Remove person##confirm";
    const auto [cancel, confirmed] = cancel_confirm_row("Cancel", confirm, ConfirmStyle::Danger, context.read_only, width);

    if (cancel)
        ui.open = false;
    else if (confirmed)
        actions.push(RemovePersonAction{program, ui.person});
    end_dialog();
}

}
