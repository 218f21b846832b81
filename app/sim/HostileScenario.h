#pragma once

#include "Fault.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fw::sim {

// The simulator's hostile mode: named scenarios of a server that misbehaves in the ways a client
// must survive (huge and endless bodies, lies about lengths, broken text and numbers, markup and
// bidi controls, redirects away, a drip of bytes, Retry-After abuse, a revoked key...). Each one
// is a list of Faults for Simulator::injectFault(); `flowwatch-sim --hostile NAME` applies one to
// every progress request. See README.md for the table.
class HostileScenario final
{
public:
    struct Target
    {
        QString method = QStringLiteral("GET");
        QString pathRegex = QStringLiteral("/runs/[^/]+/progress$");
        // Where the redirect scenarios send the client ("another host"); the path is kept.
        QByteArray otherOrigin = QByteArrayLiteral("http://localhost:9");
        int times = -1; // how many requests each fault answers; -1 forever
    };

    static QStringList names();
    // One line on what the server does; empty for an unknown name.
    static QString description(const QString &name);
    // The faults that play the scenario; empty for an unknown name.
    static QList<Fault> faults(const QString &name, const Target &target);
    static QList<Fault> faults(const QString &name); // with the default Target

    // A well-formed progress body in which every string field is `text` (a running run,
    // 50 000 rows, one partition, one validation error, one log entry).
    static QByteArray progressBodyWithStrings(const QByteArray &text);
    // The bytes of the markup-and-bidi scenario's strings (UTF-8).
    static QByteArray markupAndBidiText();
    static constexpr int kDeepNesting = 200'000;
    static constexpr qint64 kHugeBodyBytes = qint64(100) * 1024 * 1024;
    static constexpr qint64 kHugeDeclaredLength = 10'000'000'000LL;
    static constexpr int kMillionPartitions = 1'000'000;
};

} // namespace fw::sim
