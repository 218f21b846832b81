#include "RetryPanel.h"

#include "RetryAction.h"
#include "core/monitor/retry/PermissionPolicy.h"
#include "core/monitor/retry/RetryController.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QPalette>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {
QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // server text is never rendered as rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumWidth(520);
    label->setMaximumWidth(640);
    label->hide();
    return label;
}
} // namespace

RetryPanel::RetryPanel(RetryAction *action, QWidget *parent)
    : QWidget(parent)
    , m_action(action)
{
    setObjectName(u"RetryPanel"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);

    m_button = new QToolButton(this);
    m_button->setObjectName(u"retryButton"_s);
    m_button->setDefaultAction(action->action());
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_origin = plainLabel(u"retryOrigin"_s, this);
    m_origin->setMinimumWidth(0); // one short line beside the button
    m_status = new QLabel(this);
    m_status->setObjectName(u"retryStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    connect(m_status, &QLabel::linkActivated, action, &RetryAction::requestOpenNewRun);
    m_recheck = new QToolButton(this);
    m_recheck->setObjectName(u"recheckButton"_s);
    m_recheck->setText(tr("Re-check permission"));
    m_recheck->setToolTip(tr("Allow Retry again for this connection; the server decides on the "
                             "next retry"));
    m_recheck->hide();
    connect(m_recheck, &QToolButton::clicked, this,
            [this] { m_action->controller()->policy()->clearServerVerdict(); });
    // A failure's meaning and the server's message sit under the button, wide enough to read
    // in two or three lines without stretching the header.
    m_message = plainLabel(u"retryMessage"_s, this);
    m_serverMessage = plainLabel(u"retryServerMessage"_s, this);
    m_answer = plainLabel(u"retryAnswer"_s, this);
    m_warning = plainLabel(u"retryWarning"_s, this);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_warning->setPalette(warningPalette);
    connect(m_origin, &QLabel::linkActivated, action, &RetryAction::requestOpenOriginal);

    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_button, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(m_origin, 0, 1);
    grid->addWidget(m_status, 0, 2);
    grid->addWidget(m_recheck, 0, 3);
    grid->addWidget(m_message, 1, 0, 1, 5);
    grid->addWidget(m_serverMessage, 2, 0, 1, 5);
    grid->addWidget(m_warning, 3, 0, 1, 5);
    grid->addWidget(m_answer, 4, 0, 1, 5);
    grid->setColumnStretch(4, 1);

    connect(action, &RetryAction::changed, this, &RetryPanel::refresh);
    refresh();
}

void RetryPanel::refresh()
{
    QAction *action = m_action->action();
    // setDefaultAction() copies the tooltip; the reason must reach screen readers as well.
    m_button->setAccessibleName(tr("Retry"));
    m_button->setAccessibleDescription(action->toolTip());

    const QString origin = m_action->originText();
    if (origin.isEmpty()) {
        m_origin->setText(QString());
    } else {
        // Flowwatch's own sentence with the ids escaped: a link to the run this one retries.
        m_origin->setTextFormat(Qt::RichText);
        m_origin->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
        m_origin->setText(u"<a href=\"original\">"_s + origin.toHtmlEscaped() + u"</a>"_s);
    }
    m_origin->setVisible(!origin.isEmpty());

    using Feedback = RetryAction::Feedback;
    const Feedback feedback = m_action->feedback();
    QString status;
    QString message;
    switch (feedback) {
    case Feedback::None:
        break;
    case Feedback::Sending:
    case Feedback::Checking:
        status = m_action->feedbackText();
        break;
    case Feedback::Succeeded:
        status = m_action->feedbackText();
        break;
    case Feedback::Failed:
    case Feedback::Resolved:
        message = m_action->feedbackText();
        break;
    }
    if (feedback == Feedback::Succeeded) {
        // The link text is Flowwatch's own sentence with the id escaped; nothing from a server
        // message goes into rich text.
        m_status->setTextFormat(Qt::RichText);
        m_status->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
        m_status->setText(u"<a href=\"open\">"_s + status.toHtmlEscaped() + u"</a>"_s);
        m_status->setToolTip(tr("Open %1").arg(m_action->newRunId()));
    } else {
        m_status->setTextFormat(Qt::PlainText);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_status->setText(status);
        m_status->setToolTip(QString());
    }
    m_status->setVisible(!status.isEmpty());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    const QString server = m_action->serverMessage();
    m_serverMessage->setText(server.isEmpty() ? QString() : tr("Server: %1").arg(server));
    m_serverMessage->setVisible(!server.isEmpty());
    m_recheck->setVisible(m_action->controller()->policy()->isForbiddenByServer());
    // The answer to this run's own retry first; on a run a retry created, the answer that made it.
    const bool ownAnswer = !m_action->answerText().isEmpty();
    const QString answer = ownAnswer ? m_action->answerText() : m_action->originAnswerText();
    const QString warning = ownAnswer ? m_action->warningText() : m_action->originWarningText();
    m_answer->setText(answer);
    m_answer->setVisible(!answer.isEmpty());
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_warning->setAccessibleName(warning);
}

} // namespace fw::ui
