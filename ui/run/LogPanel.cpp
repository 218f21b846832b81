#include "LogPanel.h"

#include "core/models/run/LogFilterModel.h"
#include "core/models/run/LogModel.h"
#include "core/text/DisplayText.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_filter = new LogFilterModel(this);
    m_filter->setSourceModel(model);

    m_stage = new QComboBox(this);
    m_stage->addItem(tr("All stages"), QString());
    m_stage->setAccessibleName(tr("Stage filter"));
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QString &stage : model->stages())
        m_stage->addItem(visibleText(stage, 40), stage);
    connect(model, &LogModel::stageAdded, this,
            [this](const QString &stage) { m_stage->addItem(visibleText(stage, 40), stage); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setStage(m_stage->itemData(index).toString());
        updateCount();
    });

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the log"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });

    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest entry in view (Ctrl+L)"));

    m_count = new QLabel(this);

    // The page owns the shortcuts (Ctrl+F, Ctrl+S, Ctrl+L), so they work wherever focus is.
    auto *save = new QAction(tr("Save log…"), this);
    save->setToolTip(tr("Save the log entries shown to a text file (Ctrl+S)"));
    connect(save, &QAction::triggered, this, &LogPanel::saveWithDialog);
    auto *saveButton = new QToolButton(this);
    saveButton->setDefaultAction(save);

    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::Time, QHeaderView::ResizeToContents);
    // Stages arrive over time; a fixed width that fits the usual names (longer ones elide and
    // show in full in the stage filter) keeps the columns still while the log grows.
    m_view->horizontalHeader()->resizeSection(
        LogModel::Stage, fontMetrics().horizontalAdvance(u"transform · validate"_s));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Log entries"));
    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogPanel::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LogPanel::onRowsInserted);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LogPanel::updateCount);
    // Scrolling up by hand stops following; back at the bottom follows again.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        const QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->isSliderDown())
            m_follow->setChecked(value == bar->maximum());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_stage);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_count);
    bar->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    updateCount();
}

void LogPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogPanel::setFollowTail(bool follow)
{
    m_follow->setChecked(follow);
    if (follow)
        m_view->scrollToBottom();
}

bool LogPanel::followsTail() const
{
    return m_follow->isChecked();
}

void LogPanel::onRowsInserted()
{
    updateCount();
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

void LogPanel::updateCount()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total
                         ? tr("%1 entries").arg(locale.toString(total))
                         : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

void LogPanel::copySelection() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    for (const QModelIndex &index : std::as_const(rows)) {
        const int row = m_filter->mapToSource(index).row();
        lines << LogModel::toText(m_model->entryAt(row), zone);
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void LogPanel::setRunName(const QString &pipelineId, const QString &runId)
{
    m_pipelineId = pipelineId;
    m_runId = runId;
}

QString LogPanel::suggestedFileName() const
{
    QString name = m_runId.isEmpty() ? u"run"_s : m_pipelineId + u'-' + m_runId;
    static const QRegularExpression unsafe(uR"([^A-Za-z0-9._-]+)"_s);
    name.replace(unsafe, u"_"_s);
    return name.left(120) + u"-log.txt"_s;
}

bool LogPanel::selectSequence(qint64 sequence)
{
    const qint64 row = sequence - m_model->droppedCount();
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(int(row), LogModel::Message));
    if (!index.isValid()) {
        // Hidden by the filter: show everything, then the entry.
        m_search->clear();
        m_stage->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(int(row), LogModel::Message));
    }
    if (!index.isValid())
        return false;
    m_follow->setChecked(false);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString LogPanel::saveTo(const QString &path, bool all) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return file.errorString();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const int rows = all ? m_model->rowCount() : m_filter->rowCount();
    for (int row = 0; row < rows; ++row) {
        const int source = all ? row : m_filter->mapToSource(m_filter->index(row, 0)).row();
        const QByteArray line = LogModel::toText(m_model->entryAt(source), zone).toUtf8() + '\n';
        if (file.write(line) != line.size())
            return file.errorString();
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

void LogPanel::saveWithDialog()
{
    bool all = false;
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    if (shown != total) {
        // A filter hides some entries: save what it shows, or everything?
        const QLocale locale;
        QMessageBox ask(QMessageBox::Question, tr("Save log"),
                        tr("The filter shows %1 of %2 entries.")
                            .arg(locale.toString(shown), locale.toString(total)),
                        QMessageBox::Cancel, this);
        QPushButton *filtered = ask.addButton(tr("Save the %1 shown").arg(locale.toString(shown)),
                                              QMessageBox::AcceptRole);
        QPushButton *everything
            = ask.addButton(tr("Save all %1").arg(locale.toString(total)), QMessageBox::AcceptRole);
        ask.setDefaultButton(filtered);
        ask.exec();
        if (ask.clickedButton() == everything)
            all = true;
        else if (ask.clickedButton() != filtered)
            return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save log"), dir + u'/' + suggestedFileName(),
                                       tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path, all);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save log"),
                             tr("Could not save the log to %1: %2. Choose another folder and "
                                "try again.")
                                 .arg(path, error));
}

} // namespace fw::ui
