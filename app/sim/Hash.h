#pragma once

#include <QStringView>
#include <QtGlobal>

namespace fw::sim {

// Deterministic hashing (SplitMix64 finaliser, FNV-1a for strings): the simulator derives every
// "random" choice from (seed, identity, index) so that answers are reproducible byte for byte.
class Hash final
{
public:
    static constexpr quint64 mix(quint64 x)
    {
        x += 0x9E3779B97F4A7C15ULL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    }
    static constexpr quint64 combine(quint64 a, quint64 b) { return mix(a ^ mix(b)); }
    static quint64 of(QStringView text)
    {
        quint64 h = 0xCBF29CE484222325ULL;
        for (const QChar c : text) {
            h ^= c.unicode();
            h *= 0x100000001B3ULL;
        }
        return mix(h);
    }
};

} // namespace fw::sim
