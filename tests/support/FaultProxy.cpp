#include "FaultProxy.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <limits>
#include <optional>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace fw::test {

using Breaking = FaultProxy::Breaking;

namespace {

struct Chunk
{
    qint64 dueMs = 0;
    QByteArray bytes;
    /// Set on the first chunk of a request (the fault drawn for it) and on the first chunk of
    /// its response (the fault that breaks it).
    std::optional<Breaking> starts;
};

void resetSocket(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    if (socket->socketDescriptor() >= 0) {
        // SO_LINGER with a zero timeout makes close() send an RST instead of a FIN.
        const linger lingerOption {1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                     &lingerOption, sizeof(lingerOption));
    }
#endif
    socket->abort();
}
} // namespace

/// One client connection and its upstream twin. Bytes each way wait in a queue until their
/// latency has passed; towards the client a token bucket limits the rate.
///
/// Faults are drawn per request: the client's bytes are split at request boundaries (a head up
/// to its blank line, then Content-Length bytes of body), and each request's first chunk carries
/// the fault drawn for it. When that chunk goes upstream, the next bytes from the server start
/// its response, which the fault then breaks. This relies on the client not pipelining (Qt
/// does not by default): a response is over when the next request on the connection starts.
class FaultProxy::Link final : public QObject
{
public:
    Link(FaultProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        m_client->setParent(this);
        m_clock.start();
        m_pump.setInterval(5);
        connect(&m_pump, &QTimer::timeout, this, [this] { pump(); });
        connect(m_client, &QTcpSocket::readyRead, this, [this] {
            readRequests(m_client->readAll());
            pump();
        });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { finish(); });
        m_server = new QTcpSocket(this);
        connect(m_server, &QTcpSocket::readyRead, this, [this] {
            const QByteArray data = m_server->readAll();
            if (!data.isEmpty()) {
                m_down.push_back({m_clock.elapsed() + latency(), data, m_nextResponse});
                m_nextResponse.reset();
            }
            pump();
        });
        connect(m_server, &QTcpSocket::connected, this, [this] { pump(); });
        connect(m_server, &QTcpSocket::disconnected, this, [this] {
            m_serverGone = true;
            pump();
        });
        connect(m_server, &QTcpSocket::errorOccurred, this, [this] {
            m_serverGone = true;
            pump();
        });
        m_server->connectToHost(proxy->m_upstreamHost, proxy->m_upstreamPort);
        m_pump.start();
    }

    bool isOpen() const { return m_client && m_client->state() == QAbstractSocket::ConnectedState; }

