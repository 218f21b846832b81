#pragma once

#include "core/api/RunProgress.h"
#include "core/api/RunRef.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace fw {

/// One watched run, across profiles: the run and how its connection looks.
struct WatchedRun
{
    RunRef ref; ///< unique
    QString pipelineName; ///< may be empty until the browser knows it
    QString profileColor; ///< "#rrggbb" or empty
    bool production = false;
    int stallMinutes = 10; ///< the connection's "stalled after"
};

/// The Watching overview: every watched run with status, progress, ETA and failed rows. Updates
/// are row-level dataChanged with the roles that changed; sort the Status column descending on
/// SortRole for "worst first".
class WatchListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchListModel)

public:
    enum Column {
        RunColumn,
        PipelineColumn,
        ProfileColumn,
        StatusColumn,
        ProgressColumn,
        EtaColumn,
        FailedRowsColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RunRole = Qt::UserRole + 1, ///< fw::RunRef
        StatusRole, ///< int(RunStatus), or -1 before the first poll
        StatusTextRole, ///< raw status
        ProgressRole, ///< double 0–100 for the bar; -1 when unknown (no total yet)
        FailedRowsRole, ///< qint64
        UpdatedAtRole, ///< QDateTime of the last good poll
        StaleRole, ///< bool: the last poll failed, the values are older
        ProfileColorRole, ///< QString "#rrggbb" or empty
        MessageRole, ///< QString: why the run is stale or stopped
        SortRole, ///< raw value of the column (status: severity)
    };
    Q_ENUM(Role)

    explicit WatchListModel(QObject *parent = nullptr);
    ~WatchListModel() override;

    /// Adds a run (no-op when it is watched already). Returns its row.
    int addRun(const WatchedRun &run);
    bool removeRun(const RunRef &run);
    int rowOf(const RunRef &run) const;
    const WatchedRun &runAt(int row) const { return m_rows.at(row).run; }
    std::optional<RunStatus> statusAt(int row) const;

    /// A good poll: updates that row with the roles that changed.
    void setProgress(const RunProgress &progress, const RunRef &run, const QDateTime &at);
    /// The last poll failed (or polling stopped): marks the row stale with `message`.
    void setStale(const RunRef &run, bool stale, const QString &message = {});
    void setPipelineName(const RunRef &run, const QString &name);
    /// The connection's colour or production flag was edited: updates its rows.
    void setConnectionLook(const QString &connection, const QString &color, bool production);
    /// The connection was renamed: its rows name the new one.
    void renameConnection(const QString &from, const QString &to);
    /// "stalled for 12 min" (empty: not stalled): shown after the status, and a stalled run
    /// sorts with the failures.
    void setStall(const RunRef &run, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "32,000 of 50,000 (64 %)", "0 of 0", or "—".
    static QString progressText(const RunProgress &progress);
    /// 0–100, or -1 when the total is not known (0 or negative) or the counts are absurd.
    static double progressPercent(const RunProgress &progress);

private:
    struct Row
    {
        WatchedRun run;
        RunProgress progress;
        bool hasProgress = false;
        QDateTime updatedAt;
        bool stale = false;
        QString message;
        QString stall; ///< "stalled for 12 min" or empty
    };

    QString display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace fw
