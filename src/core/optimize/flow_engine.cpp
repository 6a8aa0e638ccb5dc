#include "core/optimize/flow_engine.h"

#include "core/optimize/radix_heap.h"

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

// Pair costs are stored in 32 bits (0..2^20); a used pair is marked by adding MARK so
// that it leaves every search without a branch. Potentials and distances use Cost.
using PairCost = std::int32_t;
constexpr PairCost MARK = PairCost{1} << 28;

template <class Cost>
struct Limits;

// MaxTotalScore (and small MaxPairsThenScore problems): potentials within 2^20.
template <>
struct Limits<std::int32_t> {
    static constexpr std::int32_t BOUND = std::int32_t{1} << 20;
    static constexpr std::int32_t INF = std::int32_t{1} << 30;
    static std::int32_t widen(PairCost c) { return c; }
};

// MaxPairsThenScore: the unmatched cost grows with the number of pairs, up to 2^52, so
// a marked pair must weigh far more than 2^28.
template <>
struct Limits<std::int64_t> {
    static constexpr std::int64_t INF = std::int64_t{1} << 61;
    static std::int64_t widen(PairCost c)
    {
        return static_cast<std::int64_t>(c) + (static_cast<std::int64_t>(c >> 28) << 58);
    }
};

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
        // The scores become costs in place: a large problem is never copied.
        m_first = std::move(prepared.first);
        m_col = std::move(prepared.mentor);
        m_cost = std::move(prepared.score);
        for (PairCost& c : m_cost) c = m_top - c;
        if (m_dense) {
            m_rem.resize(m_m);
            m_pos.resize(m_m);
            m_rem_dist.resize(static_cast<std::size_t>(m_m) + 1);
        }
        m_mentee.assign(m_n, Mentee{0, 0, 0, 0, 0, 0});
        m_mentor.assign(m_m, Mentor{0, L::INF, 0, 0, 0});
        for (int j = 0; j < m_m; ++j) m_mentor[j].room = m_cap[j];
        m_used.assign(m_m, 0);
        m_load.assign(m_n, 0);
        m_slot_first.assign(m_m + 1, 0);
        for (int j = 0; j < m_m; ++j) m_slot_first[j + 1] = m_slot_first[j] + m_cap[j];
        m_slot_mentee.resize(m_slot_first[m_m]);
        m_slot_edge.resize(m_slot_first[m_m]);
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
                const PairCost c = m_cost[m_slot_edge[s]] - MARK;
                out.pairs.emplace_back(m_slot_mentee[s], j);
                out.total_score += m_top - c;
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

    // JV-style start: each mentee's potential is its cheapest option (row reduction), and
    // its units take tight pairs to mentors with room at once; only the rest need a search.
    void initialise()
    {
        m_initialised = true;
        for (int i = 0; i < m_n; ++i) {
            if (m_pending[i] == 0) continue;
            Cost lowest = m_unmatched;
            for (std::uint32_t e = m_first[i]; e < m_first[i + 1]; ++e)
                lowest = std::min(lowest, static_cast<Cost>(m_cost[e]));
            for (std::uint32_t e = m_first[i]; e < m_first[i + 1] && m_pending[i] > 0; ++e) {
                const int j = static_cast<int>(m_col[e]);
                if (m_cost[e] == lowest && m_used[j] < m_cap[j]) {
                    add(j, i, e);
                    --m_pending[i];
                    ++m_done_units;
                }
            }
            m_mentee[i].p = -lowest;
            if (lowest == m_unmatched) {
                // Staying unmatched is as cheap as anything: a shortest path of length 0.
                m_done_units += m_pending[i];
                m_pending[i] = 0;
            }
        }
        reduce_augmenting_rows();
        while (m_next < m_n && m_pending[m_next] == 0) ++m_next;
    }

    // JV's augmenting row reduction, kept to moves that preserve every invariant: a
    // mentee without pairs takes its best option; when that is a full mentor of capacity
    // one, the mentor's potential falls until the second best option is as good, and its
    // mentee is evicted to try again. Each such move is an exact dual step, so the
    // searches that follow still find the optimum; they just have far less left to do.
    void reduce_augmenting_rows()
    {
        std::vector<int> queue;
        for (int i = 0; i < m_n; ++i)
            if (m_pending[i] > 0 && m_load[i] == 0) queue.push_back(i);
        std::size_t head = 0;
        std::size_t budget = 20 * queue.size();
        while (head < queue.size() && budget > 0) {
            --budget;
            const int i = queue[head++];
            if (m_pending[i] == 0 || m_load[i] != 0) continue;
            // The best and second best options; -1 is staying unmatched (cost U).
            Cost u1 = m_unmatched, u2 = L::INF;
            int j1 = -1, j2 = -1;
            std::uint32_t e1 = 0, e2 = 0;
            for (std::uint32_t e = m_first[i]; e < m_first[i + 1]; ++e) {
                const int j = static_cast<int>(m_col[e]);
                const Cost v = static_cast<Cost>(m_cost[e]) - m_mentor[j].q;
                if (v < u1) {
                    u2 = u1, j2 = j1, e2 = e1;
                    u1 = v, j1 = j, e1 = e;
                } else if (v < u2) {
                    u2 = v, j2 = j, e2 = e;
                }
            }
            if (j1 < 0 || (u1 == u2 && j2 < 0)) {
                m_mentee[i].p = -m_unmatched;
                m_done_units += m_pending[i];
                m_pending[i] = 0;
                continue;
            }
            // A tie with a full mentor: take the other option, as JV does.
            if (u1 == u2 && m_used[j1] >= m_cap[j1]) j1 = j2, e1 = e2;
            if (m_used[j1] < m_cap[j1]) {
                add(j1, i, e1);
                m_mentee[i].p = -u1;
                --m_pending[i];
                ++m_done_units;
                continue;
            }
            if (m_cap[j1] != 1) continue;  // left to the searches
            const int evicted = m_slot_mentee[m_slot_first[j1]];
            remove(j1, m_slot_edge[m_slot_first[j1]]);
            ++m_pending[evicted];
            --m_done_units;
            m_mentor[j1].q -= u2 - u1;
            add(j1, i, e1);
            m_mentee[i].p = -u2;
            --m_pending[i];
            ++m_done_units;
            if (m_load[evicted] != 0) continue;
            // After a strict gain the evicted mentee goes next, while its row is still in
            // cache; after a tie it goes last, so that ties cannot cycle within the budget.
            if (u1 < u2)
                queue[--head] = evicted;
            else
                queue.push_back(evicted);
        }
    }

    void add(int mentor, int mentee, std::uint32_t edge)
    {
        const std::uint32_t s = m_slot_first[mentor] + static_cast<std::uint32_t>(m_used[mentor]++);
        m_slot_mentee[s] = mentee;
        m_slot_edge[s] = edge;
        ++m_load[mentee];
        --m_mentor[mentor].room;
        m_cost[edge] += MARK;  // a used pair has no forward residual arc
    }

    void remove(int mentor, std::uint32_t edge)
    {
        const std::uint32_t begin = m_slot_first[mentor];
        const std::uint32_t last = begin + static_cast<std::uint32_t>(--m_used[mentor]);
        ++m_mentor[mentor].room;
        std::uint32_t s = begin;
        while (m_slot_edge[s] != edge) ++s;
        --m_load[m_slot_mentee[s]];
        m_slot_mentee[s] = m_slot_mentee[last];
        m_slot_edge[s] = m_slot_edge[last];
        m_cost[edge] -= MARK;
    }

    void augment_from(int start)
    {
        const End end = m_dense ? search_dense(start) : search_sparse(start);
        const Cost total = end.dist;
        for (int j : m_settled_mentors) {
            Mentor& settled = m_mentor[j];
            settled.q += settled.dist - total;
        }
        for (int k : m_scanned) m_mentee[k].p += m_mentee[k].dist - total;

        int mentor = end.node;
        if (!end.at_mentor) {
            const int k = end.node;
            if (k == start) return;
            mentor = m_mentee[k].via;
            remove(mentor, m_mentee[k].via_edge);
        }
        for (;;) {
            const std::uint32_t edge = m_mentor[mentor].pred_edge;
            const int k = mentee_of(edge);
            add(mentor, k, edge);
            if (k == start) return;
            mentor = m_mentee[k].via;
            remove(mentor, m_mentee[k].via_edge);
        }
    }

    // The mentee whose candidate list holds this pair.
    int mentee_of(std::uint32_t edge) const
    {
        const auto after = std::upper_bound(m_first.begin(), m_first.end(), edge);
        return static_cast<int>(after - m_first.begin()) - 1;
    }

    void begin_search(int start)
    {
        ++m_stamp;
        m_scanned.clear();
        m_settled_mentors.clear();
        m_waiting.clear();
        m_mentee[start].seen = m_stamp;
        m_mentee[start].dist = 0;
        settle_mentee(start);
    }

    void settle_mentee(int k)
    {
        m_mentee[k].done = m_stamp;
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
        const Cost base = dj + m_mentor[j].q;
        for (std::uint32_t s = m_slot_first[j]; s < m_slot_first[j] + m_used[j]; ++s) {
            const int k = m_slot_mentee[s];
            if (m_mentee[k].done == m_stamp) continue;
            const Cost dk = base - (m_cost[m_slot_edge[s]] - MARK) - m_mentee[k].p;
            if (dk >= end.dist) continue;
            const bool known = m_mentee[k].seen == m_stamp;
            if (known && dk >= m_mentee[k].dist) continue;
            m_mentee[k].seen = m_stamp;
            m_mentee[k].dist = dk;
            m_mentee[k].via = j;
            m_mentee[k].via_edge = m_slot_edge[s];
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

    // Dijkstra over mentors with an O(mentors) array minimum per step, as dense shortest
    // augmenting path codes do, instead of a heap: when most pairs are eligible every
    // step touches most mentors anyway. The distances of the mentors not yet settled sit
    // in one contiguous array (m_rem_dist, in the order of m_rem) so that the minimum is a
    // plain sweep; a settled mentor points at a spare last slot that no distance beats.
    End search_dense(int start)
    {
        begin_search(start);
        int live = m_m;
        for (int j = 0; j < m_m; ++j) {
            m_rem[j] = j;
            m_pos[j] = j;
        }
        std::fill(m_rem_dist.begin(), m_rem_dist.end() - 1, L::INF);
        m_rem_dist[m_m] = -L::INF;
        End end{false, start, L::INF};
        const auto scan = [&](int k, Cost dk) {
            const Cost leave = dk + m_unmatched + m_mentee[k].p;
            if (leave < end.dist) end = End{false, k, leave};
            const Cost base = dk + m_mentee[k].p;
            const std::uint32_t* col = m_col.data();
            const PairCost* cost = m_cost.data();
            Mentor* mentor = m_mentor.data();
            const int* pos = m_pos.data();
            Cost* dist = m_rem_dist.data();
            const std::uint32_t stop = m_first[k + 1];
            for (std::uint32_t e = m_first[k]; e < stop; ++e) {
                const std::uint32_t j = col[e];
                const Cost r = base + L::widen(cost[e]) - mentor[j].q;
                const int at = pos[j];
                if (r < dist[at]) {
                    dist[at] = r;
                    mentor[j].pred_edge = e;
                    if (r < end.dist && mentor[j].room > 0) end = End{true, static_cast<int>(j), r};
                }
            }
        };
        const auto wait = [&](int k, Cost, bool known) {
            if (!known) m_waiting.push_back(k);
        };
        scan(start, 0);
        for (;;) {
            Cost dm = L::INF;
            for (int at = 0; at < live; ++at) dm = std::min(dm, m_rem_dist[at]);
            if (!m_waiting.empty()) {
                int nearest = -1;
                Cost dw = L::INF;
                std::size_t kept = 0;
                for (const int k : m_waiting) {
                    if (m_mentee[k].done == m_stamp) continue;
                    m_waiting[kept++] = k;
                    if (m_mentee[k].dist < dw) {
                        dw = m_mentee[k].dist;
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
            int at = 0;
            while (m_rem_dist[at] != dm) ++at;
            const int j = m_rem[at];
            // A mentor with room within reach already ended the search through scan().
            m_mentor[j].dist = dm;
            const int last = --live;
            m_rem[at] = m_rem[last];
            m_rem_dist[at] = m_rem_dist[last];
            m_pos[m_rem[at]] = at;
            m_pos[j] = m_m;
            reach_mentees(j, dm, end, scan, wait);
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
            const Cost leave = dk + m_unmatched + m_mentee[k].p;
            if (leave < end.dist) end = End{false, k, leave};
            const Cost base = dk + m_mentee[k].p;
            const std::uint32_t* col = m_col.data();
            const PairCost* cost = m_cost.data();
            Mentor* mentor = m_mentor.data();
            const std::uint32_t stamp = m_stamp;
            const std::uint32_t stop = m_first[k + 1];
            for (std::uint32_t e = m_first[k]; e < stop; ++e) {
                const std::uint32_t j = col[e];
                Mentor& to = mentor[j];
                const Cost r = base + L::widen(cost[e]) - to.q;
                if (r >= end.dist) continue;
                if (to.seen == stamp && r >= to.dist) continue;
                to.seen = stamp;
                to.dist = r;
                to.pred_edge = e;
                if (to.room > 0)
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
                if (m_mentee[k].done == m_stamp || top.key != m_mentee[k].dist) continue;
                settle_mentee(k);
                scan(k, top.key);
                continue;
            }
            const auto j = static_cast<int>(top.node);
            if (top.key != m_mentor[j].dist) continue;
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

    std::vector<PairCost> m_cost;  // per candidate: top score minus score, + MARK when used
    std::vector<std::uint32_t> m_first;
    std::vector<std::uint32_t> m_col;
    // Per mentee: potential, and for the current search (valid where seen or done equals
    // its stamp) the distance and the used pair it was reached back through.
    struct Mentee {
        Cost p;
        Cost dist;
        std::uint32_t seen;
        std::uint32_t done;
        int via;
        std::uint32_t via_edge;
    };
    std::vector<Mentee> m_mentee;
    // What the searches read and write per mentor, together so that a visit touches one
    // cache line: potential, distance (valid where seen == the search's stamp), and the
    // candidate pair it was reached through.
    struct Mentor {
        Cost q;
        Cost dist;
        std::uint32_t seen;
        std::uint32_t pred_edge;
        int room;  // capacity left
    };
    std::vector<Mentor> m_mentor;
    std::vector<int> m_used;
    std::vector<int> m_load;  // pairs of each mentee
    std::vector<std::uint32_t> m_slot_first;  // each mentor's mentees, m_used[j] of them
    std::vector<int> m_slot_mentee;
    std::vector<std::uint32_t> m_slot_edge;

    // Search state, valid where the stamp matches.
    std::uint32_t m_stamp = 0;
    std::vector<int> m_waiting;  // dense search: mentees reached but not yet settled
    std::vector<int> m_scanned;
    std::vector<int> m_settled_mentors;
    std::vector<int> m_rem;        // dense search: mentors not settled yet
    std::vector<int> m_pos;        // each mentor's place in m_rem, m_m once settled
    std::vector<Cost> m_rem_dist;  // their distances, plus the spare slot
    RadixHeap<Cost> m_heap;
};

// An array sweep per step beats a heap once the average mentee sees a good share of
// all mentors.
bool choose_dense(const PreparedProblem& prepared)
{
    const auto cells = static_cast<std::int64_t>(prepared.mentees) * prepared.mentors;
    return cells > 0 && static_cast<std::int64_t>(prepared.mentor.size()) * 4 >= cells;
}

template <class Cost>
std::unique_ptr<Engine> make_typed(PreparedProblem prepared, Cost unmatched, Layout layout)
{
    bool dense = layout == Layout::Dense;
    if (layout == Layout::Auto) dense = choose_dense(prepared);
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
