#include "DemoServer.h"

#include "sim/Simulator.h"

namespace fw {

DemoServer::DemoServer()
{
    m_thread.setObjectName(QStringLiteral("flowwatch-demo-server"));
}

DemoServer::~DemoServer()
{
    // Delete the simulator on its own thread, then stop the thread.
    if (m_simulator && m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_simulator, [this] { delete m_simulator; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool DemoServer::start()
{
    m_thread.start();
    m_simulator = new sim::Simulator(sim::SimulatorOptions {});
    m_simulator->moveToThread(&m_thread);
    bool listening = false;
    QUrl url;
    QMetaObject::invokeMethod(
        m_simulator,
        [this, &listening, &url] {
            listening = m_simulator->start();
            url = m_simulator->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    m_baseUrl = url;
    return listening;
}

} // namespace fw
