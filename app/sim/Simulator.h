#pragma once

#include "Fault.h"
#include "RunSpec.h"
#include "SimulatorOptions.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace fw::sim {

class ApiRouter;
class SimHttpServer;
class HttpConnection;
class World;
struct HttpRequest;

// A faithful fake KaireonAI server on 127.0.0.1 (JSON over HTTP/1.1), with the demo world, test
// hooks (request counters, faults, custom runs) and an injectable clock. Runs evolve as a pure
// function of simulated time: elapsed = (clock.now - origin) * speed.
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(SimulatorOptions options = {}, QObject *parent = nullptr);
    ~Simulator() override;

    bool start(); // listens on 127.0.0.1 only
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const;
    // Injects the wall clock (default QDateTime::currentDateTimeUtc). Re-anchors the simulation
    // origin to the new clock's "now", so simulated time restarts at 0 for the demo world's runs.
    void setClock(std::function<QDateTime()> now);
    qint64 simulatedMs() const; // simulated milliseconds since the origin

    // Test hooks.
    int requestCount(const QString &method, const QString &pathRegex = {}) const;
    // The value of header `lowerName` ("x-api-key") of each request seen, oldest first.
    QList<QByteArray> headerValues(const QByteArray &lowerName, const QString &method = {},
                                   const QString &pathRegex = {}) const;
    void resetCounters();
    void injectFault(const Fault &fault);
    void clearFaults();
    QString addRun(const RunSpec &spec);
    void setRunsListEnabled(bool enabled);
    void setCsvErrors(bool enabled);
    void setRunsEnvelope(RunsEnvelope envelope);
    // Changes a key's role mid-session ("admin", "editor", "viewer"); empty revokes it (401).
    void setKeyRole(const QByteArray &key, const QString &role);
    // Plays a HostileScenario on every matching request until clearFaults(); false if unknown.
    bool setHostile(const QString &scenario);
    // How retries of runs without their own answer (RunSpec::retry) are answered.
    void setRetryAnswer(const RetryAnswer &answer);
    // How a retry of the run `runId` (a demo run or an added one) is answered; false if unknown.
    bool setRetryAnswer(const QString &runId, const RetryAnswer &answer);

private:
    struct Seen
    {
        QString method;
        QString path;
        QHash<QByteArray, QByteArray> headers;
    };

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    void onNewConnection();
#endif
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    bool takeFault(const HttpRequest &request, Fault &fault);

    SimulatorOptions m_options;
    std::function<QDateTime()> m_clock;
    QDateTime m_origin;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    SimHttpServer *m_http = nullptr;
#endif
    QTcpServer *m_server = nullptr; // the listening socket (owned by m_http where there is one)
    std::unique_ptr<World> m_world;
    std::unique_ptr<ApiRouter> m_router;
    QList<Seen> m_seen;
    QList<Fault> m_faults;
};

} // namespace fw::sim
