#include "core/optimize/flow_engine.h"

#include "core/optimize/min_heap.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

// The flow network: a unit of mentee capacity flows from its mentee to a mentor (cost
// top score minus the pair's score) and on to the sink, or straight to the sink through
// the mentee's "unmatched" arc. Mentor capacity is the mentor-to-sink arc's capacity.
//
// Potentials p (mentees), q (mentors) and 0 for the sink keep every residual arc's
// reduced cost c + p(from) - p(to) >= 0. After a search that stops when the sink is
// reached at distance D, each node settled at distance d gets d - D added, everything
// else stays: only the settled nodes are touched. It follows that q only falls from 0,
// a mentor with room always has q = 0, a full one q <= 0, every mentee p >= -U, so all
// potentials stay in [-U, 0] and bounded integer types suffice.

namespace turnabout::optimize {

namespace {

template <class Cost>
struct Limits;

// MaxTotalScore (and small MaxPairsThenScore problems): costs and potentials below 2^20.
template <>
struct Limits<std::int32_t> {
    static constexpr std::int32_t BOUND = std::int32_t{1} << 20;
    static constexpr std::int32_t MARK = std::int32_t{1} << 28;  // added to a used pair
    static constexpr std::int32_t INELIGIBLE = std::int32_t{1} << 29;
    static constexpr std::int32_t INF = std::int32_t{1} << 30;
};

// MaxPairsThenScore: the unmatched cost grows with the number of pairs, up to 2^52.
template <>
struct Limits<std::int64_t> {
    static constexpr std::int64_t BOUND = std::int64_t{1} << 53;
    static constexpr std::int64_t MARK = std::int64_t{1} << 58;
    static constexpr std::int64_t INELIGIBLE = std::int64_t{1} << 59;
    static constexpr std::int64_t INF = std::int64_t{1} << 61;
};

// A dense matrix beyond this many bytes is not worth its memory in a browser tab.
constexpr std::int64_t DENSE_BYTES_LIMIT = std::int64_t{64} << 20;

template <class Cost>
class FlowEngine final : public Engine {
    using L = Limits<Cost>;

public:
    FlowEngine(PreparedProblem prepared, Cost unmatched, bool dense)
        : m_n(prepared.mentees), m_m(prepared.mentors), m_dense(dense),
          m_unmatched(unmatched), m_top(prepared.max_score),
          m_pending(std::move(prepared.mentee_capacity)),
          m_cap(std::move(prepared.mentor_capacity)), m_total_units(prepared.units)
    {
        const auto top = static_cast<Cost>(m_top);
        if (m_dense) {
            m_cost.assign(static_cast<std::size_t>(m_n) * m_m, L::INELIGIBLE);
            for (int i = 0; i < m_n; ++i)
                for (std::uint32_t e = prepared.first[i]; e < prepared.first[i + 1]; ++e)
                    m_cost[static_cast<std::size_t>(i) * m_m + prepared.mentor[e]] =
                        top - prepared.score[e];
            m_remaining.resize(m_m);
        } else {
            m_first = std::move(prepared.first);
            m_col = std::move(prepared.mentor);
            m_cost.resize(m_col.size());
            for (std::size_t e = 0; e < m_col.size(); ++e) m_cost[e] = top - prepared.score[e];
        }
        m_p.assign(m_n, 0);
        m_q.assign(m_m, 0);
        m_used.assign(m_m, 0);
        m_slot_first.assign(m_m + 1, 0);
        for (int j = 0; j < m_m; ++j) m_slot_first[j + 1] = m_slot_first[j] + m_cap[j];
        m_slot_mentee.resize(m_slot_first[m_m]);
        m_slot_edge.resize(m_slot_first[m_m]);
        m_dist.assign(m_m, L::INF);
        m_pred.assign(m_m, 0);
        m_pred_edge.assign(m_m, 0);
        m_seen.assign(m_m, 0);
        m_mentee_dist.assign(m_n, 0);
        m_via.assign(m_n, 0);
        m_via_edge.assign(m_n, 0);
        m_mentee_seen.assign(m_n, 0);
        m_mentee_done.assign(m_n, 0);
    }

    bool run(int units) override
    {
        if (!m_initialised) initialise();
        while (units > 0 && m_next < m_n) {
            if (m_pending[m_next] == 0) {
                ++m_next;
                continue;
            }
            augment_from(m_next);
            --m_pending[m_next];
            ++m_done_units;
            --units;
        }
        while (m_next < m_n && m_pending[m_next] == 0) ++m_next;
        return done();
    }

    bool done() const override { return m_initialised && m_next >= m_n; }

    double progress() const override
    {
        if (done()) return 1.0;
        if (m_total_units == 0) return 0.0;
        return static_cast<double>(m_done_units) / static_cast<double>(m_total_units);
    }

