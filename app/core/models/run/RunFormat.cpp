#include "RunFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fw::RunFormat {

namespace {
// The context of the texts below, as lupdate sees it too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fw::RunFormat)
};
} // namespace

QString count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString optionalCount(std::optional<qint64> value, const QLocale &locale)
{
    return value ? count(*value, locale) : u"—"_s;
}

QString duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return u"—"_s;
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Text::tr("%1 min %2 s").arg(minutes).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return Text::tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return Text::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

Fraction fraction(qint64 done, qint64 total)
{
    Fraction f;
    if (done < 0) {
        f.outOfRange = true;
        f.reason = Text::tr("negative count reported");
    }
    if (total < 0) {
        f.outOfRange = true;
        f.reason = Text::tr("negative total reported");
    }
    if (total <= 0) {
        if (done > 0 && !f.outOfRange) {
            f.outOfRange = true;
            f.reason = Text::tr("rows processed but the total is 0");
        }
        return f;
    }
    if (done > total) {
        f.outOfRange = true;
        f.reason = Text::tr("more processed than the total");
    }
    const double v = double(done) / double(total);
    f.value = std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0;
    return f;
}

Fraction percent(double percent)
{
    Fraction f;
    if (!std::isfinite(percent)) {
        f.outOfRange = true;
        f.reason = Text::tr("progress is not a number");
        return f;
    }
    if (percent < 0.0 || percent > 100.0) {
        f.outOfRange = true;
        f.reason = Text::tr("progress %1 % is outside 0–100").arg(percent);
    }
    f.value = std::clamp(percent / 100.0, 0.0, 1.0);
    return f;
}

QString progressText(qint64 done, qint64 total, const QLocale &locale)
{
    const Fraction f = fraction(done, total);
    QString text = Text::tr("%1 of %2").arg(count(done, locale), count(total, locale));
    if (total > 0)
        text += u" ("_s + locale.toString(std::floor(f.value * 100.0), 'f', 0) + u" %)"_s;
    if (f.outOfRange)
        text += u" ⚠"_s;
    return text;
}

} // namespace fw::RunFormat
