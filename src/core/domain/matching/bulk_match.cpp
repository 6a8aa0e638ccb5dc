#include "core/domain/matching/bulk_match.h"

#include "core/domain/matching/explain.h"
#include "core/domain/matching/scoring_model.h"
#include "core/optimize/assignment.h"

#include <algorithm>
#include <map>
#include <optional>

namespace turnabout::matching {

namespace {

// Why a mentee the optimum left unmatched stayed so, in words.
std::string unmatched_reason(const ScoringModel& model, int mentee, const std::vector<std::int16_t>& row, int eligible_mentors, bool any_points)
{
    if (model.mentee_room(mentee) == 0)
        return "paused: not taking requests";
    if (eligible_mentors > 0 && !any_points)
        return "the eligible mentors (" + std::to_string(eligible_mentors) + ") share nothing with them (score 0)";
    if (eligible_mentors > 0)
        return "every eligible mentor (" + std::to_string(eligible_mentors) + ") was worth more to others";
    // No eligible mentor at all: name the rule that excludes the most.
    std::map<ExclusionRule, int> by_rule;
    for (std::size_t j = 0; j < row.size(); ++j) {
        if (row[j] != EXCLUDED)
            continue;
        if (auto e = model.exclusion(mentee, static_cast<int>(j)))
            ++by_rule[e->rule];
    }
    if (by_rule.empty())
        return "no mentors in this match type";
    std::vector<std::pair<int, ExclusionRule>> counts;
    for (const auto& [rule, count] : by_rule)
        counts.emplace_back(-count, rule);
    std::sort(counts.begin(), counts.end());
    std::string text = "no eligible mentor: ";
    for (std::size_t k = 0; k < counts.size(); ++k)
        text += (k ? ", " : "") + std::to_string(-counts[k].first) + " " + std::string(exclusion_rule_phrase(counts[k].second));
    return text;
}

}

struct BulkMatchJob::Impl {
    ProgramState state;
    program::MatchTypeId match_type;
    DraftOptions options;
    const program::MatchType* type = nullptr;
    std::optional<ScoringModel> model;
    std::vector<std::vector<std::int16_t>> rows;
    std::size_t scored = 0;
    std::vector<int> mentor_room;
    std::vector<int> mentee_room;
    std::vector<DraftPair> locked_pairs;
    std::optional<optimize::AssignmentSolver> solver;
    Draft draft;
    bool finished = false;

