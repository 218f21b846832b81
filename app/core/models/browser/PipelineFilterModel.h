#pragma once

#include <QSortFilterProxyModel>

namespace fw {

/// Filters the pipeline list by name (or id) and by last-run status; sorts on the raw SortRole.
class PipelineFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineFilterModel)

public:
    /// AnyStatus shows all; NeverRun those without a last run; other values are int(RunStatus).
    static constexpr int AnyStatus = -2;
    static constexpr int NeverRun = -1;

    explicit PipelineFilterModel(QObject *parent = nullptr);
    ~PipelineFilterModel() override;

    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }
    void setStatusFilter(int status);
    int statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_name;
    int m_status = AnyStatus;
};

} // namespace fw
