#include "ErrorClipboard.h"

#include "core/csv/CsvWriter.h"

using namespace Qt::StringLiterals;

namespace fw {

QString ErrorClipboard::field(const QString &text, bool neutralise)
{
    QString out = neutralise && CsvWriter::needsNeutralising(text) ? u'\'' + text : text;
    if (out.contains(u'\t') || out.contains(u'\n') || out.contains(u'\r') || out.contains(u'"')) {
        out.replace(u"\""_s, u"\"\""_s);
        out = u'"' + out + u'"';
    }
    return out;
}

QString ErrorClipboard::toTsv(const QList<ValidationError> &errors, bool withHeader)
{
    QString text;
    if (withHeader)
        text += u"Row\tColumn\tValue\tError\n"_s;
    for (const ValidationError &e : errors) {
        text += QString::number(e.row) + u'\t' + field(e.column, true) + u'\t'
            + field(e.value, true) + u'\t' + field(e.error, true) + u'\n';
    }
    return text;
}

} // namespace fw
