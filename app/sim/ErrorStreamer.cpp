#include "ErrorStreamer.h"

#include "HttpConnection.h"
#include "HttpResponse.h"

using namespace Qt::StringLiterals;

namespace fw::sim {

ErrorStreamer::ErrorStreamer(HttpConnection *connection, const ErrorGenerator &generator,
                             QString runId, qint64 total, Format format)
    : QObject(connection)
    , m_connection(connection)
    , m_generator(generator)
    , m_runId(std::move(runId))
    , m_total(total)
    , m_format(format)
{ }

void ErrorStreamer::start()
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray first;
    if (m_format == Format::Csv) {
        headers = {{"Content-Type"_ba, "text/csv; charset=utf-8"_ba},
                   {"Content-Disposition"_ba,
                    R"(attachment; filename="pipeline-run-)"_ba + m_runId.toUtf8()
                        + R"(-errors.csv")"_ba}};
        first = "Row,Column,Value,Error\r\n"_ba;
    } else {
        headers = {{"Content-Type"_ba, "application/json; charset=utf-8"_ba}};
        first = R"({"runId":)"_ba + ErrorGenerator::jsonString(m_runId) + R"(,"total":)"_ba
            + QByteArray::number(m_total) + R"(,"errors":[)"_ba;
    }
    m_connection->write(HttpResponse::head(200, headers, -1, false));
    writeChunk(first);
    connect(m_connection->socket(), &QTcpSocket::bytesWritten, this, &ErrorStreamer::pump);
    pump();
}

void ErrorStreamer::writeChunk(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    m_connection->write(QByteArray::number(data.size(), 16) + "\r\n"_ba + data + "\r\n"_ba);
}

void ErrorStreamer::pump()
{
    if (m_done)
        return;
    if (!m_connection || !m_connection->isOpen()) {
        m_done = true;
        deleteLater();
        return;
    }
    QTcpSocket *socket = m_connection->socket();
    while (socket->bytesToWrite() < HighWaterMark && m_next < m_total) {
        QByteArray chunk;
        chunk.reserve(ChunkBytes + 1024);
        while (chunk.size() < ChunkBytes && m_next < m_total) {
            const GeneratedError error = m_generator.at(m_next);
            if (m_format == Format::Csv) {
                chunk += ErrorGenerator::toCsvRecord(error);
            } else {
                if (m_next > 0)
                    chunk += ',';
                chunk += ErrorGenerator::toJson(error);
            }
            ++m_next;
        }
        writeChunk(chunk);
    }
    if (m_next >= m_total && socket->bytesToWrite() < HighWaterMark) {
        if (m_format == Format::Json)
            writeChunk("]}"_ba);
        m_connection->write("0\r\n\r\n"_ba);
        m_done = true;
        disconnect(socket, nullptr, this, nullptr);
        m_connection->finishResponse(false);
        deleteLater();
    }
}

} // namespace fw::sim
