// ScoringModel's row and column scoring: the hot loops behind bulk match, the
// command-line tool's scores and every recommendation list.
#include "core/domain/matching/pair_features.h"
#include "core/domain/matching/scoring_model.h"

#include <algorithm>

namespace turnabout::matching {

void ScoringModel::score_row(int mentee, std::span<std::int16_t> out) const
{
    const std::size_t mentors = m_mentors.size();
    if (m_mentee_room[static_cast<std::size_t>(mentee)] == 0) {
        std::fill(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(mentors), EXCLUDED);
        return;
    }
    const std::size_t es = static_cast<std::size_t>(m_mentee_slot[static_cast<std::size_t>(mentee)]);
    std::vector<std::int32_t> sum(mentors);
    bool started = false;

    // Grouped criteria: score each group once, then one table look-up per mentor.
    std::vector<std::int32_t> table;
    std::vector<std::int32_t> part;
    for (const Combo& combo : m_combos) {
        table.assign(static_cast<std::size_t>(combo.size), 0);
        int stride = 1;
        for (std::size_t k = 0; k < combo.criteria.size(); ++k) {
            const Criterion& c = m_criteria[static_cast<std::size_t>(combo.criteria[k])];
            part.resize(c.group_slot.size());
            for (std::size_t g = 0; g < c.group_slot.size(); ++g) {
                int s = similarity(c, es, static_cast<std::size_t>(c.group_slot[g]));
                part[g] = c.weight * s - (s < c.threshold ? PENALTY : 0);
            }
            // Mixed radix: this criterion's digit is (id / stride) % radix, walked in blocks.
            const int radix = combo.radix[k];
            std::int32_t* entry = table.data();
            for (int block = 0; block < combo.size; block += stride * radix) {
                for (int g = 0; g < radix; ++g) {
                    const std::int32_t add = part[static_cast<std::size_t>(g)];
                    for (int t = 0; t < stride; ++t)
                        *entry++ += add;
                }
            }
            stride *= radix;
        }
        // The first table starts the sums from the base: one pass over mentors, not two.
        const std::uint16_t* group = combo.group.data();
        const std::int32_t* row_table = table.data();
        const std::int32_t* base = started ? sum.data() : m_base.data();
        std::int32_t* s = sum.data();
        for (std::size_t j = 0; j < mentors; ++j)
            s[j] = base[j] + row_table[group[j]];
        started = true;
    }
    if (!started)
        std::copy(m_base.begin(), m_base.end(), sum.begin());

    // Set criteria with many different values: only mentors sharing something count.
    // Counts of shared items per mentor, zero between criteria: only touched entries
    // are reset, so a criterion costs what its postings cost, not a pass over mentors.
    std::vector<std::uint16_t> shared(mentors, 0);
    std::vector<std::uint32_t> touched;
    touched.reserve(mentors);
    for (const Criterion& c : m_criteria) {
        if (c.mode == Criterion::Mode::PerPair) {
            for (std::size_t j = 0; j < mentors; ++j) {
                int s = similarity(c, es, static_cast<std::size_t>(m_mentor_slot[j]));
                sum[j] += c.weight * s - (s < c.threshold ? PENALTY : 0);
            }
            continue;
        }
        if (c.mode != Criterion::Mode::Postings)
            continue;
        touched.clear();
        auto count = [&](const std::vector<std::uint32_t>& tokens, const std::vector<std::vector<std::uint32_t>>& postings) {
            for (std::uint32_t t : tokens) {
                for (std::uint32_t j : postings[t]) {
                    if (shared[j]++ == 0)
                        touched.push_back(j);
                }
            }
        };
        const bool skills = c.eval == Criterion::Eval::SkillsBothWays;
        if (skills) {
            count(c.tokens2[es], c.postings);  // what the mentee wants, offered
            count(c.tokens[es], c.postings2);  // what the mentee offers, wanted
        } else {
            count(c.tokens[es], c.postings);
        }
        if (c.threshold > 0) {
            // Everyone below until shown otherwise: a mentor sharing nothing scores 0.
            for (std::size_t j = 0; j < mentors; ++j)
                sum[j] -= PENALTY;
        }
        for (std::uint32_t j : touched) {
            const std::size_t ms = static_cast<std::size_t>(m_mentor_slot[j]);
            int s = 0;
            if (skills)
                s = skills_similarity(shared[j], c.size2[ms] + c.size2[es]);
            else if (c.eval == Criterion::Eval::Text)
                s = text_similarity(shared[j], std::min(c.size[ms], c.size[es]));
            else
                s = overlap_similarity(shared[j], std::min(c.size[ms], c.size[es]));
            sum[j] += c.weight * s + (c.threshold > 0 && s >= c.threshold ? PENALTY : 0);
            shared[j] = 0;
        }
    }

    // Rules about the two together.
    if (m_reverse) {
        const int le = m_level[es];
        for (std::size_t j = 0; j < mentors; ++j) {
            const int lm = m_level[static_cast<std::size_t>(m_mentor_slot[j])];
            // -1: sealed from this reader, not judged here.
            if (le < 0 || lm < 0)
                continue;
            if (le == 0 || lm == 0 || le - lm < m_level_gap)
                sum[j] = OUT_OF_REACH;
        }
    }
    if (int self = m_mentor_of_slot[es]; self >= 0)
        sum[static_cast<std::size_t>(self)] = OUT_OF_REACH;
    for (int slot : m_near[es]) {
        if (int j = m_mentor_of_slot[static_cast<std::size_t>(slot)]; j >= 0)
            sum[static_cast<std::size_t>(j)] = OUT_OF_REACH;
    }
    for (const auto& [slot, rule] : m_blocked[es]) {
        if (int j = m_mentor_of_slot[static_cast<std::size_t>(slot)]; j >= 0)
            sum[static_cast<std::size_t>(j)] = OUT_OF_REACH;
    }
    for (std::size_t j = 0; j < mentors; ++j)
        out[j] = sum[j] < 0 ? EXCLUDED : static_cast<std::int16_t>(m_score_of_sum[static_cast<std::size_t>(sum[j])]);
}

}
