#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace fw {

/// How the run view writes numbers, durations and fractions: locale thousands separators, short
/// durations ("3 min 12 s"), and percentages that never read NaN, negative or above 100 %.
namespace RunFormat {

/// "50,000" in the user's locale.
QString count(qint64 value, const QLocale &locale = {});
/// "—" for an absent value (rowsIn/rowsOut before the run is done).
QString optionalCount(std::optional<qint64> value, const QLocale &locale = {});
/// "45 s", "3 min 12 s", "2 h 05 min", "3 d 4 h"; negative durations read "—".
QString duration(qint64 milliseconds);

/// A done/total pair drawn as a bar: the fraction clamped to [0, 1] for drawing, with a flag when
/// the values are out of range (negative, done > total, total ≤ 0 with work done).
struct Fraction
{
    double value = 0.0; ///< 0..1, never NaN
    bool outOfRange = false;
    QString reason; ///< why it is out of range, for a tooltip
};
Fraction fraction(qint64 done, qint64 total);
/// A server percentage (0–100 by the docs): clamped, flagged when outside or not finite.
Fraction percent(double percent);

/// "32,000 of 50,000 (64 %)", "0 of 0"; with " ⚠" when out of range.
QString progressText(qint64 done, qint64 total, const QLocale &locale = {});

} // namespace RunFormat

} // namespace fw
