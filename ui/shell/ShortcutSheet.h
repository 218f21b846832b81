#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace fw::ui {

/// Every keyboard shortcut of a window (F1 or Ctrl+/), grouped by menu and searchable by name or
/// key. It reads the window's QActions each time it is shown, so it never goes stale: the menu
/// bar's menus first, in their order, then actions with a shortcut that sit in no menu.
class ShortcutSheet final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutSheet)

public:
    struct Entry
    {
        QString name; ///< the action's text without its mnemonic, e.g. "Open run…"
        QList<QKeySequence> keys;
    };
    struct Group
    {
        QString title; ///< the menu's title without its mnemonic, e.g. "File"
        QList<Entry> entries;
    };
    enum Column { NameColumn, KeysColumn, ColumnCount };

    explicit ShortcutSheet(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutSheet() override;

    /// The shortcuts of `window`'s actions, grouped (enabled or not, visible ones only).
    static QList<Group> collect(const QWidget *window);
    /// "Ctrl+O, Ctrl+Shift+O" as the user's platform writes keys.
    static QString keysText(const QList<QKeySequence> &keys);

    /// Rebuilds the list from the window's actions (also done on every show).
    void refresh();
    void setSearchText(const QString &text);
    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    /// The filtered list the user sees: top-level rows are groups, their children shortcuts.
    QSortFilterProxyModel *shownModel() const { return m_filter; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
};

} // namespace fw::ui
