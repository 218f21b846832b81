#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace fw::test {

/// A line of /proc/self/status in MiB ("VmRSS", "VmHWM"); -1 where there is no /proc. For
/// memory bounds in tests and the benchmarks' figures.
inline double procStatusMiB(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace fw::test
