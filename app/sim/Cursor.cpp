#include "Cursor.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

// 0xFB 0xEF 0xBE encodes as "++++" and 0xFF 0xFF 0xFF as "////".
const QByteArray Prefix = QByteArray::fromHex("fbefbeffffff");

} // namespace

QString Cursor::encode(const QString &scope, qint64 offset)
{
    QByteArray payload = Prefix + scope.toUtf8() + '|' + QByteArray::number(offset) + '|';
    while (payload.size() % 3 != 1) // length % 3 == 1 ends the base64 text with "=="
        payload += '.';
    return QString::fromLatin1(payload.toBase64());
}

std::optional<qint64> Cursor::decode(const QString &cursor, const QString &scope)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(Prefix))
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.mid(Prefix.size()).split('|');
    if (parts.size() != 3 || QString::fromUtf8(parts.at(0)) != scope)
        return std::nullopt;
    bool ok = false;
    const qint64 offset = parts.at(1).toLongLong(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

} // namespace fw::sim
