#pragma once

#include "core/models/errors/ErrorSummaryModel.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace fw {
class ErrorTableModel;
}

namespace fw::ui {

/// The summary beside the error table: errors counted by column and by error message, most
/// first ("Invalid email format — 1,234"). Activating an entry (click, Enter) asks to filter
/// the table to it. While the counts cover only part of the run's errors (the preview, a load
/// under way or stopped), a note above them says so (setCoverage()).
class ErrorSummaryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorSummaryPanel)

public:
    ErrorSummaryPanel(ErrorTableModel *errors, QWidget *parent = nullptr);

    ErrorSummaryModel *byColumn() const { return m_byColumn; }
    ErrorSummaryModel *byMessage() const { return m_byMessage; }
    QTreeView *columnView() const { return m_columnView; }
    QTreeView *messageView() const { return m_messageView; }
    /// What part of the errors the counts are of; empty when they are of every error.
    void setCoverage(const QString &note);
    QString coverage() const;

Q_SIGNALS:
    void entryActivated(fw::ErrorSummaryModel::Kind kind, const QString &name);

private:
    QTreeView *makeView(ErrorSummaryModel *model, QSortFilterProxyModel *proxy);

    ErrorSummaryModel *m_byColumn = nullptr;
    ErrorSummaryModel *m_byMessage = nullptr;
    QTreeView *m_columnView = nullptr;
    QTreeView *m_messageView = nullptr;
    QLabel *m_coverage = nullptr;
};

} // namespace fw::ui