    Assignment result() const override
    {
        Assignment out;
        if (!done()) return out;
        for (int j = 0; j < m_m; ++j) {
            for (std::uint32_t s = m_slot_first[j]; s < m_slot_first[j] + m_used[j]; ++s) {
                const Cost c = m_cost[m_slot_edge[s]] - L::MARK;
                out.pairs.emplace_back(m_slot_mentee[s], j);
                out.total_score += m_top - static_cast<std::int64_t>(c);
            }
        }
        std::sort(out.pairs.begin(), out.pairs.end());
        return out;
    }

private:
    struct End {
        bool at_mentor = false;
        int node = -1;  // the mentor with room, or the mentee left unmatched
        Cost dist = 0;
    };

    std::uint32_t dense_edge(int mentee, int mentor) const
    {
        return static_cast<std::uint32_t>(mentee) * static_cast<std::uint32_t>(m_m) +
               static_cast<std::uint32_t>(mentor);
    }

    // JV-style start: each mentee's potential is its cheapest option (row reduction), and
    // its units take tight pairs to mentors with room at once; only the rest need a search.
    void initialise()
    {
        m_initialised = true;
        for (int i = 0; i < m_n; ++i) {
            if (m_pending[i] == 0) continue;
            Cost lowest = m_unmatched;
            if (m_dense) {
                const Cost* row = &m_cost[static_cast<std::size_t>(i) * m_m];
                for (int j = 0; j < m_m; ++j) lowest = std::min(lowest, row[j]);
                for (int j = 0; j < m_m && m_pending[i] > 0; ++j) {
                    if (row[j] == lowest && m_used[j] < m_cap[j]) {
                        add(j, i, dense_edge(i, j));
                        --m_pending[i];
                        ++m_done_units;
                    }
                }
            } else {
                for (std::uint32_t e = m_first[i]; e < m_first[i + 1]; ++e)
                    lowest = std::min(lowest, m_cost[e]);
                for (std::uint32_t e = m_first[i]; e < m_first[i + 1] && m_pending[i] > 0; ++e) {
                    const int j = static_cast<int>(m_col[e]);
                    if (m_cost[e] == lowest && m_used[j] < m_cap[j]) {
                        add(j, i, e);
                        --m_pending[i];
                        ++m_done_units;
                    }
                }
            }
            m_p[i] = -lowest;
            if (lowest == m_unmatched) {
                // Staying unmatched is as cheap as anything: a shortest path of length 0.
                m_done_units += m_pending[i];
                m_pending[i] = 0;
            }
        }
        while (m_next < m_n && m_pending[m_next] == 0) ++m_next;
    }

    void add(int mentor, int mentee, std::uint32_t edge)
    {
        const std::uint32_t s = m_slot_first[mentor] + static_cast<std::uint32_t>(m_used[mentor]++);
        m_slot_mentee[s] = mentee;
        m_slot_edge[s] = edge;
        m_cost[edge] += L::MARK;  // a used pair has no forward residual arc
    }

    void remove(int mentor, std::uint32_t edge)
    {
        const std::uint32_t begin = m_slot_first[mentor];
        const std::uint32_t last = begin + static_cast<std::uint32_t>(--m_used[mentor]);
        std::uint32_t s = begin;
        while (m_slot_edge[s] != edge) ++s;
        m_slot_mentee[s] = m_slot_mentee[last];
        m_slot_edge[s] = m_slot_edge[last];
        m_cost[edge] -= L::MARK;
    }

    void augment_from(int start)
    {
        const End end = m_dense ? search_dense(start) : search_sparse(start);
        const Cost total = end.dist;
        for (int j : m_settled_mentors) m_q[j] += m_dist[j] - total;
        for (int k : m_scanned) m_p[k] += m_mentee_dist[k] - total;

        int mentor = end.node;
        if (!end.at_mentor) {
            const int k = end.node;
            if (k == start) return;
            mentor = m_via[k];
            remove(mentor, m_via_edge[k]);
        }
        for (;;) {
            const int k = m_pred[mentor];
            const std::uint32_t edge = m_dense ? dense_edge(k, mentor) : m_pred_edge[mentor];
            add(mentor, k, edge);
            if (k == start) return;
            mentor = m_via[k];
            remove(mentor, m_via_edge[k]);
        }
    }

    void begin_search(int start)
    {
        ++m_stamp;
        m_scanned.clear();
        m_settled_mentors.clear();
        m_waiting.clear();
        m_mentee_seen[start] = m_stamp;
        m_mentee_dist[start] = 0;
        settle_mentee(start);
    }

    void settle_mentee(int k)
    {
        m_mentee_done[k] = m_stamp;
        m_scanned.push_back(k);
    }

