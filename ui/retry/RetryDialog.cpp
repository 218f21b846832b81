#include "RetryDialog.h"

#include "core/monitor/retry/RetryOutlook.h"
#include "core/text/DisplayText.h"
#include "ui/common/StatusStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {
constexpr qsizetype idCap = 80;
constexpr qsizetype nameCap = 120;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // server data is never rendered as rich text
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RetryDialog::RetryDialog(const Content &content, QWidget *parent)
    : QDialog(parent)
{
    const WatchedRun &target = content.run;
    const QString runId = visibleText(target.ref.runId, idCap);
    setWindowTitle(tr("Retry %1").arg(runId));
    setObjectName(u"RetryDialog"_s);

    auto *layout = new QVBoxLayout(this);
    auto *heading = plainLabel(tr("Retry %1?").arg(runId), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    if (target.production) {
        m_production = makeProductionWarning(target);
        layout->addWidget(m_production);
    }

    auto *form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Run:"), makeStatusValue(runId, content.progress));
    const QString pipeline = target.pipelineName.isEmpty()
        ? visibleText(target.ref.pipelineId, idCap)
        : tr("%1 (%2)").arg(visibleText(target.pipelineName, nameCap),
                            visibleText(target.ref.pipelineId, idCap));
    form->addRow(tr("Pipeline:"), plainLabel(pipeline, this));
    const QString connection = target.ref.connection.isEmpty()
        ? content.server
        : tr("%1 — %2").arg(visibleText(target.ref.connection, nameCap), content.server);
    form->addRow(tr("Connection:"), plainLabel(connection, this));
    const QString strategy = content.progress.loadStrategy.isEmpty()
        ? tr("not stated by the server")
        : visibleText(content.progress.loadStrategy, 40);
    form->addRow(tr("Load strategy:"), plainLabel(strategy, this));

    auto *outcomeBox = new QWidget(this);
    auto *outcomeLayout = new QVBoxLayout(outcomeBox);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    // Before the server answers no row is promised: the server resumes from its own checkpoint.
    m_outcome = plainLabel(RetryOutlook::whatWillHappen(content.progress.loadStrategy, locale),
                           outcomeBox);
    m_outcome->setObjectName(u"outcome"_s);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    outcomeLayout->addWidget(m_outcome);
    m_known = plainLabel(RetryOutlook::whatIsKnown(content.progress.loadStrategy,
                                                   content.progress.processedRows,
                                                   content.progress.totalRows, locale),
                         outcomeBox);
    m_known->setObjectName(u"whatIsKnown"_s);
    outcomeLayout->addWidget(m_known);
    form->addRow(tr("What happens:"), outcomeBox);
    layout->addLayout(form);

    if (!content.alreadyRetriedAs.isEmpty()) {
        auto *again = plainLabel(tr("ⓘ %1 was already retried as %2. Retrying again starts "
                                    "another run.")
                                     .arg(runId, visibleText(content.alreadyRetriedAs, idCap)),
                                 this);
        again->setObjectName(u"alreadyRetried"_s);
        layout->addWidget(again);
    }
    layout->addWidget(plainLabel(tr("The new run opens in its own tab and is watched live. "
                                    "Flowwatch sends this retry once and never repeats it on "
                                    "its own."),
                                 this));
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_retry = buttons->addButton(tr("&Retry %1").arg(runId), QDialogButtonBox::AcceptRole);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    // Enter and Escape both cancel: a retry writes data, so it takes a deliberate choice.
    m_retry->setAutoDefault(false);
    m_retry->setDefault(false);
    m_cancel->setAutoDefault(true);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_cancel->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(460);
}

QString RetryDialog::outcomeText() const
{
    return m_outcome->text();
}

QString RetryDialog::knownText() const
{
    return m_known->text();
}

QWidget *RetryDialog::makeProductionWarning(const WatchedRun &target)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(u"productionWarning"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Plain);
    auto *row = new QHBoxLayout(frame);
    auto *icon = new QLabel(frame);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *text = plainLabel(tr("PRODUCTION — “%1” is a production connection: this retry writes "
                               "into production data.")
                                .arg(visibleText(target.ref.connection, nameCap)),
                            frame);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    row->addWidget(text, 1);
    frame->setAccessibleName(text->text());
    return frame;
}

QWidget *RetryDialog::makeStatusValue(const QString &runId, const RunProgress &progress)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(box);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(StatusStyle::icon(progress.status).pixmap(size, size));
    row->addWidget(icon);
    const QString status = StatusStyle::text(progress.status, progress.statusText);
    auto *text = plainLabel(tr("%1 — %2").arg(runId, status), box);
    text->setObjectName(u"runStatus"_s);
    row->addWidget(text, 1);
    return box;
}

} // namespace fw::ui
