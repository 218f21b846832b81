#pragma once

#include "ErrorGenerator.h"

#include <QObject>
#include <QPointer>

namespace fw::sim {

class HttpConnection;

// Streams a run's errors (JSON or CSV) with chunked transfer-encoding straight from the
// generator: at most ~1 MiB waits in the socket, more is produced on bytesWritten, and the stream
// stops if the client goes away. Memory stays flat whatever the number of errors.
class ErrorStreamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorStreamer)

public:
    enum class Format { Json, Csv };

    ErrorStreamer(HttpConnection *connection, const ErrorGenerator &generator, QString runId,
                  qint64 total, Format format);
    void start();

    static constexpr qint64 HighWaterMark = 1024 * 1024;
    static constexpr qsizetype ChunkBytes = 64 * 1024;

private:
    void pump();
    void writeChunk(const QByteArray &data);

    QPointer<HttpConnection> m_connection;
    ErrorGenerator m_generator;
    QString m_runId;
    qint64 m_total = 0;
    qint64 m_next = 0;
    Format m_format = Format::Json;
    bool m_done = false;
};

} // namespace fw::sim