    // Settles full mentor j at distance dj and reaches its mentees back through their
    // used pairs. Such a pair is tight unless its mentee has more capacity than one, so
    // most mentees land at dj and are scanned at once; the others wait() with their
    // distance. Returns how many were scanned.
    template <class Scan, class Wait>
    int reach_mentees(int j, Cost dj, const End& end, Scan&& scan, Wait&& wait)
    {
        m_settled_mentors.push_back(j);
        int scanned = 0;
        const Cost base = dj + m_q[j];
        for (std::uint32_t s = m_slot_first[j]; s < m_slot_first[j] + m_used[j]; ++s) {
            const int k = m_slot_mentee[s];
            if (m_mentee_done[k] == m_stamp) continue;
            const Cost dk = base - (m_cost[m_slot_edge[s]] - L::MARK) - m_p[k];
            if (dk >= end.dist) continue;
            const bool known = m_mentee_seen[k] == m_stamp;
            if (known && dk >= m_mentee_dist[k]) continue;
            m_mentee_seen[k] = m_stamp;
            m_mentee_dist[k] = dk;
            m_via[k] = j;
            m_via_edge[k] = m_slot_edge[s];
            if (dk == dj) {
                settle_mentee(k);
                scan(k, dk);
                ++scanned;
            } else {
                wait(k, dk, known);
            }
        }
        return scanned;
    }

    // Dijkstra over mentors with an O(mentors) array minimum per step, as in dense
    // shortest augmenting path codes: no heap, no indirection through candidate lists.
    End search_dense(int start)
    {
        begin_search(start);
        std::iota(m_remaining.begin(), m_remaining.end(), 0);
        std::fill(m_dist.begin(), m_dist.end(), L::INF);
        int live = m_m;
        End end{false, start, L::INF};
        int arg = 0;
        const auto scan = [&](int k, Cost dk) {
            const Cost leave = dk + m_unmatched + m_p[k];
            if (leave < end.dist) end = End{false, k, leave};
            const Cost base = dk + m_p[k];
            const Cost* row = &m_cost[static_cast<std::size_t>(k) * m_m];
            const Cost* q = m_q.data();
            Cost* dist = m_dist.data();
            int* pred = m_pred.data();
            const int* remaining = m_remaining.data();
            Cost lowest = L::INF;
            int best = 0;
            for (int at = 0; at < live; ++at) {
                const int j = remaining[at];
                const Cost r = base + row[j] - q[j];
                Cost d = dist[j];
                if (r < d) {
                    d = r;
                    dist[j] = r;
                    pred[j] = k;
                }
                if (d < lowest) {
                    lowest = d;
                    best = at;
                }
            }
            arg = best;
        };
        const auto wait = [&](int k, Cost, bool known) {
            if (!known) m_waiting.push_back(k);
        };
        scan(start, 0);
        bool arg_fresh = true;
        for (;;) {
            if (!arg_fresh) {
                Cost lowest = L::INF;
                arg = 0;
                for (int at = 0; at < live; ++at) {
                    const Cost d = m_dist[m_remaining[at]];
                    if (d < lowest) {
                        lowest = d;
                        arg = at;
                    }
                }
                arg_fresh = true;
            }
            const Cost dm = live > 0 ? m_dist[m_remaining[arg]] : L::INF;
            if (!m_waiting.empty()) {
                int nearest = -1;
                Cost dw = L::INF;
                std::size_t kept = 0;
                for (const int k : m_waiting) {
                    if (m_mentee_done[k] == m_stamp) continue;
                    m_waiting[kept++] = k;
                    if (m_mentee_dist[k] < dw) {
                        dw = m_mentee_dist[k];
                        nearest = k;
                    }
                }
                m_waiting.resize(kept);
                if (dw < dm) {
                    if (dw >= end.dist) break;
                    settle_mentee(nearest);
                    scan(nearest, dw);
                    continue;
                }
            }
            if (dm >= end.dist) break;
            const int j = m_remaining[arg];
            if (m_used[j] < m_cap[j]) return End{true, j, dm};
            m_remaining[arg] = m_remaining[--live];
            arg_fresh = reach_mentees(j, dm, end, scan, wait) > 0;
        }
        return end;
    }

