#include "JsonBody.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fw {

QByteArray validUtf8(const QByteArray &bytes)
{
    if (bytes.isValidUtf8())
        return bytes;
    return QString::fromUtf8(bytes).toUtf8();
}

std::optional<QJsonDocument> parseJsonBody(const QByteArray &body, ApiError *error)
{
    const QByteArray trimmed = body.trimmed();
    auto failWith = [&](const QString &detail) {
        error->kind = ApiError::Kind::BadPayload;
        error->detail = detail;
        return std::nullopt;
    };
    if (trimmed.isEmpty())
        return failWith(QCoreApplication::translate("fw::JsonBody", "empty body"));
    if (trimmed.startsWith('<'))
        return failWith(
            QCoreApplication::translate("fw::JsonBody", "an HTML page instead of JSON"));
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(validUtf8(body), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(QCoreApplication::translate("fw::JsonBody", "%1 at byte %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    return doc;
}

namespace {
QString plainText(QString text)
{
    for (QChar &ch : text) {
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format)
            ch = u' ';
    }
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(299) + u'…';
    return text;
}
} // namespace

ServerMessage parseServerMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(validUtf8(body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {}; // HTML error pages and other text are never shown
    const QJsonObject root = doc.object();
    const QJsonValue error = root.value("error"_L1);
    ServerMessage result;
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        result.code = plainText(object.value("code"_L1).toString());
        result.message = plainText(object.value("message"_L1).toString());
    } else if (error.isString()) {
        result.message = plainText(error.toString());
    }
    if (result.message.isEmpty() && root.value("message"_L1).isString())
        result.message = plainText(root.value("message"_L1).toString());
    return result;
}

} // namespace fw
