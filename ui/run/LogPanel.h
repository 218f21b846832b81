#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace fw {
class LogFilterModel;
class LogModel;
} // namespace fw

namespace fw::ui {

/// The log as a list: stage filter, text search (Ctrl+F), follow-tail, copy (Ctrl+C) of the
/// selected entries in full, and "Save log…" (Ctrl+S) to a text file named after the run, with
/// milliseconds: what the filter shows, or, when a filter hides some entries, what the user
/// chooses. Written through QSaveFile so a failed save leaves nothing half-written.
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    void focusSearch();
    void copySelection() const;
    /// Writes the entries, one per line: those the filter shows, or every entry when `all`;
    /// returns an error text (empty on success).
    QString saveTo(const QString &path, bool all = false) const;
    void saveWithDialog();
    /// The run the log belongs to, for the saved file's name.
    void setRunName(const QString &pipelineId, const QString &runId);
    /// "pipe_001-run_002-log.txt" (characters a file name cannot hold replaced).
    QString suggestedFileName() const;
    /// Selects and shows the entry with this LogModel sequence number (clearing a filter that
    /// hides it); false when it is no longer in the log.
    bool selectSequence(qint64 sequence);
    void setFollowTail(bool follow);
    bool followsTail() const;
    QTableView *view() const { return m_view; }
    LogFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stageFilter() const { return m_stage; }

private:
    void onRowsInserted();
    void updateCount();

    LogModel *m_model = nullptr;
    LogFilterModel *m_filter = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_follow = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QString m_pipelineId;
    QString m_runId;
};

} // namespace fw::ui
