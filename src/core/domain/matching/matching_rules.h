// Rules of the matching feature: who may change matching settings, create matches,
// exclude pairs, favorite people and push recommendations, and what each is allowed
// to contain. Depends on: core/domain/state.h, program and people rules.
#pragma once

#include "core/base/result.h"
#include "core/domain/event.h"
#include "core/domain/event_list.h"
#include "core/domain/matching/matching.h"
#include "core/domain/state.h"

#include <vector>

namespace turnabout::matching {

// decide: one overload per command of the feature (core/domain/decide.cpp dispatches).
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ChangeMatchingSettings& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const CreateMatches& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const ExcludePair& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const SetFavorite& command);
Result<EventList> decide_command(const ProgramState& state, const ActorId& actor, const PushRecommendations& command);

Status validate_settings(const ProgramState& state, const MatchingSettings& settings);

Status check(const ProgramState& state, const ActorId& author, const MatchingSettingsChanged& event);
Status check(const ProgramState& state, const ActorId& author, const MatchesCreated& event);
Status check(const ProgramState& state, const ActorId& author, const PairExcluded& event);
Status check(const ProgramState& state, const ActorId& author, const FavoriteSet& event);
Status check(const ProgramState& state, const ActorId& author, const RecommendationsPushed& event);

void apply_checked(ProgramState& state, const EventContext& context, const MatchingSettingsChanged& event);
void apply_checked(ProgramState& state, const EventContext& context, const MatchesCreated& event);
void apply_checked(ProgramState& state, const EventContext& context, const PairExcluded& event);
void apply_checked(ProgramState& state, const EventContext& context, const FavoriteSet& event);
void apply_checked(ProgramState& state, const EventContext& context, const RecommendationsPushed& event);

}
