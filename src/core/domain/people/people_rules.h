// Rules of the people feature: who may add, edit and remove people, and what a
// valid person is. Depends on: core/domain/state.h, program rules, match_life rules
// (a removal ends the person's matches).
#pragma once

#include <span>

#include "core/base/result.h"
#include "core/domain/people/person.h"
#include "core/domain/event.h"
#include "core/domain/event_list.h"
#include "core/domain/state.h"

#include <vector>

namespace turnabout::people {

// Trims every field; what decide stores is what a person meant.
PersonDetails normalized(const PersonDetails& details);
// `sealed`: the fields the event seals (blank in `details`).
Status validate_details(const PersonDetails& details, std::span<const privacy::SealedFields> sealed = {});

// decide: one overload per command of the feature (core/domain/decide.cpp dispatches).
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const AddPerson& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const UpdatePerson& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const RemovePerson& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const JoinProgram& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ApproveRegistration& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const DeclineRegistration& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const UpdateProfile& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const UpdateAnswers& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const SetPaused& command);

Status check(const ProgramState& state, const ActorId& author, const PersonAdded& event);
Status check(const ProgramState& state, const ActorId& author, const PersonUpdated& event);
Status check(const ProgramState& state, const ActorId& author, const PersonRemoved& event);
Status check(const ProgramState& state, const ActorId& author, const RegistrationSubmitted& event);
Status check(const ProgramState& state, const ActorId& author, const RegistrationApproved& event);
Status check(const ProgramState& state, const ActorId& author, const RegistrationDeclined& event);
Status check(const ProgramState& state, const ActorId& author, const ProfileUpdated& event);
Status check(const ProgramState& state, const ActorId& author, const AnswersUpdated& event);
Status check(const ProgramState& state, const ActorId& author, const PausedChanged& event);

void apply_checked(ProgramState& state, const EventContext& context, const PersonAdded& event);
void apply_checked(ProgramState& state, const EventContext& context, const PersonUpdated& event);
void apply_checked(ProgramState& state, const EventContext& context, const PersonRemoved& event);
void apply_checked(ProgramState& state, const EventContext& context, const RegistrationSubmitted& event);
void apply_checked(ProgramState& state, const EventContext& context, const RegistrationApproved& event);
void apply_checked(ProgramState& state, const EventContext& context, const RegistrationDeclined& event);
void apply_checked(ProgramState& state, const EventContext& context, const ProfileUpdated& event);
void apply_checked(ProgramState& state, const EventContext& context, const AnswersUpdated& event);
void apply_checked(ProgramState& state, const EventContext& context, const PausedChanged& event);

Profile normalized(const Profile& profile);
Status validate_profile(const ProgramState& state, const PersonId& self, const Profile& profile);
// Whether the program's registration settings let a participant choose `role`.
Status check_role_open(const ProgramState& state, Role role);
// The admin, or the person themselves.
Status check_self_or_admin(const ProgramState& state, const ActorId& author, const PersonId& person);
// `email_key`: the key of a sealed email (blank in `details`).
Status check_email_free(const ProgramState& state, const PersonDetails& details, const PersonId& self, std::string_view email_key = {});

}
