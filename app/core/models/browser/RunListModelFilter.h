#pragma once

#include "core/api/RunStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace fw {

/// Narrows a RunListModel to runs of one status and whose id contains a text (case-insensitive),
/// and counts what it shows ("3 of 12 runs").
class RunListModelFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModelFilter)

public:
    explicit RunListModelFilter(QObject *parent = nullptr);

    /// nullopt: any status.
    void setStatus(std::optional<RunStatus> status);
    void setIdText(const QString &text);
    /// "12 runs", "3 of 12 runs", "1 run".
    QString countText() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<RunStatus> m_status;
    QString m_idText;
};

} // namespace fw
