#include "ErrorsRequest.h"

#include "ApiClient.h"
#include "JsonBody.h"
#include "ValueReaders.h"
#include "core/csv/CsvStreamParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
constexpr qint64 csvCap = qint64(4) * 1024 * 1024 * 1024; // streamed: bounded by the model
constexpr qint64 jsonCap = qint64(256) * 1024 * 1024; // buffered whole, so smaller
constexpr qsizetype batchSize = 2000;
constexpr std::size_t internLimit = 4096; // distinct texts kept; beyond, convert each time
} // namespace

ErrorsRequest::ErrorsRequest(ApiClient *client, const QString &pipelineId, const QString &runId,
                             bool preferCsv)
    : ApiRequest(client, "GET", ApiClient::runPath(pipelineId, runId) + u"/errors"_s, QString())
    , m_runId(runId)
    , m_preferCsv(preferCsv)
    , m_fileName(safeFileName(u"pipeline-run-"_s + runId + u"-errors.csv"_s))
{ }

ErrorsRequest::~ErrorsRequest() = default;

QByteArray ErrorsRequest::acceptHeader() const
{
    return m_preferCsv ? QByteArrayLiteral("text/csv, application/json;q=0.5")
                       : QByteArrayLiteral("application/json");
}

qint64 ErrorsRequest::sizeCap() const
{
    return csvCap;
}

QString ErrorsRequest::safeFileName(const QString &suggested)
{
    QString name = suggested;
    // Only the last path component, without control or reserved characters.
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (slash >= 0)
        name = name.mid(slash + 1);
    static const QRegularExpression unsafe(u"[\\x00-\\x1f\\x7f<>:\"|?*\\p{Cf}]"_s);
    name.remove(unsafe);
    name = name.trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.size() > 120)
        name = name.left(120);
    if (name.isEmpty())
        return {};
    if (!name.endsWith(u".csv"_s, Qt::CaseInsensitive))
        name += u".csv"_s;
    return name;
}

ApiError ErrorsRequest::parseBody(const QByteArray &body)
{
    Q_UNUSED(body) // streaming: everything arrives through consumeChunk()
    return {};
}

