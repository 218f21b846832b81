#include "ErrorsPanel.h"

#include "ErrorDetailPane.h"
#include "ErrorExportDialog.h"
#include "ErrorSummaryPanel.h"
#include "ErrorsStatusLine.h"
#include "core/api/ApiClient.h"
#include "core/export/ErrorExportJob.h"
#include "core/models/errors/ErrorClipboard.h"
#include "core/models/errors/ErrorTableModel.h"
#include "core/text/DisplayText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {
constexpr int CopyLimit = 100'000;

QString withShortcut(const QString &text, const QKeySequence &key)
{
    return text + u" ("_s + key.toString(QKeySequence::NativeText) + u')';
}
} // namespace

ErrorsPanel::ErrorsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ErrorTableModel(this))
    , m_loader(new ErrorLoader(m_model, this))
    , m_export(new ErrorExportJob(this))
    , m_searchDelay(new QTimer(this))
    , m_busyDelay(new QTimer(this))
{
    buildActions();
    buildLayout();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &ErrorsPanel::applyFilter);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150); // quick sorts never flash a busy state
    connect(m_busyDelay, &QTimer::timeout, this, &ErrorsPanel::updateStatus);

    connect(m_model, &ErrorTableModel::countsChanged, this, &ErrorsPanel::updateStatus);
    connect(m_model, &ErrorTableModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_busyDelay->start();
        else
            m_busyDelay->stop();
        updateStatus();
    });
    // A new filter resets the table: keep the selected error selected when it is still shown.
    auto remembered = std::make_shared<qint64>(-1);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this, remembered] {
        const QModelIndex current = m_table->currentIndex();
        *remembered = current.isValid() ? qint64(m_model->storeIndex(current.row())) : -1;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, remembered] {
        const int row = *remembered >= 0 ? m_model->viewRow(*remembered) : -1;
        if (row >= 0) {
            m_table->setCurrentIndex(m_model->index(row, ErrorTableModel::Value));
            m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
        }
        showCurrent();
    });
    connect(m_loader, &ErrorLoader::stateChanged, this, &ErrorsPanel::onLoaderState);
    connect(m_loader, &ErrorLoader::progressChanged, this, &ErrorsPanel::updateStatus);
    connect(m_export, &ErrorExportJob::progressChanged, this, &ErrorsPanel::updateStatus);
    connect(m_export, &ErrorExportJob::finished, this, &ErrorsPanel::onExportFinished);
    connect(m_summary, &ErrorSummaryPanel::entryActivated, this, &ErrorsPanel::filterTo);
    for (const auto &[combo, summary] : {std::pair {m_columnFilter, m_summary->byColumn()},
                                         std::pair {m_messageFilter, m_summary->byMessage()}}) {
        auto sync = [this, c = combo, s = summary] { syncCombo(c, s); };
        connect(summary, &QAbstractItemModel::rowsInserted, this, sync);
        connect(summary, &QAbstractItemModel::modelReset, this, sync);
        connect(combo, &QComboBox::activated, this, &ErrorsPanel::applyFilter);
        sync();
    }
    updateStatus();
    updateActions();
}

ErrorsPanel::~ErrorsPanel() = default;

void ErrorsPanel::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(withShortcut(QString(text).remove(u'&'), key));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_loadAction
        = make(tr("&Load all errors"), QKeySequence(Qt::CTRL | Qt::Key_L), &ErrorsPanel::load);
    m_findAction = make(tr("&Find"), QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_copyAction = make(tr("&Copy"), QKeySequence::Copy, &ErrorsPanel::copySelection);
    m_exportAction = make(tr("&Export errors…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          &ErrorsPanel::exportWithDialog);
    m_cancelAction = make(tr("Cancel"), QKeySequence(Qt::Key_Escape), &ErrorsPanel::cancel);
    m_loadAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
}

void ErrorsPanel::buildLayout()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(
        withShortcut(tr("Search row, column, value, error"), QKeySequence::Find));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search errors"));
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ErrorsPanel::applyFilter);
    m_columnFilter = new QComboBox(this);
    m_columnFilter->setAccessibleName(tr("Filter by column"));
    m_columnFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_messageFilter = new QComboBox(this);
    m_messageFilter->setAccessibleName(tr("Filter by error"));
    m_messageFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_messageFilter->setMaximumWidth(320);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_loadAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
    toolbar->addWidget(m_columnFilter);
    toolbar->addWidget(m_messageFilter);
    toolbar->addSeparator();
    toolbar->addAction(m_copyAction);
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_cancelAction);

    m_status = new ErrorsStatusLine(this);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Validation errors"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Value and Error share what the row and column numbers leave: every column stays in view
    // at any width instead of the error running off the right edge.
    header->setSectionResizeMode(ErrorTableModel::Value, QHeaderView::Stretch);
    header->setSectionResizeMode(ErrorTableModel::Message, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSortIndicator(-1, Qt::AscendingOrder); // arrival order until a header is clicked
    m_table->setSortingEnabled(true);
    header->resizeSection(ErrorTableModel::RowNumber, fontMetrics().horizontalAdvance(u"0"_s) * 12);
    header->resizeSection(ErrorTableModel::ColumnName,
                          fontMetrics().horizontalAdvance(u"0"_s) * 16);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ErrorsPanel::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ErrorsPanel::updateActions);

    m_summary = new ErrorSummaryPanel(m_model, this);
    m_detail = new ErrorDetailPane(this);

    // The table takes the whole height (ten rows and more on a laptop's screen); the summary
    // and the selected error's details share the column beside it.
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_summary);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({900, 300});
    m_table->setMinimumWidth(fontMetrics().horizontalAdvance(u"0"_s) * 50);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
}

