#pragma once

#include <QByteArray>
#include <QIODevice>

namespace fw {

/// A request body that can be read once and never rewound. QNetworkAccessManager resends a
/// request whose connection closed before any answer arrived, POSTs included; it does so by
/// rewinding the body. A body that refuses to rewind turns that silent resend into an error
/// (ContentReSendError), so a POST reaches the server at most once per click.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace fw
