#pragma once

#include "core/api/RunProgress.h"
#include "core/models/browser/WatchListModel.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace fw::ui {

/// The confirmation before a retry is sent: which run of which pipeline, through which profile
/// and server, its load strategy and what the retry will do ("Resumes from the server's last
/// checkpoint", "Re-runs from the beginning") — never a row: only the server's answer names it. A
/// production profile adds a warning (icon and text). Cancel is the default button: Enter cancels;
/// retrying takes a click on Retry or its Alt+R mnemonic.
class RetryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryDialog)

public:
    struct Content
    {
        WatchedRun run; ///< the run and its connection, as the user knows them
        QString server; ///< "127.0.0.1:43817"
        RunProgress progress; ///< status, load strategy, processed and total rows
        QString alreadyRetriedAs; ///< a retry of this run already created this run
    };

    explicit RetryDialog(const Content &content, QWidget *parent = nullptr);

    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// The sentence of what will happen, as shown.
    QString outcomeText() const;
    /// What is known before the server answers: rows processed, what the strategy risks.
    QString knownText() const;
    /// The production warning (nullptr for other profiles).
    QWidget *productionWarning() const { return m_production; }

private:
    QWidget *makeProductionWarning(const WatchedRun &run);
    QWidget *makeStatusValue(const QString &runId, const RunProgress &progress);

    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_known = nullptr;
    QWidget *m_production = nullptr;
};

} // namespace fw::ui
