#pragma once

#include "ApiRequest.h"
#include "JsonScanner.h"
#include "ValidationError.h"

#include <QList>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fw {

class CsvStreamParser;

/// GET /pipelines/{id}/runs/{runId}/errors — every validation error of a run, delivered in
/// batches as the bytes arrive. Asks for CSV (parsed incrementally, never held whole) and accepts
/// the JSON answer of a server that does not speak CSV.
class ErrorsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorsRequest)

public:
    ErrorsRequest(ApiClient *client, const QString &pipelineId, const QString &runId,
                  bool preferCsv);
    ~ErrorsRequest() override;

    const QString &runId() const { return m_runId; }
    qint64 rowsReceived() const { return m_rows; }
    /// The total the server announced (JSON `total`); nullopt for CSV.
    std::optional<qint64> announcedTotal() const { return m_total; }
    bool answeredWithCsv() const { return m_format == Format::Csv; }
    /// A safe base name: from Content-Disposition when sent, else pipeline-run-{runId}-errors.csv.
    QString suggestedFileName() const { return m_fileName; }

    static ApiError parseJson(const QByteArray &body, QList<ValidationError> *errors,
                              std::optional<qint64> *total);
    /// Reduces a server-suggested name to a safe base name ending in .csv ("" if nothing is left).
    static QString safeFileName(const QString &suggested);

Q_SIGNALS:
    void rowsArrived(const QList<fw::ValidationError> &batch);
    void progressChanged(qint64 rows, qint64 bytes);

protected:
    QByteArray acceptHeader() const override;
    qint64 sizeCap() const override;
    bool isStreaming() const override { return true; }
    ApiError parseBody(const QByteArray &body) override;
    ApiError consumeChunk(QByteArrayView chunk) override;
    ApiError finishStream() override;

private:
    enum class Format { Undecided, Csv, Json };
    ApiError handleRecord(std::span<const QByteArrayView> fields);
    QString interned(QByteArrayView bytes);
    ApiError splitJson(QByteArrayView chunk);
    ApiError handleJsonElement();

    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view> {}(text);
        }
    };
    void flushBatch();

    QString m_runId;
    bool m_preferCsv = true;
    Format m_format = Format::Undecided;
    std::unique_ptr<CsvStreamParser> m_parser;
    QByteArray m_json; ///< the JSON body without the elements of "errors" (parsed at the end)
    // The JSON answer is split as it arrives: each element of the top-level "errors" array is
    // parsed on its own, so a million errors never sit in one QJsonDocument.
    QByteArray m_element; ///< the element being received
    QByteArray m_lastKey; ///< the last string closed at depth 1
    qsizetype m_keyStart = -1;
    JsonScanner m_scanner; ///< fed byte by byte as the chunks arrive
    bool m_inErrors = false;
    qint64 m_elements = 0;
    QList<ValidationError> m_batch;
    std::optional<qint64> m_total;
    qint64 m_rows = 0;
    qint64 m_records = 0;
    int m_columnIndex[4] = {-1, -1, -1, -1}; ///< Row, Column, Value, Error
    ApiError m_recordError;
    QString m_fileName;
    /// Column names and messages, converted once: rows share one QString per distinct text.
    std::unordered_map<std::string, QString, TextHash, std::equal_to<>> m_interned;
};

} // namespace fw
