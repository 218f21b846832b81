#pragma once

#include "core/api/ValidationError.h"
#include "core/models/errors/ErrorLoader.h"
#include "core/models/errors/ErrorSummaryModel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace fw {
class ApiClient;
class ErrorExportJob;
class ErrorTableModel;
} // namespace fw

namespace fw::ui {

class ErrorDetailPane;
class ErrorSummaryPanel;
class ErrorsStatusLine;

/// Every validation error of one run: a table that stays responsive at a million rows (sort,
/// search, filter by column or message), a summary by column and by message, the selected error
/// in full, copy as tab-separated text and a safe CSV export. Shows the progress response's
/// first errors until the full list is loaded ("Load all errors", or automatically).
class ErrorsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorsPanel)

public:
    explicit ErrorsPanel(QWidget *parent = nullptr);
    ~ErrorsPanel() override;

    /// The run whose errors to show. Clears the table; loads at once when auto-load is on.
    void setSource(ApiClient *client, QString pipelineId, QString runId);
    /// The first errors from the progress response and the run's failedRows (-1: unknown). Shown
    /// until the full list is loaded; ignored once it is.
    void setPreview(const QList<ValidationError> &first20, qint64 expectedTotal);
    /// Downloads the full list (cancels and restarts a load in progress).
    void load();
    /// When on, the full list loads as soon as a source is set (e.g. the run is final).
    void setAutoLoad(bool autoLoad);
    bool autoLoad() const { return m_autoLoad; }

    /// Writes the loaded errors (all, or the filtered and sorted view) to `fileName` on a worker
    /// thread; the status line shows progress, Cancel stops it and leaves no file.
    void exportTo(const QString &fileName, bool allRows, bool byteOrderMark);
    /// Asks where and what to export, then exportTo().
    void exportWithDialog();
    void copySelection();
    /// Cancels the load or the export in progress.
    void cancel();

    ErrorTableModel *model() const { return m_model; }
    ErrorLoader *loader() const { return m_loader; }
    ErrorSummaryPanel *summary() const { return m_summary; }
    QTableView *table() const { return m_table; }
    ErrorDetailPane *detail() const { return m_detail; }
    ErrorExportJob *exportJob() const { return m_export; }
    QString statusText() const;
    QLineEdit *searchField() const { return m_search; }
    QComboBox *columnFilter() const { return m_columnFilter; }
    QComboBox *messageFilter() const { return m_messageFilter; }

private:
    void buildActions();
    void buildLayout();
    void applyFilter();
    void filterTo(ErrorSummaryModel::Kind kind, const QString &name);
    void syncCombo(QComboBox *combo, const ErrorSummaryModel *summary);
    void showCurrent();
    void updateStatus();
    void updateActions();
    void onLoaderState(ErrorLoader::State state);
    void onExportFinished();

    ErrorTableModel *m_model = nullptr;
    ErrorLoader *m_loader = nullptr;
    ErrorExportJob *m_export = nullptr;
    QPointer<ApiClient> m_client;
    QString m_pipelineId;
    QString m_runId;
    QList<ValidationError> m_preview;
    qint64 m_previewTotal = -1;
    bool m_autoLoad = false;
    bool m_fullListShown = false;
    QString m_notice; ///< the last outcome (export done, copy done, failure), until replaced

    QAction *m_loadAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_columnFilter = nullptr;
    QComboBox *m_messageFilter = nullptr;
    ErrorsStatusLine *m_status = nullptr;
    QTableView *m_table = nullptr;
    ErrorSummaryPanel *m_summary = nullptr;
    ErrorDetailPane *m_detail = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_busyDelay = nullptr;
};

} // namespace fw::ui
