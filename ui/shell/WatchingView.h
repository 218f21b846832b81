#pragma once

#include "core/api/RunRef.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace fw {
class WatchListModel;
}

namespace fw::ui {

class StatusColumnProxy;

/// The Watching overview: every watched run with a mini progress bar, status, ETA and failed
/// rows, sortable, worst problems first by default. Enter or double-click opens the run.
class WatchingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchingView)

public:
    explicit WatchingView(WatchListModel *model, QWidget *parent = nullptr);
    ~WatchingView() override;

    QTreeView *view() const { return m_view; }
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void openRequested(const fw::RunRef &run);

private:
    void updatePlaceholder();

    WatchListModel *m_model = nullptr;
    StatusColumnProxy *m_status = nullptr;
    QSortFilterProxyModel *m_sort = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace fw::ui
