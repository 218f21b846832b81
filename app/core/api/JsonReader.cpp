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
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

void JsonReader::wrongType(QLatin1StringView key, const QJsonValue &value, const QString &expected)
{
    fail(childPath(key), tr("expected %1, got %2").arg(expected, typeName(value)));
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
        wrongType(key, v, tr("a string"));
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
        wrongType(key, v, tr("a string"));
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
        wrongType(key, v, tr("a number"));
        return 0;
    }
    const auto whole = toWholeNumber(v.toDouble());
    if (!whole) {
        fail(childPath(key),
             tr("expected a whole number, got %1").arg(QString::number(v.toDouble())));
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
        wrongType(key, v, tr("a number"));
        return std::nullopt;
    }
    if (!std::isfinite(v.toDouble())) {
        fail(childPath(key), tr("expected a finite number"));
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
        wrongType(key, v, tr("a boolean"));
        return std::nullopt;
    }
    return v.toBool();
}

QJsonArray JsonReader::requiredArray(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (!v.isArray()) {
        wrongType(key, v, tr("an array"));
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
        wrongType(key, v, tr("an object"));
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
        fail(childPath(arrayKey, index), tr("expected an object, got %1").arg(typeName(v)));
        return {};
    }
    return v.toObject();
}

} // namespace fw
