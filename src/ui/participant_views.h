// The participant side's screens: joining a program, one's own profile, the inbox, and
// the person picker ("who is using Turnabout?"). Owned by the participant side: the Ui
// structs here grow whatever those views need; app_view.cpp only calls the functions.
// Each Ui struct keeps a CommandOutcome `outcome` (apply_actions.cpp delivers
// RunCommandAction results for ResultTarget::Join/Profile/Inbox/PersonPicker there),
// and PersonPickerUi keeps `open` (the top bar opens the picker by setting it).
// Depends on: ui/actions, ui/navigation, ui/view_context.
#pragma once

#include "core/domain/inbox/inbox.h"
#include "ui/actions.h"
#include "ui/navigation.h"
#include "ui/view_context.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace turnabout::ui {

// Joining: role, details and the questionnaire on one page; after submitting, the
// "awaiting approval" or welcome screen for the person who joined.
struct JoinUi {
    ProgramId program;           // the program the form was started for
    bool role_chosen = false;
    people::Role role = people::Role::Mentee;
    people::PersonDetails details;
    people::Answers answers;
    std::string error;           // the core's reason the last submission was refused
    Sent<PersonId> submitted;    // the registration awaiting its outcome, with the new id
    PersonId joined;             // set once the registration was recorded
    CommandOutcome outcome;

    // A fresh, empty form for `program`.
    void start(const ProgramId& for_program);
};

// What the profile screen saves: details and profile fields, answers, or the pause switch.
enum class ProfilePart { Profile, Answers, Pause };

// One's own profile: details, profile fields, questionnaire answers and the pause
// switch, edited on a copy loaded from the program and saved together.
struct ProfileUi {
    PersonId loaded_for;         // whose copy the fields hold; empty: load again
    std::uint64_t loaded_revision = 0;
    people::PersonDetails details;
    people::Profile profile;
    people::Answers answers;
    std::string offered_input, wanted_input, interests_input; // tag fields being typed
    std::string manager_search;
    std::string error;
    std::string saved_message;
    Sent<ProfilePart> pending;   // what awaits its outcome
    bool answers_pending = false; // answers still to send after the profile was saved
    CommandOutcome outcome;
};

// The inbox. Opening it records that the person has read everything in it (an event
// of theirs, so the unread count follows them to every device); what was unread when
// it opened keeps its "New" mark while it stays open.
struct InboxUi {
    PersonId shown_for;
    int last_frame = -10;
    std::set<std::string> fresh; // keys of the items unread when the inbox opened
    inbox::InboxTopic topic = inbox::InboxTopic::Everything; // what the list is narrowed to
    // "Copy as email": the item's mailto: link, shown in a dialog.
    bool copy_open = false;
    std::string copy_title;
    std::string copy_link;
    CommandOutcome outcome;
};

struct PersonPickerUi {
    bool open = false;
    ProgramId program; // the program whose people are offered
    std::string search;
    CommandOutcome outcome;
};

// `user`: the confirmation after joining shows only while the new person is the user.
void join_view(const ViewContext& context, const ProgramId& program, const CurrentUser& user, JoinUi& ui, ActionQueue& actions);
void profile_view(const ViewContext& context, const ProgramId& program, const PersonId& person, ProfileUi& ui, ActionQueue& actions);
void inbox_view(const ViewContext& context, const ProgramId& program, const PersonId& person, InboxUi& ui, ActionQueue& actions);
// A dialog (open while ui.open): choosing a person sets `user` to that person.
void person_picker(const ViewContext& context, PersonPickerUi& ui, CurrentUser& user, ActionQueue& actions);
// How many inbox items the person has not read yet, for the navigation's badge.
std::size_t inbox_unread(const ViewContext& context, const ProgramId& program, const PersonId& person);
// The "Copy as email" dialog, over any screen.
void inbox_dialogs(InboxUi& ui, ActionQueue& actions);

}
