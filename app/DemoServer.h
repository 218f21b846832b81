#pragma once

#include <QThread>
#include <QUrl>

namespace fw::sim {
class Simulator;
}

namespace fw {

/// `flowwatch --demo`: the built-in KaireonAI simulator on a free 127.0.0.1 port, in its own
/// thread, so streaming a million errors never stalls the window.
class DemoServer final
{
public:
    DemoServer();
    ~DemoServer();
    Q_DISABLE_COPY_MOVE(DemoServer)

    /// Starts the simulator and waits until it listens. False if no port could be had.
    bool start();
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QThread m_thread;
    sim::Simulator *m_simulator = nullptr;
    QUrl m_baseUrl;
};

} // namespace fw
