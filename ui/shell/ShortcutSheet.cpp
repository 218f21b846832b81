#include "ShortcutSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {

/// "&Open run…" → "Open run…" ("&&" stays one "&").
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

void collectMenu(const QMenu *menu, const QString &title, QList<ShortcutSheet::Group> *groups,
                 QSet<const QAction *> *seen)
{
    ShortcutSheet::Group group {title, {}};
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        seen->insert(action);
        if (QMenu *sub = action->menu()) {
            collectMenu(sub, title + u" \u2192 "_s + withoutMnemonic(sub->title()), groups, seen);
            continue;
        }
        if (action->isSeparator() || !action->isVisible() || action->shortcuts().isEmpty())
            continue;
        group.entries.append({withoutMnemonic(action->text()), action->shortcuts()});
    }
    if (!group.entries.isEmpty())
        groups->append(group);
}

} // namespace

ShortcutSheet::ShortcutSheet(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutSheet"_s);
    m_search->setObjectName(u"shortcutSearch"_s);
    m_search->setPlaceholderText(tr("Search shortcuts by name or key"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setRecursiveFilteringEnabled(true); // a matching shortcut shows with its group
    m_filter->setAutoAcceptChildRows(true); // a matching group shows all its shortcuts
    m_view->setObjectName(u"shortcutView"_s);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setModel(m_filter);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_search);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutSheet::setSearchText);

    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(label);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(520, 560);
    refresh();
}

ShortcutSheet::~ShortcutSheet() = default;

QList<ShortcutSheet::Group> ShortcutSheet::collect(const QWidget *window)
{
    QList<Group> groups;
    if (!window)
        return groups;
    QSet<const QAction *> seen;
    if (const auto *main = qobject_cast<const QMainWindow *>(window); main && main->menuWidget()) {
        if (const auto *bar = qobject_cast<const QMenuBar *>(main->menuWidget())) {
            const QList<QAction *> menus = bar->actions();
            for (const QAction *menuAction : menus) {
                if (QMenu *menu = menuAction->menu())
                    collectMenu(menu, withoutMnemonic(menu->title()), &groups, &seen);
            }
        }
    }
    // Actions of panels (each run tab has its own): listed once per name and keys.
    Group other {tr("Other"), {}};
    QSet<QString> listed;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || !action->isVisible()
            || action->text().isEmpty())
            continue;
        const Entry entry {withoutMnemonic(action->text()), action->shortcuts()};
        const QString id = entry.name + u'\n' + keysText(entry.keys);
        if (listed.contains(id))
            continue;
        listed.insert(id);
        other.entries.append(entry);
    }
    if (!other.entries.isEmpty())
        groups.append(other);
    return groups;
}

QString ShortcutSheet::keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(u", "_s);
}

void ShortcutSheet::refresh()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    const QList<Group> groups = collect(m_window);
    for (const Group &group : groups) {
        auto *title = new QStandardItem(group.title);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *blank = new QStandardItem;
        for (const Entry &entry : group.entries) {
            auto *name = new QStandardItem(entry.name);
            auto *keys = new QStandardItem(keysText(entry.keys));
            keys->setData(tr("%1: %2").arg(entry.name, keysText(entry.keys)),
                          Qt::AccessibleTextRole);
            title->appendRow({name, keys});
        }
        m_model->appendRow({title, blank});
    }
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_view->expandAll();
}

void ShortcutSheet::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_filter->setFilterFixedString(text.trimmed());
    m_view->expandAll();
}

void ShortcutSheet::showEvent(QShowEvent *event)
{
    refresh();
    m_search->setFocus();
    QDialog::showEvent(event);
}

} // namespace fw::ui
