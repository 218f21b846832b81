#include "Simulator.h"

#include "ApiRouter.h"
#include "DemoWorld.h"
#include "ErrorStreamer.h"
#include "FaultPlayer.h"
#include "HostileScenario.h"
#include "HttpConnection.h"
#include "SimHttpServer.h"
#include "World.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fw::sim {

Simulator::Simulator(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_origin(m_clock())
    , m_world(std::make_unique<World>(options.seed))
{
    DemoWorld::populate(*m_world, m_options);
    SimContext context;
    context.world = m_world.get();
    context.options = &m_options;
    context.nowMs = [this] { return simulatedMs(); };
    context.wall = [this](qint64 ms) { return m_origin.addMSecs(ms); };
    m_router = std::make_unique<ApiRouter>(context);
}

Simulator::~Simulator() = default;

bool Simulator::start()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, m_options.port)) {
        qWarning("flowwatch-sim: cannot listen on 127.0.0.1:%u: %s", unsigned(m_options.port),
                 qUtf8Printable(m_server->errorString()));
        delete m_server;
        m_server = nullptr;
        return false;
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    m_http = new SimHttpServer(
        [this](QTcpSocket *socket, const HttpRequest &request) {
            onRequest(HttpConnection::answering(socket, request), request);
        },
        this);
    m_http->bind(m_server);
#else
    connect(m_server, &QTcpServer::newConnection, this, &Simulator::onNewConnection);
#endif
    m_origin = m_clock();
    return true;
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

quint16 Simulator::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void Simulator::setClock(std::function<QDateTime()> now)
{
    m_clock = std::move(now);
    m_origin = m_clock();
}

qint64 Simulator::simulatedMs() const
{
    return qint64(std::llround(double(m_origin.msecsTo(m_clock())) * m_options.speed));
}

int Simulator::requestCount(const QString &method, const QString &pathRegex) const
{
    const QRegularExpression re(pathRegex);
    int count = 0;
    for (const Seen &seen : m_seen)
        if ((method.isEmpty() || seen.method.compare(method, Qt::CaseInsensitive) == 0)
            && (pathRegex.isEmpty() || re.match(seen.path).hasMatch()))
            ++count;
    return count;
}

QList<QByteArray> Simulator::headerValues(const QByteArray &lowerName, const QString &method,
                                          const QString &pathRegex) const
{
    const QRegularExpression re(pathRegex);
    QList<QByteArray> values;
    for (const Seen &seen : m_seen)
        if ((method.isEmpty() || seen.method.compare(method, Qt::CaseInsensitive) == 0)
            && (pathRegex.isEmpty() || re.match(seen.path).hasMatch()))
            values.append(seen.headers.value(lowerName));
    return values;
}

void Simulator::resetCounters()
{
    m_seen.clear();
}

void Simulator::injectFault(const Fault &fault)
{
    m_faults.append(fault);
}

void Simulator::clearFaults()
{
    m_faults.clear();
}

QString Simulator::addRun(const RunSpec &spec)
{
    QString id = spec.id.isEmpty() ? m_world->nextCustomId() : spec.id;
    m_world->addPlan(DemoWorld::fromSpec(spec, id, simulatedMs(), m_options.seed));
    return id;
}

void Simulator::setRunsListEnabled(bool enabled)
{
    m_options.runsListEnabled = enabled;
}

void Simulator::setCsvErrors(bool enabled)
{
    m_options.csvErrors = enabled;
}

void Simulator::setRunsEnvelope(RunsEnvelope envelope)
{
    m_options.runsEnvelope = envelope;
}

void Simulator::setKeyRole(const QByteArray &key, const QString &role)
{
    m_world->setKeyRole(key, role);
}

bool Simulator::setHostile(const QString &scenario)
{
    const QList<Fault> faults = HostileScenario::faults(scenario);
    for (const Fault &fault : faults)
        injectFault(fault);
    return !faults.isEmpty();
}

void Simulator::setRetryAnswer(const RetryAnswer &answer)
{
    m_options.retry = answer;
}

bool Simulator::setRetryAnswer(const QString &runId, const RetryAnswer &answer)
{
    return m_world->setRetryAnswer(runId, answer);
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
void Simulator::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(
            socket, [this](HttpConnection *c, const HttpRequest &r) { onRequest(c, r); }, this);
}
#endif

bool Simulator::takeFault(const HttpRequest &request, Fault &fault)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.method.isEmpty() && f.method.toLatin1().toUpper() != request.method)
            continue;
        if (!f.pathRegex.isEmpty()
            && !QRegularExpression(f.pathRegex).match(request.path).hasMatch())
            continue;
        fault = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

void Simulator::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    m_seen.append({QString::fromLatin1(request.method), request.path, request.headers});
    Fault fault;
    if (takeFault(request, fault)) {
        FaultPlayer::play(connection, fault, [this, &request] { m_router->route(request); });
        return;
    }
    const ApiReply reply = m_router->route(request);
    if (reply.streamErrors) {
        const ErrorGenerator generator(m_options.seed, reply.runId, reply.errorCount,
                                       reply.errorRowSpan);
        auto *streamer = new ErrorStreamer(connection, generator, reply.runId, reply.total,
                                           reply.csv ? ErrorStreamer::Format::Csv
                                                     : ErrorStreamer::Format::Json);
        streamer->start();
        return;
    }
    if (reply.delayMs > 0) {
        // A slow server: the request was processed, the answer comes later (unless the client
        // gave up and the connection is gone by then).
        const QByteArray bytes = reply.response.serialize(false);
        QTimer::singleShot(reply.delayMs, connection,
                           [connection = QPointer<HttpConnection>(connection), bytes] {
                               if (!connection || !connection->isOpen())
                                   return;
                               connection->write(bytes);
                               connection->finishResponse(false);
                           });
        return;
    }
    connection->write(reply.response.serialize(false));
    connection->finishResponse(false);
}

} // namespace fw::sim
