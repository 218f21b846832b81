#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace fw::fuzz {

/// Stops the fuzzer with `what` when an invariant does not hold (libFuzzer saves the input).
inline void check(bool holds, const char *what, const QString &detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace fw::fuzz
