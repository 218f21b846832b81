#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace fw::app {

/// One Flowwatch per user session. The first instance listens on a local socket; a later launch
/// hands its arguments to it and exits, and the first one opens them (messageReceived()).
///
/// Protocol, one message per connection: the launcher sends a QDataStream (Qt 6.4 format) with
/// a magic number and the argument list; the running instance emits messageReceived() and
/// answers one byte, 'k', so the launcher exits only once its arguments were taken. A socket
/// left behind by a crashed instance (nothing answers on it) is removed before listening, and a
/// lock file next to it keeps two launches at the same moment from both taking the name.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Outcome {
        Primary, ///< nobody else runs: this instance listens now
        HandedOff, ///< a running instance took the arguments: this one should exit
        Alone, ///< neither (the name is held by an instance that does not answer, or cannot be
               ///< used): run on without receiving later launches
    };

    /// `serverName`: a QLocalServer name or an absolute socket path (see defaultServerName()).
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Per application and user: `<appId>-<user id>`; on Unix inside the user's runtime
    /// directory ($XDG_RUNTIME_DIR, private to the user) when there is one.
    static QString defaultServerName(const QString &appId);

    /// Hands `arguments` to the running instance, or, when none answers, starts listening.
    /// Blocks (running a local event loop) for at most `timeoutMs` while the other side answers.
    Outcome handOffOrListen(const QStringList &arguments, int timeoutMs = 5'000);

    bool isListening() const;
    const QString &serverName() const { return m_name; }
    /// Why the last handOffOrListen() ended Alone (for a warning on stderr).
    const QString &errorString() const { return m_error; }

Q_SIGNALS:
    /// A later launch's arguments (without the program name).
    void messageReceived(const QStringList &arguments);

private:
    enum class Delivery { Delivered, NobodyListening, NoAnswer };
    Delivery deliver(const QStringList &arguments, int timeoutMs);
    bool listen();
    void onNewConnection();
    void readMessage(QLocalSocket *socket);

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace fw::app