private:
    qint64 latency() const { return m_proxy->m_settings.latency.count(); }

    void pump()
    {
        if (m_done)
            return;
        const qint64 now = m_clock.elapsed();
        // Towards the server: latency only.
        if (m_server && m_server->state() == QAbstractSocket::ConnectedState) {
            while (!m_up.empty() && m_up.front().dueMs <= now) {
                m_proxy->m_stats.bytesToServer += m_up.front().bytes.size();
                m_server->write(m_up.front().bytes);
                if (m_up.front().starts)
                    m_nextResponse = m_up.front().starts;
                m_up.pop_front();
            }
        }
        // Towards the client: latency, the rate limit and the breaking faults.
        const qint64 rate = m_proxy->m_settings.bytesPerSecond;
        if (rate > 0)
            m_budget = std::min<qint64>(m_budget + (now - m_lastRefillMs) * rate / 1000,
                                        std::max<qint64>(rate / 10, 1));
        m_lastRefillMs = now;
        while (!m_down.empty() && m_down.front().dueMs <= now) {
            Chunk &chunk = m_down.front();
            if (chunk.starts) {
                // A new response: the fault of its request, counted from its first byte.
                m_breaking = *std::exchange(chunk.starts, std::nullopt);
                m_sent = 0;
                m_cutAt = -1;
                m_head.clear();
            }
            qint64 take = chunk.bytes.size();
            if (rate > 0)
                take = std::min(take, m_budget);
            if (m_breaking == Breaking::Reset)
                take = std::min(take, m_proxy->m_settings.resetAfterBytes - m_sent);
            if (m_breaking == Breaking::Cut)
                take = std::min(take, cutLimit(chunk.bytes) - m_sent);
            if (take > 0) {
                if (m_breaking == Breaking::Cut && m_cutAt < 0 && m_head.size() < 64 * 1024)
                    m_head += chunk.bytes.left(take);
                m_client->write(chunk.bytes.left(take));
                m_sent += take;
                m_proxy->m_stats.bytesToClient += take;
                if (rate > 0)
                    m_budget -= take;
                chunk.bytes.remove(0, take);
                if (chunk.bytes.isEmpty())
                    m_down.pop_front();
            }
            if (m_breaking == Breaking::Reset && m_sent >= m_proxy->m_settings.resetAfterBytes) {
                ++m_proxy->m_stats.resets;
                m_client->flush();
                resetSocket(m_client);
                finish();
                return;
            }
            if (m_breaking == Breaking::Cut && m_cutAt >= 0 && m_sent >= m_cutAt) {
                ++m_proxy->m_stats.cutBodies;
                m_client->flush();
                m_client->disconnectFromHost();
                finish();
                return;
            }
            if (take <= 0)
                break; // out of budget: wait for the next tick
        }
        if (m_serverGone && m_down.empty()) {
            m_client->disconnectFromHost();
            finish();
        }
    }

    /// Splits the client's bytes into requests and queues them towards the server, drawing a
    /// fault for each request as its first byte arrives. A request drawn never to be answered
    /// is swallowed with everything after it: the client waits on it until it gives up.
    void readRequests(QByteArray data)
    {
        while (!data.isEmpty() && !m_swallowing) {
            std::optional<Breaking> starts;
            if (m_bodyLeft == 0 && m_requestHead.isEmpty()) {
                starts = m_proxy->drawFault();
                if (*starts == Breaking::NeverAnswer) {
                    m_swallowing = true;
                    return;
                }
            }
            qsizetype take = data.size();
            if (m_bodyLeft > 0) {
                take = qsizetype(std::min<qint64>(take, m_bodyLeft));
                m_bodyLeft -= take;
            } else {
                // In a head: up to its blank line, then the body its Content-Length announces.
                const QByteArray seen = m_requestHead.right(3) + data;
                const qsizetype end = seen.indexOf("\r\n\r\n");
                if (end >= 0) {
                    take = end + 4 - std::min<qsizetype>(3, m_requestHead.size());
                    m_requestHead += data.left(take);
                    m_bodyLeft = contentLength(m_requestHead);
                    m_requestHead.clear();
                } else {
                    m_requestHead += data;
                }
            }
            m_up.push_back({m_clock.elapsed() + latency(), data.left(take), starts});
            data.remove(0, take);
        }
    }

    static qint64 contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                return std::max<qint64>(0, l.mid(15).trimmed().toLongLong());
        }
        return 0;
    }

    /// Where a cut body stops: the end of the response's head plus its Content-Length
    /// less the withheld bytes; unknown (no limit) until the head has arrived.
    qint64 cutLimit(const QByteArray &next)
    {
        if (m_cutAt >= 0)
            return m_cutAt;
        const QByteArray head = m_head + next.left(64 * 1024);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0)
            return std::numeric_limits<qint64>::max();
        qint64 length = -1;
        for (const QByteArray &line : head.left(end).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        if (length < 0) {
            m_breaking = Breaking::None; // nothing to cut short (chunked or close-delimited)
            return std::numeric_limits<qint64>::max();
        }
        m_cutAt = end + 4 + std::max<qint64>(0, length - m_proxy->m_settings.cutBodyBy);
        return m_cutAt;
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_pump.stop();
        if (m_server)
            m_server->abort();
        if (m_client->state() != QAbstractSocket::UnconnectedState)
            m_client->disconnectFromHost();
        m_proxy->m_links.removeOne(this);
        deleteLater();
    }

    FaultProxy *m_proxy = nullptr;
    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_server = nullptr;
    Breaking m_breaking = Breaking::None; ///< of the response now going to the client
    std::optional<Breaking> m_nextResponse; ///< of the request last sent upstream
    QByteArray m_requestHead; ///< of the request being read, until its blank line
    qint64 m_bodyLeft = 0; ///< of the request being read
    bool m_swallowing = false; ///< a request is never to be answered
    QElapsedTimer m_clock;
    QTimer m_pump;
    std::deque<Chunk> m_up;
    std::deque<Chunk> m_down;
    QByteArray m_head;
    qint64 m_sent = 0;
    qint64 m_cutAt = -1;
    qint64 m_budget = 0;
    qint64 m_lastRefillMs = 0;
    bool m_serverGone = false;
    bool m_done = false;
};

FaultProxy::FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
{ }

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FaultProxy::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

int FaultProxy::openConnections() const
{
    int open = 0;
    for (const Link *link : m_links)
        open += link->isOpen() ? 1 : 0;
    return open;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_stats.connections;
        m_links.append(new Link(this, socket));
    }
}

Breaking FaultProxy::drawFault()
{
    ++m_stats.requests;
    QList<Breaking> candidates;
    if (m_settings.resetAfterBytes >= 0)
        candidates << Breaking::Reset;
    if (m_settings.cutBodyBy > 0)
        candidates << Breaking::Cut;
    if (m_settings.neverAnswer)
        candidates << Breaking::NeverAnswer;
    Breaking breaking = Breaking::None;
    if (!candidates.isEmpty() && m_random.generateDouble() < m_settings.faultRate)
        breaking = candidates.at(m_random.bounded(int(candidates.size())));
    // Resets and cuts are counted when made (a response may never come, or have no length to
    // cut short); a request is never answered from the moment it is swallowed.
    if (breaking == Breaking::NeverAnswer)
        ++m_stats.neverAnswered;
    return breaking;
}

} // namespace fw::test
