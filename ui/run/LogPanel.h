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
/// selected entries in full, and "Save log…" (Ctrl+S) of every entry to a text file, written
/// through QSaveFile so a failed save leaves nothing half-written.
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    void focusSearch();
    void copySelection() const;
    /// Writes every entry, one per line; returns an error text (empty on success).
    QString saveTo(const QString &path) const;
    void saveWithDialog();
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
};

} // namespace fw::ui
