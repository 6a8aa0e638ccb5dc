#include "bench_scores.h"

namespace turnabout::bench {

namespace {

std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

class RandomScores final : public ScoreSource {
public:
    RandomScores(const RandomScoreShape& shape, std::uint64_t seed) : m_shape(shape), m_seed(mix(seed))
    {
        const auto span = static_cast<std::uint64_t>(shape.max_mentor_capacity - shape.min_mentor_capacity + 1);
        for (int j = 0; j < shape.mentors; ++j)
            m_mentor_capacity.push_back(shape.min_mentor_capacity +
                                        static_cast<int>(mix(m_seed ^ (0xC0FFEEull + j)) % span));
    }

    int mentees() const override { return m_shape.mentees; }
    int mentors() const override { return m_shape.mentors; }
    int mentee_capacity(int) const override { return 1; }
    int mentor_capacity(int mentor) const override { return m_mentor_capacity[mentor]; }

    void score_row(int mentee, std::int32_t* row) const override
    {
        const std::uint64_t base = mix(m_seed + 0x9E3779B97F4A7C15ull * (static_cast<std::uint64_t>(mentee) + 1));
        const auto range = static_cast<std::uint64_t>(m_shape.max_score) + 1;
        for (int j = 0; j < m_shape.mentors; ++j) {
            const std::uint64_t h = mix(base + static_cast<std::uint64_t>(j));
            if (static_cast<int>((h >> 40) % 100) < m_shape.ineligible_percent)
                row[j] = INELIGIBLE;
            else
                row[j] = static_cast<std::int32_t>((h & 0xFFFFFFFFFFull) % range);
        }
    }

private:
    RandomScoreShape m_shape;
    std::uint64_t m_seed;
    std::vector<int> m_mentor_capacity;
};

}

std::unique_ptr<ScoreSource> random_scores(const RandomScoreShape& shape, std::uint64_t seed)
{
    return std::make_unique<RandomScores>(shape, seed);
}

}
