#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace fw {

/// Type-checked access to the fields of one JSON object. The first problem is recorded with the
/// full field path ("partitionDetails[3].rows") and every later read returns a default, so a
/// parser reads straight through and checks ok() once. Unknown extra fields are ignored.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(fw::JsonReader)

public:
    struct Problem
    {
        QString field;
        QString reason;
    };

    JsonReader(const QJsonObject &object, QString path, Problem *problem);

    QString requiredString(QLatin1StringView key);
    QString optionalString(QLatin1StringView key); ///< missing or null: empty
    /// A string, or a number/boolean shown as text (user data); null: empty; arrays and objects
    /// as compact JSON.
    QString optionalStringOrScalar(QLatin1StringView key);
    qint64 requiredInt(QLatin1StringView key);
    qint64 optionalInt(QLatin1StringView key, qint64 fallback = 0);
    std::optional<qint64> nullableInt(QLatin1StringView key); ///< missing or null: nullopt
    std::optional<double> nullableNumber(QLatin1StringView key);
    std::optional<bool> nullableBool(QLatin1StringView key);
    QJsonArray requiredArray(QLatin1StringView key);
    QJsonArray optionalArray(QLatin1StringView key);
    QJsonObject optionalObject(QLatin1StringView key);
    QDateTime optionalDateTime(QLatin1StringView key); ///< ISO 8601; invalid when null

    /// The object at `index` of `array`, with its path; records a problem if it is not one.
    QJsonObject objectAt(const QJsonArray &array, QLatin1StringView arrayKey, qsizetype index);
    QString childPath(QLatin1StringView key) const;
    QString childPath(QLatin1StringView key, qsizetype index) const;

    Problem *problem() const { return m_problem; }
    bool ok() const { return m_problem->field.isEmpty() && m_problem->reason.isEmpty(); }
    void fail(const QString &field, const QString &reason);

    /// Whole number check shared with other parsers: finite, integral, within ±2^53.
    static std::optional<qint64> toWholeNumber(double value);

private:
    QJsonValue value(QLatin1StringView key) const;
    static QString typeName(const QJsonValue &value);
    void wrongType(QLatin1StringView key, const QJsonValue &value, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    Problem *m_problem = nullptr;
};

} // namespace fw
