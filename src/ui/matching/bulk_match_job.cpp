// Bulk match's running and publishing: the job started from a copy of the program with
// the what-if settings, stepped a few milliseconds per frame, and the commands that
// publish a draft and push each mentee's best mentors.
#include "core/base/date.h"
#include "core/domain/matching/recommendations.h"
#include "core/domain/requests/request_rules.h"
#include "ui/matching/bulk_match_parts.h"
#include "ui/matching/matching_ui.h"

#include <algorithm>
#include <chrono>

namespace turnabout::ui {

namespace {

// A frame's share of work: the page stays responsive at 30 frames a second or more.
constexpr std::chrono::milliseconds STEP_BUDGET{8};
constexpr int STEP_UNITS = 16;

}

void BulkMatchUi::reset(const ProgramId& for_program, const program::MatchTypeId& for_type)
{
    program = for_program;
    match_type = for_type;
    locked.clear();
    excluded.clear();
    what_if_loaded = false;
    job.reset();
    draft.reset();
    previous.reset();
    comparing = false;
    confirm_publish = false;
    message.clear();
}

void start_bulk_match(BulkMatchUi& ui, const ProgramState& state, std::uint64_t revision)
{
    ProgramState copy = state;
    copy.matching.settings = ui.what_if;
    matching::DraftOptions options;
    options.objective = ui.objective;
    options.locked = ui.locked;
    options.excluded = ui.excluded;
    ui.job = std::make_unique<matching::BulkMatchJob>(copy, ui.match_type, std::move(options));
    ui.job_settings = ui.what_if;
    ui.job_revision = revision;
    ui.message.clear();
}

void step_bulk_match(BulkMatchUi& ui)
{
    if (!ui.job)
        return;
    const auto start = std::chrono::steady_clock::now();
    while (!ui.job->run(STEP_UNITS)) {
        if (std::chrono::steady_clock::now() - start > STEP_BUDGET)
            return;
    }
    if (ui.draft)
        ui.previous = std::move(ui.draft);
    ui.draft = ui.job->draft();
    ui.draft_settings = ui.job_settings;
    ui.draft_revision = ui.job_revision;
    ui.job.reset();
}

matching::CreateMatches publish_command(const ViewContext& context, const ProgramState& state, const matching::Draft& draft)
{
    matching::CreateMatches command;
    command.match_type = draft.match_type;
    // The core's term for a match starting today: from the program's first day if it
    // has not begun, to its end.
    const matching::Match term = requests::match_from(state, matching::MatchId{}, draft.match_type, PersonId{}, PersonId{}, context.today);
    command.start = term.start;
    command.end = term.end;
    for (const matching::DraftPair& pair : draft.pairs)
        command.matches.push_back(matching::NewMatch{context.store.new_match_id(), pair.pair.mentor, pair.pair.mentee});
    return command;
}

matching::PushRecommendations push_command(const ProgramState& state, const program::MatchTypeId& type, int count)
{
    matching::PushRecommendations command;
    command.match_type = type;
    command.mentee_mentors = matching::top_mentors_for_everyone(state, type, std::clamp(count, 1, matching::MAX_RECOMMENDATIONS));
    return command;
}

}