    // Dijkstra with a heap; a mentor with room is never queued, it only bounds the
    // search, which stops as soon as nothing queued can beat the best end.
    End search_sparse(int start)
    {
        begin_search(start);
        m_heap.clear();
        End end{false, start, L::INF};
        const auto scan = [&](int k, Cost dk) {
            const Cost leave = dk + m_unmatched + m_p[k];
            if (leave < end.dist) end = End{false, k, leave};
            const Cost base = dk + m_p[k];
            for (std::uint32_t e = m_first[k]; e < m_first[k + 1]; ++e) {
                const auto j = m_col[e];
                const Cost r = base + m_cost[e] - m_q[j];
                if (r >= end.dist) continue;
                if (m_seen[j] == m_stamp && r >= m_dist[j]) continue;
                m_seen[j] = m_stamp;
                m_dist[j] = r;
                m_pred[j] = k;
                m_pred_edge[j] = e;
                if (m_used[j] < m_cap[j])
                    end = End{true, static_cast<int>(j), r};
                else
                    m_heap.push(r, j);
            }
        };
        // Mentees queue after the mentors, as nodes m + k.
        const auto wait = [&](int k, Cost dk, bool) {
            m_heap.push(dk, static_cast<std::uint32_t>(m_m + k));
        };
        scan(start, 0);
        while (!m_heap.empty()) {
            const auto top = m_heap.top();
            if (top.key >= end.dist) break;
            m_heap.pop();
            // Pushes only ever lower a distance, so an entry that is not the node's
            // distance is stale, and a settled node's distance never changes again.
            if (top.node >= static_cast<std::uint32_t>(m_m)) {
                const int k = static_cast<int>(top.node) - m_m;
                if (m_mentee_done[k] == m_stamp || top.key != m_mentee_dist[k]) continue;
                settle_mentee(k);
                scan(k, top.key);
                continue;
            }
            const auto j = static_cast<int>(top.node);
            if (top.key != m_dist[j]) continue;
            reach_mentees(j, top.key, end, scan, wait);
        }
        return end;
    }

    int m_n;
    int m_m;
    bool m_dense;
    Cost m_unmatched;
    std::int32_t m_top;
    std::vector<int> m_pending;  // units of each mentee still to place
    std::vector<int> m_cap;
    std::int64_t m_total_units;
    std::int64_t m_done_units = 0;
    int m_next = 0;
    bool m_initialised = false;

    std::vector<Cost> m_cost;  // dense: mentees x mentors; sparse: per candidate
    std::vector<std::uint32_t> m_first;
    std::vector<std::uint32_t> m_col;
    std::vector<Cost> m_p;
    std::vector<Cost> m_q;
    std::vector<int> m_used;
    std::vector<std::uint32_t> m_slot_first;  // each mentor's mentees, m_used[j] of them
    std::vector<int> m_slot_mentee;
    std::vector<std::uint32_t> m_slot_edge;

    // Search state, valid where the stamp matches.
    std::uint32_t m_stamp = 0;
    std::vector<Cost> m_dist;
    std::vector<int> m_pred;
    std::vector<std::uint32_t> m_pred_edge;
    std::vector<std::uint32_t> m_seen;
    std::vector<Cost> m_mentee_dist;
    std::vector<int> m_via;
    std::vector<std::uint32_t> m_via_edge;
    std::vector<std::uint32_t> m_mentee_seen;
    std::vector<std::uint32_t> m_mentee_done;
    std::vector<int> m_waiting;  // dense search: mentees reached but not yet settled
    std::vector<int> m_scanned;
    std::vector<int> m_settled_mentors;
    std::vector<int> m_remaining;
    MinHeap<Cost> m_heap;
};

bool choose_dense(const PreparedProblem& prepared, std::size_t cost_bytes)
{
    const auto cells = static_cast<std::int64_t>(prepared.mentees) * prepared.mentors;
    if (cells == 0 || cells * static_cast<std::int64_t>(cost_bytes) > DENSE_BYTES_LIMIT)
        return false;
    return static_cast<std::int64_t>(prepared.mentor.size()) * 4 >= cells;
}

template <class Cost>
std::unique_ptr<Engine> make_typed(PreparedProblem prepared, Cost unmatched, Layout layout)
{
    bool dense = layout == Layout::Dense;
    if (layout == Layout::Auto) dense = choose_dense(prepared, sizeof(Cost));
    return std::make_unique<FlowEngine<Cost>>(std::move(prepared), unmatched, dense);
}

}

std::unique_ptr<Engine> make_engine(PreparedProblem prepared, Objective objective, Layout layout)
{
    const std::int64_t top = prepared.max_score;
    if (objective == Objective::MaxTotalScore) {
        // Staying unmatched costs what a pair of score 0 would.
        return make_typed<std::int32_t>(std::move(prepared), static_cast<std::int32_t>(top), layout);
    }
    // Leaving a unit unmatched must cost more than any score difference among
    // assignments with one pair more: more than max_pairs * top.
    const std::int64_t unmatched = prepared.max_pairs * top + 1;
    if (unmatched <= Limits<std::int32_t>::BOUND)
        return make_typed<std::int32_t>(std::move(prepared), static_cast<std::int32_t>(unmatched), layout);
    return make_typed<std::int64_t>(std::move(prepared), unmatched, layout);
}

}
