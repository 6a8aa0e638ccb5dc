// A monotone priority queue for Dijkstra with non-negative integer keys: every key
// pushed is at least the last key taken. Entries sit in buckets by the highest bit in
// which they differ from that last key, so a push is O(1) and each entry moves down at
// most once per bit. Equal keys come out last in, first out: the same in every build.
// Depends on: the standard library.
#pragma once

#include <cstdint>
#include <type_traits>
#include <vector>

namespace turnabout::optimize {

template <class Key>
class RadixHeap {
    using Bits = std::make_unsigned_t<Key>;
    static constexpr int BUCKETS = static_cast<int>(sizeof(Key) * 8) + 1;

public:
    struct Entry {
        Key key;
        std::uint32_t node;
    };

    // Forgets everything; keys may start again from 0.
    void clear()
    {
        for (int b = 0; b < m_top; ++b) m_buckets[b].clear();
        m_top = 0;
        m_size = 0;
        m_last = 0;
    }

    bool empty() const { return m_size == 0; }

    void push(Key key, std::uint32_t node)
    {
        const int b = bucket(key);
        m_buckets[b].push_back({key, node});
        if (b >= m_top) m_top = b + 1;
        ++m_size;
    }

    // The entry with the least key; only when not empty.
    const Entry& top()
    {
        if (m_buckets[0].empty()) refill();
        return m_buckets[0].back();
    }

    void pop()
    {
        if (m_buckets[0].empty()) refill();
        m_buckets[0].pop_back();
        --m_size;
    }

private:
    int bucket(Key key) const
    {
        const Bits diff = static_cast<Bits>(key) ^ static_cast<Bits>(m_last);
        if (diff == 0) return 0;
        if constexpr (sizeof(Key) == 8)
            return 64 - __builtin_clzll(static_cast<unsigned long long>(diff));
        else
            return 32 - __builtin_clz(static_cast<unsigned>(diff));
    }

    // Moves the least key's bucket down: with the least key as the new last key, each of
    // its entries lands in a lower bucket, and those equal to it in bucket 0.
    void refill()
    {
        int b = 1;
        while (m_buckets[b].empty()) ++b;
        std::vector<Entry>& from = m_buckets[b];
        Key least = from.front().key;
        for (const Entry& e : from)
            if (e.key < least) least = e.key;
        m_last = least;
        for (const Entry& e : from) m_buckets[bucket(e.key)].push_back(e);
        from.clear();
    }

    std::vector<Entry> m_buckets[BUCKETS];
    int m_top = 0;  // buckets at and above this are empty
    std::size_t m_size = 0;
    Key m_last = 0;
};

}
