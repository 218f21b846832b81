#include "StaleBanner.h"

#include "core/monitor/watching/Clock.h"
#include "core/monitor/watching/RunWatcher.h"
#include "ui/common/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

StaleBanner::StaleBanner(RunWatcher *watcher, QWidget *parent)
    : QFrame(parent)
    , m_watcher(watcher)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Connection problem"));
    m_icon = new QLabel(u"⚠"_s, this);
    QFont big = m_icon->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_icon->setFont(big);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_when = new QLabel(this);
    m_when->setTextFormat(Qt::PlainText);
    m_refresh = new QPushButton(tr("Refresh now (F5)"), this);
    connect(m_refresh, &QPushButton::clicked, watcher, &RunWatcher::refreshNow);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_when);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_refresh, 0, Qt::AlignVCenter);

    connect(watcher, &RunWatcher::staleChanged, this, &StaleBanner::refresh);
    connect(watcher, &RunWatcher::pollFailed, this, &StaleBanner::refresh);
    connect(watcher, &RunWatcher::pollingStopped, this, &StaleBanner::refresh);
    connect(watcher, &RunWatcher::scheduleChanged, this, &StaleBanner::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StaleBanner::refresh);
    applyColours();
    refresh();
}

QString StaleBanner::message() const
{
    return m_text->text();
}

QString StaleBanner::countdown() const
{
    if (!m_watcher || !m_watcher->isPolling())
        return tr("Polling stopped.");
    if (m_watcher->isRequestInFlight())
        return tr("Trying again now…");
    const QDateTime next = m_watcher->nextPollAt();
    if (!next.isValid())
        return m_watcher->isNetworkReachable() ? QString() : tr("Waiting for the network.");
    const qint64 seconds
        = std::max<qint64>(0, (m_watcher->clock()->now().msecsTo(next) + 999) / 1000);
    return tr("Next try in %1 s.").arg(seconds);
}

void StaleBanner::refresh()
{
    if (!m_watcher) {
        m_tick.stop();
        return;
    }
    const bool show = m_watcher->isStale() || m_watcher->lastError().isError();
    setVisible(show);
    if (!show) {
        m_tick.stop();
        return;
    }
    if (!m_tick.isActive())
        m_tick.start();
    m_text->setText(m_watcher->lastErrorMessage());
    const QDateTime last = m_watcher->lastSuccessAt();
    const QString since = last.isValid()
        ? tr("Showing data from %1.")
              .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
        : tr("No data received yet.");
    m_when->setText(since + u' ' + countdown());
}

void StaleBanner::applyColours()
{
    const bool dark = StatusStyle::isDark(palette());
    QPalette p = palette();
    QColor tone = StatusStyle::color(RunStatus::CompletedWithErrors, dark);
    QColor background = p.color(QPalette::Base);
    background = QColor::fromRgbF(background.redF() * 0.8 + tone.redF() * 0.2,
                                  background.greenF() * 0.8 + tone.greenF() * 0.2,
                                  background.blueF() * 0.8 + tone.blueF() * 0.2);
    p.setColor(QPalette::Window, background);
    setPalette(p);
    QPalette iconPalette = m_icon->palette();
    iconPalette.setColor(QPalette::WindowText, tone);
    m_icon->setPalette(iconPalette);
}

void StaleBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_inPaletteChange) {
        m_inPaletteChange = true;
        applyColours();
        m_inPaletteChange = false;
    }
    QFrame::changeEvent(event);
}

} // namespace fw::ui
