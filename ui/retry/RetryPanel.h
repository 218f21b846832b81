#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace fw::ui {

class RetryAction;

/// The Retry area of a run page's header: the Retry button (the action's, so it is disabled with
/// the reason as tooltip and accessible description when not allowed), what the retry is doing or
/// did ("Sending retry…", "Outcome unknown — checking…", "Retried as run_9001" as a link), a
/// failure's meaning and the server's own message as plain text, "Re-check" after a 403, and on
/// a run created by a retry "Retry of run_001 — resumes from row 32,000" as a link. After the
/// server's 201, both runs' pages show its answer (resumeFromRow, resumable, its log line) and, in
/// bold, a warning when it does not resume or resumes behind the rows processed.
class RetryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryPanel)

public:
    explicit RetryPanel(RetryAction *action, QWidget *parent = nullptr);

    RetryAction *retryAction() const { return m_action; }
    QToolButton *button() const { return m_button; }
    QLabel *originLabel() const { return m_origin; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *serverMessageLabel() const { return m_serverMessage; }
    /// The server's answer to a retry (on both runs' pages) and its warning, if any.
    QLabel *answerLabel() const { return m_answer; }
    QLabel *warningLabel() const { return m_warning; }
    QToolButton *recheckButton() const { return m_recheck; }

private:
    void refresh();

    RetryAction *m_action = nullptr;
    QToolButton *m_button = nullptr;
    QToolButton *m_recheck = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_serverMessage = nullptr;
    QLabel *m_answer = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace fw::ui
