// A binary min-heap of (distance, node) ordered by distance then node, so that ties pop
// in the same order in every build (the standard heaps differ between libraries).
// Depends on: the standard library.
#pragma once

#include <cstdint>
#include <vector>

namespace turnabout::optimize {

template <class Key>
class MinHeap {
public:
    struct Entry {
        Key key;
        std::uint32_t node;
    };

    bool empty() const { return m_entries.empty(); }
    const Entry& top() const { return m_entries.front(); }
    void clear() { m_entries.clear(); }

    void push(Key key, std::uint32_t node)
    {
        std::size_t at = m_entries.size();
        m_entries.push_back({key, node});
        while (at > 0) {
            const std::size_t parent = (at - 1) / 2;
            if (!less(Entry{key, node}, m_entries[parent])) break;
            m_entries[at] = m_entries[parent];
            at = parent;
        }
        m_entries[at] = {key, node};
    }

    void pop()
    {
        const Entry last = m_entries.back();
        m_entries.pop_back();
        const std::size_t size = m_entries.size();
        if (size == 0) return;
        std::size_t at = 0;
        for (;;) {
            std::size_t child = 2 * at + 1;
            if (child >= size) break;
            if (child + 1 < size && less(m_entries[child + 1], m_entries[child])) ++child;
            if (!less(m_entries[child], last)) break;
            m_entries[at] = m_entries[child];
            at = child;
        }
        m_entries[at] = last;
    }

private:
    static bool less(const Entry& a, const Entry& b)
    {
        return a.key != b.key ? a.key < b.key : a.node < b.node;
    }

    std::vector<Entry> m_entries;
};

}
