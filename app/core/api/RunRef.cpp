#include "RunRef.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace fw {

namespace {
QString encodePart(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

/// The decoded part, or a null string when `encoded` is not what encodePart() writes.
QString decodePart(QStringView encoded)
{
    for (const QChar c : encoded) {
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return {};
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(encoded.toLatin1());
    QString decoded = QString::fromUtf8(bytes);
    if (decoded.isEmpty() || encodePart(decoded) != encoded)
        return {};
    return decoded;
}

RunRef fromParts(const QList<QStringView> &parts)
{
    if (parts.size() != 3)
        return {};
    RunRef run {parts.at(0).toString(), parts.at(1).toString(), parts.at(2).toString()};
    return run.isValid() ? run : RunRef {};
}
} // namespace

QString RunRef::toText() const
{
    return encodePart(connection) + u'/' + encodePart(pipelineId) + u'/' + encodePart(runId);
}

RunRef RunRef::fromText(QStringView text)
{
    const QList<QStringView> parts = text.split(u'/');
    if (parts.size() != 3)
        return {};
    RunRef run {decodePart(parts.at(0)), decodePart(parts.at(1)), decodePart(parts.at(2))};
    return run.isValid() ? run : RunRef {};
}

RunRef RunRef::fromLegacyKey(QStringView text)
{
    return fromParts(text.split(u'\n'));
}

RunRef RunRef::fromSettings(QStringView text)
{
    if (text.contains(u'\n'))
        return fromLegacyKey(text);
    return fromText(text);
}

} // namespace fw
