#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace fw::test {

// A TCP server on 127.0.0.1 that answers each complete HTTP request with scripted raw bytes (or
// nothing, or a close/reset) and records the raw requests, so tests can check exactly what a
// client sent (e.g. that no X-API-Key reached a redirect target) and feed it garbage.
class RawHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpServer)

public:
    enum class After { Close, KeepOpen, Reset };
    struct Reply
    {
        QByteArray bytes; // written as-is; empty: write nothing
        After after = After::Close;
    };

    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl baseUrl() const;

    void setDefaultReply(const Reply &reply) { m_default = reply; }
    void enqueue(const Reply &reply) { m_queue.append(reply); }
    QList<QByteArray> requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }

    // A well-formed response with Content-Length.
    static QByteArray response(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});

Q_SIGNALS:
    void requestReceived(const QByteArray &raw);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    Reply m_default;
    QList<Reply> m_queue;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

} // namespace fw::test
