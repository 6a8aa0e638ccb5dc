// The dialogs of a match's life, from My matches: propose an extension (a new end and
// a note the two people and the admin read), mark completed, end early (a reason the
// two people and the admin read), and ask the admin confidentially to be reassigned
// (only the admin reads who asked and the note). Each promise names its readers.
#include "core/domain/matching/matching.h"
#include "ui/date_text.h"
#include "ui/dialog_frame.h"
#include "ui/fonts.h"
#include "ui/match_life/match_life_ui.h"
#include "ui/requests/requests_parts.h"
#include "ui/terms.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

namespace turnabout::ui {

namespace {

const char* title(MatchAction action)
{
    switch (action) {
    case MatchAction::Extend: return "Propose an extension###match_dialog";
    case MatchAction::Complete: return "Mark completed###match_dialog";
    case MatchAction::EndEarly: return "End early###match_dialog";
    case MatchAction::Reassign: return "Ask to be reassigned###match_dialog";
    }
    return "###match_dialog";
}

void focus_once(MatchDialogUi& d)
{
    if (d.just_opened) {
        ImGui::SetKeyboardFocusHere();
        d.just_opened = false;
    }
}

}

namespace {

// The command the dialog's confirmation sends, with what the notice says.
void send(const ViewContext& context, const ProgramId& id, const program::Program& p, const matching::Match& match, const PersonId& self,
    MatchDialogUi& d, ActionQueue& actions)
{
    const std::string connection = term(p, Word::Connection);
    const ActorId as = people::actor_of(self);
    switch (d.action) {
    case MatchAction::Extend: {
        const Date new_end = parse_iso_date(d.new_end).value_or(match.end);
        d.ticket = Ticket::next();
        actions.push(RunCommandAction{id, as, match_life::ProposeExtension{match.id, new_end, d.note, context.today},
            "Proposed to extend to " + long_date(new_end) + ": " + d.partner + " is asked to agree.", ResultTarget::Requests, d.ticket});
        break;
    }
    case MatchAction::Complete:
        d.ticket = Ticket::next();
        actions.push(RunCommandAction{id, as, match_life::EndMatch{match.id, true, "", context.today},
            "Marked your " + connection + " with " + d.partner + " completed.", ResultTarget::Requests, d.ticket});
        break;
    case MatchAction::EndEarly:
        d.ticket = Ticket::next();
        actions.push(RunCommandAction{id, as, match_life::EndMatch{match.id, false, d.note, context.today},
            "Ended your " + connection + " with " + d.partner + ".", ResultTarget::Requests, d.ticket});
        break;
    case MatchAction::Reassign:
        d.ticket = Ticket::next();
        actions.push(RunCommandAction{id, as, match_life::AskReassignment{match.id, self, d.note, context.today},
            "Your request is for the program's admin, and only for them: it reaches them with your next changes. Your " + connection + " with "
                + d.partner + " goes on until the admin ends it.",
            ResultTarget::Requests, d.ticket});
        break;
    }
}

}

void match_dialog(const ViewContext& context, const ProgramId& id, const ProgramState& state, const PersonId& self, RequestsUi& ui,
    ActionQueue& actions)
{
    MatchDialogUi& d = ui.match;
    if (d.open && !d.ticket.empty() && ui.outcome.succeeded(d.ticket))
        d.open = false;
    auto found = state.matching.matches.find(d.match);
    if (d.open && (found == state.matching.matches.end() || !state.program))
        d.open = false;
    if (!begin_dialog(title(d.action), d.open, 580))
        return;
    const program::Program& p = *state.program;
    const matching::Match& match = found->second;
    const std::string connection = term(p, Word::Connection);
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

    std::string confirm;
    bool danger = false;
    std::string problem; // what stops sending, in words
    switch (d.action) {
    case MatchAction::Extend:
        widgets::text(fonts().heading, theme::TEXT, "Extend your " + connection + " with " + d.partner + "?");
        widgets::muted("It now ends on " + long_date(match.end) + ". " + d.partner
            + " is asked to agree; the end moves once you both have. At most one year beyond the current end.");
        widgets::gap(6);
        widgets::text(fonts().strong, theme::TEXT, "New end");
        ImGui::SetNextItemWidth(200);
        focus_once(d);
        ImGui::InputTextWithHint("##extension_end", "YYYY-MM-DD", &d.new_end);
        problem = date_problem("New end", d.new_end);
        if (!problem.empty())
            widgets::text(fonts().small, theme::DANGER, problem);
        widgets::gap(4);
        widgets::text(fonts().strong, theme::TEXT, "Note for " + d.partner + " (optional)");
        widgets::muted("Seen only by the two of you and the program's admin.");
        ImGui::InputTextMultiline("##extension_note", &d.note, ImVec2(width, 80));
        confirm = "Send proposal";
        break;
    case MatchAction::Complete:
        widgets::text(fonts().heading, theme::TEXT, "Mark your " + connection + " with " + d.partner + " completed?");
        widgets::muted("It ends today for both of you, as done, and stays in your history. " + d.partner + " is told.");
        confirm = "Mark completed##confirm";
        break;
    case MatchAction::EndEarly:
        widgets::text(fonts().heading, theme::TEXT, "End your " + connection + " with " + d.partner + " early?");
        widgets::muted(d.partner + " is told that it ended. Your reason is seen only by the two of you and the program's admin. It cannot be undone.");
        widgets::gap(6);
        widgets::text(fonts().strong, theme::TEXT, "Reason (required)");
        focus_once(d);
        ImGui::InputTextMultiline("##end_reason", &d.note, ImVec2(width, 90));
        confirm = "End " + connection;
        danger = true;
        break;
    case MatchAction::Reassign:
        widgets::text(fonts().heading, theme::TEXT, "Ask to be reassigned");
        widgets::text("This is confidential. Only the program's admin reads that you asked, and your note: it is sealed to them and to you. "
            + d.partner + " never reads who asked, nor why. Nobody is blamed.");
        widgets::gap(2);
        widgets::muted("Your " + connection + " goes on until the admin ends it; then you both read only that it ended, and the admin finds "
                       "each of you someone new with the matching tools.");
        widgets::gap(6);
        widgets::text(fonts().strong, theme::TEXT, "Note for the admin (optional)");
        focus_once(d);
        ImGui::InputTextMultiline("##reassign_note", &d.note, ImVec2(width, 90));
        confirm = "Ask confidentially";
        danger = true;
        break;
    }
    ImGui::PopTextWrapPos();
    if (!d.ticket.empty() && ui.outcome.refused(d.ticket)) {
        widgets::gap(4);
        widgets::message_box(widgets::Tone::Error, ui.outcome.error, width);
    }
    widgets::gap(10);
    const auto [cancel, confirmed] = cancel_confirm_row("Cancel##match", confirm.c_str(), danger ? ConfirmStyle::Danger : ConfirmStyle::Primary,
        context.read_only || !problem.empty(), width);
    if (cancel) {
        d.open = false;
    } else if (confirmed) {
        send(context, id, p, match, self, d, actions);
    }
    end_dialog();
}

}