void ErrorsPanel::setSource(ApiClient *client, QString pipelineId, QString runId)
{
    cancel();
    m_client = client;
    m_pipelineId = std::move(pipelineId);
    m_runId = std::move(runId);
    m_preview.clear();
    m_previewTotal = -1;
    m_fullListShown = false;
    m_notice.clear();
    m_model->clear();
    if (m_autoLoad)
        load();
    updateStatus();
    updateActions();
}

void ErrorsPanel::setPreview(const QList<ValidationError> &first20, qint64 expectedTotal)
{
    m_previewTotal = expectedTotal;
    if (m_fullListShown) {
        updateStatus(); // the full list is loaded or loading: keep it
        return;
    }
    m_preview = first20;
    m_model->clear();
    m_model->appendErrors(first20);
    m_model->publishPending();
    updateStatus();
    updateActions();
}

void ErrorsPanel::setAutoLoad(bool autoLoad)
{
    m_autoLoad = autoLoad;
    if (m_autoLoad && m_client && !m_fullListShown)
        load();
}

void ErrorsPanel::load()
{
    if (!m_client) {
        m_notice = tr("No connection for this run — open it from a connected profile.");
        updateStatus();
        return;
    }
    m_notice.clear();
    m_fullListShown = true;
    m_loader->start(m_client, m_pipelineId, m_runId, m_previewTotal);
    updateActions();
}

void ErrorsPanel::cancel()
{
    if (m_export->isRunning())
        m_export->cancel();
    else if (m_loader->isLoading())
        m_loader->cancel();
}

void ErrorsPanel::onLoaderState(ErrorLoader::State state)
{
    if (state == ErrorLoader::State::Failed && m_model->totalCount() == 0 && !m_preview.isEmpty()) {
        // Keep what we had: the preview stays, marked by the failure message.
        m_model->appendErrors(m_preview);
        m_model->publishPending();
        m_fullListShown = false;
    }
    updateStatus();
    updateActions();
}

void ErrorsPanel::syncCombo(QComboBox *combo, const ErrorSummaryModel *summary)
{
    const QVariant selected = combo->currentData();
    QStringList names;
    for (int r = 0; r < summary->rowCount(); ++r)
        names << summary->index(r, 0).data(ErrorSummaryModel::NameRole).toString();
    names.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(summary->kind() == ErrorSummaryModel::Kind::ByColumn ? tr("All columns")
                                                                        : tr("All errors"));
    for (const QString &name : std::as_const(names))
        combo->addItem(name.isEmpty() ? tr("(empty)") : visibleText(name, 60), name);
    const int index = selected.isValid() ? combo->findData(selected) : 0;
    combo->setCurrentIndex(std::max(index, 0));
}

void ErrorsPanel::filterTo(ErrorSummaryModel::Kind kind, const QString &name)
{
    QComboBox *combo = kind == ErrorSummaryModel::Kind::ByColumn ? m_columnFilter : m_messageFilter;
    // Activating the entry the table is already narrowed to shows everything again.
    const bool active = combo->currentIndex() > 0 && combo->currentData().toString() == name;
    combo->setCurrentIndex(active ? 0 : std::max(combo->findData(name), 0));
    applyFilter();
}

void ErrorsPanel::applyFilter()
{
    m_searchDelay->stop();
    ErrorFilter filter;
    filter.text = m_search->text();
    if (m_columnFilter->currentIndex() > 0)
        filter.column = m_columnFilter->currentData().toString();
    if (m_messageFilter->currentIndex() > 0)
        filter.message = m_messageFilter->currentData().toString();
    m_model->setFilter(filter);
    // The summary marks the entries the table is narrowed to.
    for (QTreeView *view : {m_summary->columnView(), m_summary->messageView()}) {
        const bool byColumn = view == m_summary->columnView();
        const std::optional<QString> &name = byColumn ? filter.column : filter.message;
        QModelIndex match;
        for (int r = 0; name && r < view->model()->rowCount() && !match.isValid(); ++r) {
            const QModelIndex index = view->model()->index(r, 0);
            if (index.data(ErrorSummaryModel::NameRole).toString() == *name)
                match = index;
        }
        if (match.isValid())
            view->setCurrentIndex(match);
        else
            view->clearSelection();
    }
    updateStatus();
}

