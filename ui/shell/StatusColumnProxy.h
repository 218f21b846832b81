#pragma once

#include <QIdentityProxyModel>

namespace fw::ui {

/// Dresses one status column of a core model with StatusStyle: the icon (a shape per status),
/// the word, and the raw text for unknown statuses — so status is never shown by colour alone.
/// The source model provides int(RunStatus) in `statusRole` (-1: none) and the raw text in
/// `rawTextRole`.
class StatusColumnProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusColumnProxy)

public:
    StatusColumnProxy(int column, int statusRole, int rawTextRole, QObject *parent = nullptr);
    ~StatusColumnProxy() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_column = 0;
    int m_statusRole = 0;
    int m_rawTextRole = 0;
};

} // namespace fw::ui
