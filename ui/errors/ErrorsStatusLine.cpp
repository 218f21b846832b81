#include "ErrorsStatusLine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace fw::ui {

ErrorsStatusLine::ErrorsStatusLine(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    m_text->setTextFormat(Qt::PlainText); // server text is never rendered as markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_icon->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
}

QString ErrorsStatusLine::text() const
{
    return m_text->text();
}

QString ErrorsStatusLine::describe(const State &state, int *progress, bool *problem)
{
    const QLocale locale;
    const auto of = [&](qint64 n, qint64 total) {
        return total >= 0 && total != n
            ? tr("%1 of %2 errors").arg(locale.toString(n), locale.toString(total))
            : (n == 1 ? tr("1 error") : tr("%1 errors").arg(locale.toString(n)));
    };
    QString text;
    *problem = false;
    *progress = -2;
    switch (state.load) {
    case ErrorLoader::State::Idle:
        if (state.previewTotal == 0 && !state.hasPreview)
            text = tr("This run has no validation errors.");
        else if (!state.hasSource && !state.hasPreview)
            text = tr("No errors to show yet.");
        else
            text = tr("Showing the first %1 — Load all errors (Ctrl+L) to see every one")
                       .arg(of(state.loaded, state.previewTotal));
        break;
    case ErrorLoader::State::Loading:
        text = tr("Loading… %1").arg(of(state.loaded, state.expected));
        *progress = state.expected > 0
            ? int(std::min<qint64>(1000, state.loaded * 1000 / state.expected))
            : -1;
        break;
    case ErrorLoader::State::Loaded:
        text = of(state.loaded, -1);
        break;
    case ErrorLoader::State::Cancelled:
        text = tr("Loading cancelled: %1 loaded — Load all errors (Ctrl+L) to load them all")
                   .arg(of(state.loaded, state.expected));
        break;
    case ErrorLoader::State::Failed:
        *problem = true;
        text = tr("Could not load the errors: %1 Use Reload (Ctrl+L) to try again.")
                   .arg(state.loadError);
        break;
    }
    if (state.filtered)
        text += tr(" · filtered: %1").arg(locale.toString(state.shown));
    if (state.busy) {
        text += state.filtered ? tr(" · filtering…") : tr(" · sorting…");
        if (*progress == -2)
            *progress = -1;
    }
    if (state.exporting) {
        text += tr(" · exporting… (Esc cancels)");
        *progress = -1;
    }
    if (!state.notice.isEmpty())
        text += u"  ·  "_s + state.notice;
    return text;
}

void ErrorsStatusLine::setState(const State &state)
{
    int progress = -2;
    bool problem = false;
    m_text->setText(describe(state, &progress, &problem));
    m_icon->setVisible(problem);
    if (problem) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size));
    }
    m_progress->setVisible(progress != -2);
    m_progress->setRange(0, progress == -1 ? 0 : 1000);
    if (progress >= 0)
        m_progress->setValue(progress);
}

} // namespace fw::ui
