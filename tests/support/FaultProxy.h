#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace fw::test {

/// A loopback TCP proxy between a client and a server (the simulator) that makes the network
/// worse: added latency both ways, a bandwidth limit towards the client, and on a share of the
/// requests a reset after some bytes of the response, a body cut short of its Content-Length, or
/// a request that is never answered. Faults are drawn per request, not per connection, so that
/// kept-alive connections meet them too: it splits the client's bytes at request boundaries
/// (head, then Content-Length bytes of body) and counts a response from the first server byte
/// after its request went up; it parses a response's head only for the cut body. The client must
/// not pipeline requests (Qt does not by default).
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    enum class Breaking { None, Reset, Cut, NeverAnswer };

    struct Settings
    {
        std::chrono::milliseconds latency {0}; ///< added to every chunk, both directions
        qint64 bytesPerSecond = 0; ///< towards the client, per connection; 0: no limit
        qint64 resetAfterBytes = -1; ///< RST after this many bytes of a response; -1: never
        qint64 cutBodyBy = 0; ///< withhold a body's last N bytes, then close; 0: never
        bool neverAnswer = false; ///< read a request, never pass it upstream nor answer
        /// Share of the requests that get one of the breaking faults above (chosen at random
        /// among those set); latency and bandwidth apply to every connection.
        double faultRate = 1.0;
    };

    struct Stats
    {
        int connections = 0;
        int requests = 0; ///< started by the client (a fault is drawn for each)
        int resets = 0; ///< responses reset
        int cutBodies = 0; ///< responses cut short of their Content-Length
        int neverAnswered = 0; ///< requests swallowed
        qint64 bytesToClient = 0;
        qint64 bytesToServer = 0;
    };

    explicit FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(); ///< on 127.0.0.1, a free port
    quint16 port() const;
    QUrl baseUrl() const; ///< http://127.0.0.1:PORT
    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    void setSeed(quint32 seed) { m_random.seed(seed); }
    Stats stats() const { return m_stats; }
    int openConnections() const;

private:
    class Link;
    void onNewConnection();
    Breaking drawFault(); ///< for a request, counted in stats()

    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort = 0;
    QTcpServer *m_server = nullptr;
    Settings m_settings;
    Stats m_stats;
    QRandomGenerator m_random {1};
    QList<Link *> m_links;
};

} // namespace fw::test
