#pragma once

#include <QByteArray>
#include <QString>

namespace fw::sim {

struct GeneratedError
{
    qint64 row = 0;
    QString column;
    QString value;
    QString error;
};

// A run's validation errors as a pure function of (seed, runId, index): nothing is stored, so a
// run with a million errors costs nothing until it is streamed. Row numbers strictly increase.
// Values are realistic and deliberately awkward (quotes, commas, line breaks of every kind,
// control characters, RTL and bidi overrides, CJK, emoji, formula prefixes, 10-100 KB values).
class ErrorGenerator final
{
public:
    ErrorGenerator(quint64 seed, const QString &runId, qint64 count, qint64 rowSpan);

    qint64 count() const { return m_count; }
    qint64 rowAt(qint64 index) const;
    // How many errors have a row number <= row.
    qint64 countUpToRow(qint64 row) const;
    GeneratedError at(qint64 index) const;

    static QByteArray jsonString(const QString &text);
    static QByteArray toJson(const GeneratedError &error);
    static QByteArray csvField(const QString &text);
    static QByteArray toCsvRecord(const GeneratedError &error);

private:
    GeneratedError parametric(quint64 h) const;
    static QString longValue(quint64 h);

    quint64 m_runHash = 0;
    qint64 m_count = 0;
    qint64 m_span = 0;
    qint64 m_stride = 0; // 0: rows are index + 1
};

} // namespace fw::sim
