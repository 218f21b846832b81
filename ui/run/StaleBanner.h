#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;

namespace fw {
class RunWatcher;
}

namespace fw::ui {

/// A non-modal bar above the run's data while it is stale or polling has stopped: names the
/// problem and what to do (RunWatcher::lastErrorMessage()), the time of the last good data, a
/// countdown to the next try, and a "Refresh now" button (F5 works anywhere on the page).
class StaleBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleBanner)

public:
    explicit StaleBanner(RunWatcher *watcher, QWidget *parent = nullptr);

    QString message() const;
    QString countdown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyColours();

    QPointer<RunWatcher> m_watcher; ///< may be shared, and deleted before the banner
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_when = nullptr;
    QPushButton *m_refresh = nullptr;
    QTimer m_tick;
    bool m_inPaletteChange = false;
};

} // namespace fw::ui