    void start_solver();
    void finish();
};

void BulkMatchJob::Impl::start_solver()
{
    const ScoringModel& m = *model;
    std::size_t mentees = m.mentees().size();
    std::size_t mentors = m.mentors().size();
    for (std::size_t j = 0; j < mentors; ++j)
        mentor_room.push_back(m.mentor_room(static_cast<int>(j)));
    for (std::size_t i = 0; i < mentees; ++i)
        mentee_room.push_back(m.mentee_room(static_cast<int>(i)));
    // Locked pairs first: they take their places before the optimum is sought.
    for (const PairKey& pair : options.locked) {
        auto i = m.mentee_index(pair.mentee);
        auto j = m.mentor_index(pair.mentor);
        if (!i || !j)
            continue;
        std::int16_t s = rows[static_cast<std::size_t>(*i)][static_cast<std::size_t>(*j)];
        if (s == EXCLUDED || mentor_room[static_cast<std::size_t>(*j)] == 0 || mentee_room[static_cast<std::size_t>(*i)] == 0) {
            auto why = m.exclusion(*i, *j);
            draft.problems.push_back("Locked pair " + m.mentors()[static_cast<std::size_t>(*j)]->details.name + " and " + m.mentees()[static_cast<std::size_t>(*i)]->details.name + " is not possible: " + (why ? why->reason : std::string("no place left")));
            continue;
        }
        --mentor_room[static_cast<std::size_t>(*j)];
        --mentee_room[static_cast<std::size_t>(*i)];
        rows[static_cast<std::size_t>(*i)][static_cast<std::size_t>(*j)] = EXCLUDED; // not twice
        locked_pairs.push_back(DraftPair{pair, s, true});
    }
    for (const PairKey& pair : options.excluded) {
        auto i = m.mentee_index(pair.mentee);
        auto j = m.mentor_index(pair.mentor);
        if (i && j)
            rows[static_cast<std::size_t>(*i)][static_cast<std::size_t>(*j)] = EXCLUDED;
    }
    optimize::AssignmentProblem problem;
    problem.mentee_capacity = mentee_room;
    problem.mentor_capacity = mentor_room;
    problem.first.push_back(0);
    for (std::size_t i = 0; i < mentees; ++i) {
        if (mentee_room[i] > 0) {
            for (std::size_t j = 0; j < mentors; ++j) {
                std::int16_t s = rows[i][j];
                if (s != EXCLUDED && mentor_room[j] > 0) {
                    problem.mentor.push_back(static_cast<std::uint32_t>(j));
                    problem.score.push_back(s);
                }
            }
        }
        problem.first.push_back(static_cast<std::uint32_t>(problem.mentor.size()));
    }
    solver.emplace(std::move(problem), options.objective == Objective::MaxTotalScore ? optimize::Objective::MaxTotalScore : optimize::Objective::MaxPairsThenScore);
}

void BulkMatchJob::Impl::finish()
{
    const ScoringModel& m = *model;
    optimize::Assignment result = solver->result();
    draft.match_type = match_type;
    draft.pairs = locked_pairs;
    draft.total_score = 0;
    std::vector<int> mentee_pairs(m.mentees().size(), 0);
    std::vector<int> mentor_pairs(m.mentors().size(), 0);
    for (const DraftPair& p : locked_pairs) {
        ++mentee_pairs[static_cast<std::size_t>(*m.mentee_index(p.pair.mentee))];
        ++mentor_pairs[static_cast<std::size_t>(*m.mentor_index(p.pair.mentor))];
    }
    for (const auto& [i, j] : result.pairs) {
        const auto s = rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
        draft.pairs.push_back(DraftPair{PairKey{m.mentors()[static_cast<std::size_t>(j)]->id, m.mentees()[static_cast<std::size_t>(i)]->id}, s, false});
        ++mentee_pairs[static_cast<std::size_t>(i)];
        ++mentor_pairs[static_cast<std::size_t>(j)];
    }
    for (const DraftPair& p : draft.pairs)
        draft.total_score += p.score;
    std::sort(draft.pairs.begin(), draft.pairs.end(), [](const DraftPair& a, const DraftPair& b) { return std::tie(a.pair.mentee, a.pair.mentor) < std::tie(b.pair.mentee, b.pair.mentor); });
    for (std::size_t i = 0; i < m.mentees().size(); ++i) {
        // Mentees already matched in this match type are not waiting for anyone.
        if (mentee_pairs[i] > 0 || (m.mentee_room(static_cast<int>(i)) == 0 && !m.mentees()[i]->profile.paused))
            continue;
        int eligible = 0;
        bool any_points = false;
        for (std::size_t j = 0; j < m.mentors().size(); ++j) {
            bool open = rows[i][j] != EXCLUDED && m.mentor_room(static_cast<int>(j)) > 0;
            eligible += open;
            any_points |= open && rows[i][j] > 0;
        }
        draft.unmatched_mentees.push_back(Unmatched{m.mentees()[i]->id, unmatched_reason(m, static_cast<int>(i), rows[i], eligible, any_points)});
    }
    for (std::size_t j = 0; j < m.mentors().size(); ++j) {
        int room = m.mentor_room(static_cast<int>(j)) - mentor_pairs[j];
        if (room > 0)
            draft.unmatched_mentors.push_back(Unmatched{m.mentors()[j]->id, std::to_string(room) + " place" + (room == 1 ? "" : "s") + " left"});
    }
    finished = true;
    rows.clear();
    solver.reset();
}

BulkMatchJob::BulkMatchJob(const ProgramState& state, const program::MatchTypeId& match_type, DraftOptions options)
    : m_impl(std::make_unique<Impl>())
{
    Impl& impl = *m_impl;
    impl.state = state;
    impl.match_type = match_type;
    impl.options = std::move(options);
    impl.draft.match_type = match_type;
    impl.type = impl.state.program ? impl.state.program->match_type(match_type) : nullptr;
    if (!impl.type) {
        impl.draft.problems.push_back("This match type is not in the program.");
        impl.finished = true;
        return;
    }
    impl.model.emplace(impl.state, *impl.type);
    impl.rows.resize(impl.model->mentees().size());
}

BulkMatchJob::~BulkMatchJob() = default;
BulkMatchJob::BulkMatchJob(BulkMatchJob&&) noexcept = default;
BulkMatchJob& BulkMatchJob::operator=(BulkMatchJob&&) noexcept = default;

bool BulkMatchJob::run(int units)
{
    Impl& impl = *m_impl;
    if (impl.finished)
        return true;
    if (impl.scored < impl.rows.size()) {
        // Scoring a mentee's row is about as much work as a solver step on it.
        for (int n = 0; n < units && impl.scored < impl.rows.size(); ++n, ++impl.scored) {
            auto& row = impl.rows[impl.scored];
            row.resize(impl.model->mentors().size());
            impl.model->score_row(static_cast<int>(impl.scored), row);
        }
        return false;
    }
    if (!impl.solver)
        impl.start_solver();
    if (impl.solver->run(units))
        impl.finish();
    return impl.finished;
}

bool BulkMatchJob::done() const
{
    return m_impl->finished;
}

double BulkMatchJob::progress() const
{
    const Impl& impl = *m_impl;
    if (impl.finished)
        return 1.0;
    double scoring = impl.rows.empty() ? 1.0 : static_cast<double>(impl.scored) / static_cast<double>(impl.rows.size());
    double solving = impl.solver ? impl.solver->progress() : 0.0;
    return 0.3 * scoring + 0.7 * solving;
}

const Draft& BulkMatchJob::draft() const
{
    return m_impl->draft;
}

Draft bulk_match(const ProgramState& state, const program::MatchTypeId& match_type, const DraftOptions& options)
{
    BulkMatchJob job(state, match_type, options);
    while (!job.run(1 << 16)) {
    }
    return job.draft();
}

}
