#pragma once

#include <QSortFilterProxyModel>

namespace fw {

/// Filters a LogModel by stage (empty: all) and by text (case-insensitive, in the stage and the
/// whole message). Keeps the log's order.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setStage(const QString &stage);
    const QString &stage() const { return m_stage; }
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_stage;
    QString m_text;
};

} // namespace fw