void ErrorsPanel::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_detail->showError(m_model->errorAt(current.row()));
    else
        m_detail->clear();
}

void ErrorsPanel::copySelection()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const bool capped = rows.size() > CopyLimit;
    QList<ValidationError> errors;
    errors.reserve(std::min<qsizetype>(rows.size(), CopyLimit));
    for (qsizetype i = 0; i < rows.size() && i < CopyLimit; ++i)
        errors << m_model->errorAt(rows.at(i).row());
    QApplication::clipboard()->setText(ErrorClipboard::toTsv(errors));
    const QLocale locale;
    m_notice = capped
        ? tr("Copied the first %1 rows — use Export (Ctrl+E) for more.")
              .arg(locale.toString(CopyLimit))
        : (errors.size() == 1 ? tr("Copied 1 row.")
                              : tr("Copied %1 rows.").arg(locale.toString(errors.size())));
    updateStatus();
}

void ErrorsPanel::exportWithDialog()
{
    if (m_model->totalCount() == 0 || m_export->isRunning())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    ErrorExportDialog dialog(QDir(folder).filePath(m_loader->suggestedFileName().isEmpty()
                                                       ? u"errors.csv"_s
                                                       : m_loader->suggestedFileName()),
                             m_model->totalCount(), m_model->rowCount(), m_loader->isLoading(),
                             this);
    if (dialog.exec() == QDialog::Accepted)
        exportTo(dialog.fileName(), dialog.allRows(), dialog.byteOrderMark());
}

void ErrorsPanel::exportTo(const QString &fileName, bool allRows, bool byteOrderMark)
{
    if (m_export->isRunning())
        return;
    CsvWriterOptions options;
    options.byteOrderMark = byteOrderMark;
    m_notice.clear();
    m_export->start(fileName, m_model->store(),
                    allRows ? std::vector<quint32>() : m_model->viewOrder(), allRows, options);
    updateStatus();
    updateActions();
}

void ErrorsPanel::onExportFinished()
{
    const ErrorExporter::Result &result = m_export->result();
    if (result.ok) {
        m_notice = tr("Exported %1 errors to %2")
                       .arg(QLocale().toString(result.rows),
                            QDir::toNativeSeparators(m_export->fileName()));
    } else if (result.cancelled) {
        m_notice = tr("Export cancelled — no file was written.");
    } else {
        m_notice = result.error;
    }
    updateStatus();
    updateActions();
}

void ErrorsPanel::updateActions()
{
    const bool loading = m_loader->isLoading();
    const bool exporting = m_export->isRunning();
    m_loadAction->setEnabled(m_client && !loading);
    m_loadAction->setText(m_fullListShown && !loading ? tr("&Reload") : tr("&Load all errors"));
    m_exportAction->setEnabled(m_model->totalCount() > 0 && !exporting);
    m_copyAction->setEnabled(m_table->selectionModel()->hasSelection());
    m_cancelAction->setEnabled(loading || exporting);
}

QString ErrorsPanel::statusText() const
{
    return m_status->text();
}

void ErrorsPanel::updateStatus()
{
    ErrorsStatusLine::State state;
    state.load = m_loader->state();
    state.loaded = m_model->totalCount();
    state.expected = m_loader->expectedRows();
    state.previewTotal = m_previewTotal;
    state.hasPreview = !m_preview.isEmpty();
    state.hasSource = m_client != nullptr;
    state.loadError = m_loader->error().userMessage();
    state.filtered = !m_model->filter().isEmpty();
    state.shown = m_model->rowCount();
    state.busy = m_model->isBusy() && !m_busyDelay->isActive();
    state.exporting = m_export->isRunning();
    state.notice = m_notice;
    m_status->setState(state);
    // The counts by error and by column say when they are of a part of the errors only.
    const QLocale locale;
    const qint64 loaded = m_model->totalCount();
    const qint64 expected
        = m_loader->expectedRows() > 0 ? m_loader->expectedRows() : m_previewTotal;
    QString coverage;
    if (!m_fullListShown && loaded > 0 && expected > loaded)
        coverage = tr("Counted from the first %1 of %2 errors — load all (Ctrl+L) for every one.")
                       .arg(locale.toString(loaded), locale.toString(expected));
    else if (m_loader->isLoading())
        coverage = expected > 0
            ? tr("Counted from the %1 of %2 errors loaded so far…")
                  .arg(locale.toString(loaded), locale.toString(expected))
            : tr("Counted from the %1 errors loaded so far…").arg(locale.toString(loaded));
    else if (m_fullListShown && m_loader->state() != ErrorLoader::State::Loaded && loaded > 0)
        coverage = tr("Counted from the %1 errors loaded (the load did not finish).")
                       .arg(locale.toString(loaded));
    m_summary->setCoverage(coverage);
}

} // namespace fw::ui
