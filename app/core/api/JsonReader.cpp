#include "JsonReader.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fw {

JsonReader::JsonReader(const QJsonObject &object, QString path, Problem *problem)
    : m_object(object)
    , m_path(std::move(path))
    , m_problem(problem)
{ }

QString JsonReader::childPath(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

QString JsonReader::childPath(QLatin1StringView key, qsizetype index) const
{
    return childPath(key) + u'[' + QString::number(index) + u']';
}

void JsonReader::fail(const QString &field, const QString &reason)
{
    if (!ok())
        return; // keep the first problem: it is the one that explains the rest
    m_problem->field = field;
    m_problem->reason = reason;
}

QJsonValue JsonReader::value(QLatin1StringView key) const
{
    return m_object.value(key);
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

void JsonReader::wrongType(QLatin1StringView key, const QJsonValue &value, const QString &expected)
{
    fail(childPath(key), u"expected "_s + expected + u", got "_s + typeName(value));
}

std::optional<qint64> JsonReader::toWholeNumber(double value)
{
    constexpr double limit = 9007199254740992.0; // 2^53: beyond it doubles are not exact
    if (!std::isfinite(value) || std::trunc(value) != value || std::fabs(value) > limit)
        return std::nullopt;
    return static_cast<qint64>(value);
}

QString JsonReader::requiredString(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (!v.isString()) {
        wrongType(key, v, u"a string"_s);
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalString(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        wrongType(key, v, u"a string"_s);
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalStringOrScalar(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

qint64 JsonReader::requiredInt(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (!v.isDouble()) {
        wrongType(key, v, u"a number"_s);
        return 0;
    }
    const auto whole = toWholeNumber(v.toDouble());
    if (!whole) {
        fail(childPath(key), u"expected a whole number, got "_s + QString::number(v.toDouble()));
        return 0;
    }
    return *whole;
}

qint64 JsonReader::optionalInt(QLatin1StringView key, qint64 fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    return requiredInt(key);
}

std::optional<qint64> JsonReader::nullableInt(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const qint64 n = requiredInt(key);
    return ok() ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<double> JsonReader::nullableNumber(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        wrongType(key, v, u"a number"_s);
        return std::nullopt;
    }
    if (!std::isfinite(v.toDouble())) {
        fail(childPath(key), u"expected a finite number"_s);
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<bool> JsonReader::nullableBool(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        wrongType(key, v, u"a boolean"_s);
        return std::nullopt;
    }
    return v.toBool();
}

QJsonArray JsonReader::requiredArray(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (!v.isArray()) {
        wrongType(key, v, u"an array"_s);
        return {};
    }
    return v.toArray();
}

QJsonArray JsonReader::optionalArray(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return requiredArray(key);
}

QJsonObject JsonReader::optionalObject(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        wrongType(key, v, u"an object"_s);
        return {};
    }
    return v.toObject();
}

QDateTime JsonReader::optionalDateTime(QLatin1StringView key)
{
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        fail(childPath(key), u"expected an ISO 8601 date, got \""_s + text.left(40) + u'"');
        return {};
    }
    return dt.toUTC();
}

QJsonObject JsonReader::objectAt(const QJsonArray &array, QLatin1StringView arrayKey,
                                 qsizetype index)
{
    const QJsonValue v = array.at(index);
    if (!v.isObject()) {
        fail(childPath(arrayKey, index), u"expected an object, got "_s + typeName(v));
        return {};
    }
    return v.toObject();
}

} // namespace fw