ApiError ErrorsRequest::consumeChunk(QByteArrayView chunk)
{
    if (m_format == Format::Undecided) {
        const QByteArray type = responseHeader("Content-Type").toLower();
        m_format = type.startsWith("text/csv") ? Format::Csv : Format::Json;
        if (m_format == Format::Csv)
            m_parser = std::make_unique<CsvStreamParser>();
        static const QRegularExpression filename(uR"re(filename\s*=\s*"?([^";]+)"?)re"_s);
        const auto match = filename.match(QString::fromUtf8(responseHeader("Content-Disposition")));
        if (match.hasMatch() && !safeFileName(match.captured(1)).isEmpty())
            m_fileName = safeFileName(match.captured(1));
    }
    if (m_format == Format::Json) {
        if (m_json.size() + chunk.size() > jsonCap) {
            ApiError error;
            error.kind = ApiError::Kind::TooLarge;
            error.detail = tr("%1 MiB").arg(jsonCap / (1024 * 1024));
            return error;
        }
        const ApiError error = splitJson(chunk);
        flushBatch(); // the rows before a bad one are delivered all the same
        if (error.isError())
            return error;
        Q_EMIT progressChanged(m_rows, bytesReceived());
        return {};
    }
    m_parser->feed(chunk, [this](std::span<const QByteArrayView> fields) {
        if (!m_recordError.isError())
            m_recordError = handleRecord(fields);
    });
    flushBatch(); // the rows before a bad one are delivered all the same
    if (m_recordError.isError())
        return m_recordError;
    Q_EMIT progressChanged(m_rows, bytesReceived());
    return {};
}

ApiError ErrorsRequest::handleRecord(std::span<const QByteArrayView> fields)
{
    ++m_records;
    if (m_records == 1) {
        // The header names the columns; match them by name, not position.
        static const QByteArrayView names[4] = {"row", "column", "value", "error"};
        for (qsizetype i = 0; i < qsizetype(fields.size()); ++i) {
            const QByteArray name = fields[i].toByteArray().trimmed().toLower();
            for (int c = 0; c < 4; ++c) {
                if (name == names[c])
                    m_columnIndex[c] = int(i);
            }
        }
        for (int index : m_columnIndex) {
            if (index < 0)
                return payloadError(tr("CSV header"), tr("expected Row,Column,Value,Error"));
        }
        return {};
    }
    auto field = [&](int column) {
        const qsizetype i = m_columnIndex[column];
        return i < qsizetype(fields.size()) ? fields[i] : QByteArrayView();
    };
    if (fields.size() == 1 && fields[0].isEmpty())
        return {}; // a blank line
    bool ok = false;
    const qint64 row = field(0).trimmed().toLongLong(&ok);
    if (!ok) {
        return payloadError(tr("CSV line %1, Row").arg(m_records), tr("expected a whole number"));
    }
    m_batch.append({row, interned(field(1)), QString::fromUtf8(field(2)), interned(field(3))});
    ++m_rows;
    return {};
}

QString ErrorsRequest::interned(QByteArrayView bytes)
{
    const std::string_view key(bytes.data(), std::size_t(bytes.size()));
    if (const auto it = m_interned.find(key); it != m_interned.end())
        return it->second;
    QString text = QString::fromUtf8(bytes);
    if (m_interned.size() < internLimit)
        m_interned.emplace(std::string(key), text);
    return text;
}

void ErrorsRequest::flushBatch()
{
    if (m_batch.isEmpty())
        return;
    QList<ValidationError> batch;
    batch.swap(m_batch);
    Q_EMIT rowsArrived(batch);
}

ApiError ErrorsRequest::finishStream()
{
    if (m_format == Format::Csv) {
        const bool complete = m_parser->finish([this](std::span<const QByteArrayView> fields) {
            if (!m_recordError.isError())
                m_recordError = handleRecord(fields);
        });
        if (m_recordError.isError())
            return m_recordError;
        if (!complete)
            return payloadError(u"CSV"_s, m_parser->errorString());
        if (m_records == 0)
            return payloadError(u"CSV"_s, u"empty body"_s);
        flushBatch();
        Q_EMIT progressChanged(m_rows, bytesReceived());
        return {};
    }
    // What is left is the envelope with an empty "errors" array (or, when the body was not
    // the expected object, the whole body): it names the total and any problem.
    QList<ValidationError> errors;
    ApiError error = parseJson(m_json, &errors, &m_total);
    m_json.clear();
    if (error.isError())
        return error;
    if (!m_scanner.balanced() || !m_element.isEmpty())
        return payloadError(u"errors"_s, u"the JSON body ends early"_s);
    for (qsizetype from = 0; from < errors.size(); from += batchSize) {
        m_batch = errors.mid(from, batchSize);
        m_rows += m_batch.size();
        flushBatch();
    }
    flushBatch();
    Q_EMIT progressChanged(m_rows, bytesReceived());
    return {};
}

ApiError ErrorsRequest::splitJson(QByteArrayView chunk)
{
    using Token = JsonScanner::Token;
    const char *const begin = chunk.data();
    const char *const end = begin + chunk.size();
    const char *copyFrom = begin; // the start of bytes that belong to m_json
    for (const char *p = begin; p < end; ++p) {
        const char c = *p;
        if (m_scanner.inString()) {
            if (m_scanner.step(c) == Token::StringEnd && m_scanner.depth() == 1 && !m_inErrors
                && m_keyStart >= 0) {
                m_lastKey = m_json.mid(m_keyStart) + QByteArrayView(copyFrom, p - copyFrom);
                m_keyStart = -1;
            }
            continue;
        }
        if (m_inErrors && m_scanner.depth() == 2) {
            // Between elements: only whitespace, commas, an object, or the end of the array.
            if (c == '{') {
                m_json.append(QByteArrayView(copyFrom, p - copyFrom));
                copyFrom = p;
                m_scanner.step(c);
            } else if (c == ']') {
                copyFrom = p;
                m_inErrors = false;
                m_scanner.step(c);
            } else if (c != ',' && !JsonScanner::isSpace(c)) {
                return payloadError(
                    u"errors["_s + QString::number(m_elements) + u']',
                    QCoreApplication::translate("fw::JsonBody", "expected an object"));
            } else {
                copyFrom = p + 1;
            }
            continue;
        }
        switch (m_scanner.step(c)) {
        case Token::StringStart:
            if (m_scanner.depth() == 1 && !m_inErrors) {
                m_json.append(QByteArrayView(copyFrom, p + 1 - copyFrom));
                copyFrom = p + 1;
                m_keyStart = m_json.size();
            }
            break;
        case Token::Open:
            if (c == '[' && m_scanner.depth() == 2 && m_lastKey == "errors") {
                m_json.append(QByteArrayView(copyFrom, p + 1 - copyFrom));
                copyFrom = p + 1;
                m_inErrors = true;
            }
            break;
        case Token::Close:
            if (m_inErrors && m_scanner.depth() == 2) {
                m_element.append(QByteArrayView(copyFrom, p + 1 - copyFrom));
                copyFrom = p + 1;
                const ApiError error = handleJsonElement();
                if (error.isError())
                    return error;
            }
            break;
        default:
            break;
        }
    }
    if (m_inErrors && m_scanner.depth() >= 3) {
        m_element.append(QByteArrayView(copyFrom, end - copyFrom));
        if (m_element.size() > CsvStreamParser::DefaultMaxRecordBytes)
            return payloadError(u"errors["_s + QString::number(m_elements) + u']',
                                tr("an element larger than 64 MiB"));
    } else if (!m_inErrors || m_scanner.depth() < 2) {
        m_json.append(QByteArrayView(copyFrom, end - copyFrom));
    }
    if (m_json.size() > jsonCap) {
        ApiError error;
        error.kind = ApiError::Kind::TooLarge;
        error.detail = tr("%1 MiB").arg(jsonCap / (1024 * 1024));
        return error;
    }
    return {};
}

ApiError ErrorsRequest::handleJsonElement()
{
    const QString path = u"errors["_s + QString::number(m_elements++) + u']';
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(validUtf8(m_element), &parseError);
    m_element.clear();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return payloadError(path,
                            QCoreApplication::translate("fw::JsonBody", "expected an object"));
    JsonReader::Problem problem;
    JsonReader item(doc.object(), path, &problem);
    ValidationError error = readValidationError(item);
    if (!item.ok())
        return payloadError(problem.field, problem.reason);
    m_batch.append(std::move(error));
    ++m_rows;
    return {};
}

ApiError ErrorsRequest::parseJson(const QByteArray &body, QList<ValidationError> *errors,
                                  std::optional<qint64> *total)
{
    ApiError error;
    const auto doc = parseJsonBody(body, &error);
    if (!doc)
        return error;
    if (!doc->isObject())
        return payloadError(QString(),
                            QCoreApplication::translate("fw::JsonBody", "expected an object"));
    JsonReader::Problem problem;
    JsonReader reader(doc->object(), QString(), &problem);
    *total = reader.nullableInt("total"_L1);
    *errors = readObjects<ValidationError>(reader, reader.requiredArray("errors"_L1), "errors"_L1,
                                           &problem, readValidationError);
    if (!reader.ok())
        return payloadError(problem.field, problem.reason);
    return {};
}

} // namespace fw
